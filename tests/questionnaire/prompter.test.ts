// The terminal prompts themselves (@inquirer/prompts behind createInquirerPrompter), driven through
// streams: in Chinese, inquirer's own key hints and the yes/no of a confirm are in Chinese words.
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { createInquirerPrompter, type Prompter } from '../../src/questionnaire/prompter.js';

/** Asks one question on a fake terminal, answers it with `keys` once drawn, and returns the answer and the screen. */
async function onScreen<T>(lang: 'zh' | 'en', ask: (prompter: Prompter) => Promise<T>, keys: string[]): Promise<{ answer: T; screen: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  output.on('data', (chunk: Buffer) => {
    screen += chunk.toString('utf8');
  });
  const asking = ask(createInquirerPrompter({ input, output }, lang));
  // Each key once the prompt has drawn itself: inquirer reads keys only after its first render.
  for (const key of keys) {
    await new Promise((resolve) => setTimeout(resolve, 60));
    input.write(key);
  }
  const answer = await asking;
  return { answer, screen: screen.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '') };
}

const CJK = /[\u4e00-\u9fff]/;
const DOWN = '\u001b[B';

describe('inquirer in Chinese', () => {
  test('a list says its keys in Chinese: ↑↓ 移动 • 回车 选择', async () => {
    const { answer, screen } = await onScreen('zh', (p) => p.select({ key: 'intro_mode', message: '引进方式', choices: [{ value: 'direct', name: '直接引进' }, { value: 'local', name: '市内培养' }] }), [DOWN, '\r']);
    expect(answer).toBe('local');
    expect(screen).toContain('↑↓ 移动 • 回车 选择');
    expect(screen).not.toMatch(/navigate|select|submit/);
  });

  test('a checklist says space ticks: 空格 勾选 … 回车 确认', async () => {
    const { answer, screen } = await onScreen('zh', (p) => p.checkbox({ key: 'honors', message: '人才称号', choices: [{ value: 'a', name: '甲' }, { value: 'b', name: '乙' }] }), [' ', '\r']);
    expect(answer).toEqual(['a']);
    expect(screen).toContain('空格 勾选');
    expect(screen).toContain('回车 确认');
    expect(screen).not.toMatch(/navigate|select|submit|invert|all\b/);
  });

  test('a yes/no question offers 是 and 否 in words, never inquirer\'s "Y/n"', async () => {
    const { answer, screen } = await onScreen('zh', (p) => p.confirm({ key: 'housing_reform', message: '是否已享受房改政策？', default: false }), ['\r']);
    // The default (否) is taken with Enter.
    expect(answer).toBe(false);
    expect(screen).toMatch(/是/);
    expect(screen).toMatch(/否/);
    expect(screen).not.toMatch(/[Yy]\/[Nn]|\(y\/N\)/);
  });

  test('in English the hints stay English and hold no Chinese', async () => {
    const { screen } = await onScreen('en', (p) => p.select({ key: 'intro_mode', message: 'How introduced', choices: [{ value: 'direct', name: 'direct' }, { value: 'local', name: 'local' }] }), ['\r']);
    expect(screen).toMatch(/navigate/);
    expect(screen).not.toMatch(CJK);
  });
});
