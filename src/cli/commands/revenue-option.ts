// --revenue city=123456789.00,zhongshan=… (§22): each fiscal level's general budget revenue in
// yuan, read exactly into fen. A level is named by its payer code (city, county:zhongshan), its
// county code or Chinese name (钟山区), or its payer label with or without 财政 (市级财政, 市级).
import { parseYuan, type Fen } from '../../base/money.js';
import type { Lang } from '../../i18n/lang.js';
import { budgetMessages } from '../../i18n/budget-messages.js';
import { loadVocabulary, normaliseLabel } from '../../policy/vocabulary.js';
import type { Policy } from '../../policy/types.js';
import type { FundInput } from '../../budget/fund.js';
import { usageError } from '../errors.js';
import type { Parsed } from './option-kinds.js';

/** The fiscal levels a revenue can be given for: the city and each county. */
function levelPayers(): string[] {
  return ['city', ...loadVocabulary().codesOf('county').map((county) => `county:${county}`)];
}

/** The payer code a --revenue key names, or null. */
export function revenueKeyPayer(key: string): string | null {
  const vocabulary = loadVocabulary();
  const folded = normaliseLabel(key);
  for (const payer of levelPayers()) {
    const label = normaliseLabel(vocabulary.payerLabel(payer));
    if (folded === payer || folded === label || folded === label.replace(/财政$/, '')) return payer;
  }
  const county = vocabulary.lookup('county', key);
  return county === null ? null : `county:${county}`;
}

/** The parser of the option's text into revenue by payer; every problem is one message. */
export function revenueParser(lang: Lang): (text: string) => Parsed<ReadonlyMap<string, Fen>> {
  const b = budgetMessages(lang);
  const vocabulary = loadVocabulary();
  const allowed = levelPayers().map((payer) => `${payer}（${vocabulary.payerLabel(payer)}）`).join('、');
  return (text) => {
    const problems: string[] = [];
    const revenue = new Map<string, Fen>();
    for (const entry of text.split(/[,，]/).map((part) => part.trim()).filter((part) => part !== '')) {
      const match = /^([^=]+)=(.*)$/.exec(entry);
      if (!match) {
        problems.push(b.revenueEntryInvalid(entry));
        continue;
      }
      const key = (match[1] ?? '').trim();
      const value = (match[2] ?? '').trim();
      const payer = revenueKeyPayer(key);
      const amount = parseYuan(value);
      if (payer === null) problems.push(b.revenueKeyUnknown(key, allowed));
      if (amount === null) problems.push(b.revenueAmountInvalid(key, value));
      if (payer === null || amount === null) continue;
      if (revenue.has(payer)) problems.push(b.revenueDuplicate(payer));
      revenue.set(payer, amount);
    }
    if (revenue.size === 0 && text.trim() === '') problems.push(b.revenueEntryInvalid(text));
    return problems.length === 0 ? { ok: true, value: revenue } : { ok: false, problems };
  };
}

/** The roll-up's fund input for the run, or undefined without --revenue; exit 2 when the edition has no fund data. */
export function fundInput(revenue: ReadonlyMap<string, Fen> | undefined, policy: Policy, year: number, lang: Lang): FundInput | undefined {
  if (revenue === undefined) return undefined;
  const b = budgetMessages(lang);
  if (policy.fund === null) throw usageError(b.noFund(policy.edition));
  for (const payer of revenue.keys()) {
    if (!policy.fund.levels.includes(payer === 'city' ? 'city' : 'county')) throw usageError(b.revenueKeyUnknown(payer, policy.fund.levels.join('、')));
  }
  return { rule: policy.fund, year, revenue };
}
