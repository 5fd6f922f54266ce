import { describe, expect, test } from 'vitest';
import { clauseNumbers, loadPolicyText, splitArticles } from '../../src/policy/text.js';

describe('the bundled 2013 text is split into its numbered articles', () => {
  const text = loadPolicyText('lps-2013');

  test('all 24 articles are found, §16 and §17 among them', () => {
    expect(text?.articleNumbers()).toEqual(Array.from({ length: 24 }, (_, index) => index + 1));
    expect(text?.clauses('§16')[0]?.text).toMatch(/^16、引进人才住房政策。对直接引进到我市工作的中国科学院院士/);
    expect(text?.clauses('§17')[0]?.text).toContain('在企事业单位工作的具有学历学位的博士每月补贴800元');
  });

  test('a clause naming two articles gives both, in order', () => {
    expect(text?.clauses('§16、§17').map((entry) => entry.clause)).toEqual(['§16', '§17']);
  });

  test('an article number the text lacks gives null text, not another article', () => {
    expect(text?.clauses('§99')).toEqual([{ clause: '§99', text: null }]);
  });

  test('an edition without a text file has none', () => {
    expect(loadPolicyText('no-such-edition')).toBeNull();
  });
});

describe('splitting rules', () => {
  test('a part heading ends the article before it; paragraphs of an article stay together', () => {
    const articles = splitArticles('\uFEFF一、总体\n\n1、重要意义\n\n第一段\n二、任务\n\n  2、第二条。正文\n');
    expect(articles.get(1)).toBe('1、重要意义\n第一段');
    expect(articles.get(2)).toBe('2、第二条。正文');
  });

  test('clause numbers are read from §-references', () => {
    expect(clauseNumbers('§16、§17')).toEqual([16, 17]);
    expect(clauseNumbers('§11')).toEqual([11]);
  });
});
