// How an answer reads in the review screen and the result's "facts given": codes as their labels,
// amounts and months normalised as the result will use them.
import type { Lang } from '../i18n/lang.js';
import { loadVocabulary, type CodeField } from '../policy/vocabulary.js';
import { parseMonthCell } from '../roster/person.js';
import { rosterMessages } from '../roster/messages.js';
import type { ContractKey } from '../roster/columns.js';
import { codeLabel, columnLabel } from '../i18n/code-labels.js';
import { parseYuan } from '../base/money.js';
import { formatMonth } from '../base/months.js';
import { formatGrouped } from '../i18n/number.js';
import { foldMoney } from '../roster/numbers.js';
import { checkMessages } from './messages.js';
import { FLAG_YES, SITUATIONS_KEY, type QuestionKey } from './question-kinds.js';
import { AMOUNT_UNDECIDED } from './situations.js';

/** The vocabulary a code answer is read in: its own field, or another one's (claim columns). */
const CODE_FIELD_OF: Partial<Record<ContractKey, CodeField>> = {
  education: 'education', degree: 'degree', title: 'title', skill: 'skill', intro_mode: 'intro_mode', employer_type: 'employer_type',
  employer_level: 'employer_level', county: 'county', work_level: 'work_level', grassroots_program: 'grassroots_program',
  project_level: 'employer_level', project_county: 'county', sci_award: 'sci_award',
};
const HONOUR_KEYS: ReadonlySet<ContractKey> = new Set(['honors', 'new_honors']);
const FLAG_KEYS: ReadonlySet<ContractKey> = new Set(['housing_reform', 'fresh_graduate', 'innovation_team']);
const AMOUNT_KEYS: ReadonlySet<ContractKey> = new Set([
  'research_grant', 'sci_award_amount', 'settlement_amount', 'tuition_compensation', 'first_year_insurance', 'startup_tax_exempt', 'income_tax_return',
]);
const MONTH_KEYS: ReadonlySet<ContractKey> = new Set(['start', 'end', 'grant_month']);

/** An amount as the result will print it (3,200.00), or as typed when it is not one (the review then says why). */
function groupedYuan(value: string): string {
  const fen = parseYuan(foldMoney(value.trim()));
  return fen === null ? value : formatGrouped(fen);
}

/** A month as the result will use it (2014-03 for "2014-3" or "2014年3月"), or as typed when it is not one. */
function normalMonth(value: string): string {
  const month = parseMonthCell('start', value.trim(), [], rosterMessages('zh')); // the errors are not shown: the text stays as typed
  return typeof month === 'number' ? formatMonth(month) : value;
}

/** How an answer reads in the summary. */
export function answerText(key: ContractKey, value: string | undefined, lang: Lang): string {
  const m = checkMessages(lang);
  if (value === undefined || value === '') return '—';
  if (HONOUR_KEYS.has(key)) return value.split(';').map((code) => codeLabel('honors', code, lang)).join(lang === 'zh' ? '、' : '; ');
  if (FLAG_KEYS.has(key)) return value === FLAG_YES ? m.yes : m.no;
  if (AMOUNT_KEYS.has(key)) return value === AMOUNT_UNDECIDED ? m.amountUndecided : m.yuan(groupedYuan(value));
  if (key === 'base_salary') return m.yuan(groupedYuan(value));
  if (MONTH_KEYS.has(key)) return normalMonth(value);
  const field = CODE_FIELD_OF[key];
  const code = field ? loadVocabulary().lookup(field, value) : null;
  if (field && code !== null) return codeLabel(field, code, lang);
  return value;
}

export function questionLabel(key: QuestionKey, lang: Lang): string {
  if (key === SITUATIONS_KEY) return checkMessages(lang).situationsLabel;
  return columnLabel(key, lang);
}
