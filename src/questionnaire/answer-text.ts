// How an answer reads in the review screen and the result's "facts given": codes as their labels,
// amounts and months normalised as the result will use them.
import type { Lang } from '../i18n/lang.js';
import { loadVocabulary, type CodeField } from '../policy/vocabulary.js';
import { parseMonthCell } from '../roster/person.js';
import { rosterMessages } from '../roster/messages.js';
import type { ContractKey } from '../roster/columns.js';
import { PERSON_COLUMNS, type ColumnKind } from '../policy/columns.js';
import { codeLabel, columnLabel } from '../i18n/code-labels.js';
import { parseYuan } from '../base/money.js';
import { formatMonth } from '../base/months.js';
import { formatGrouped } from '../i18n/number.js';
import { foldMoney } from '../roster/numbers.js';
import { checkMessages } from './messages.js';
import { FLAG_YES, SITUATIONS_KEY, type QuestionKey } from './question-kinds.js';
import { AMOUNT_UNDECIDED } from './situations.js';

/** How each column's answer reads follows from its kind in the column table; a code column's from its code list. */
const KIND_OF: ReadonlyMap<ContractKey, ColumnKind> = new Map(PERSON_COLUMNS.map((column) => [column.key, column.kind]));
const CODE_FIELD_OF: ReadonlyMap<ContractKey, CodeField> = new Map(PERSON_COLUMNS.flatMap((column) => ('field' in column ? [[column.key, column.field] as const] : [])));

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
  switch (KIND_OF.get(key)) {
    case 'honors': return value.split(';').map((code) => codeLabel('honors', code, lang)).join(lang === 'zh' ? '、' : '; ');
    case 'yes_no': return value === FLAG_YES ? m.yes : m.no;
    case 'amount_claim': return value === AMOUNT_UNDECIDED ? m.amountUndecided : m.yuan(groupedYuan(value));
    case 'yuan': return m.yuan(groupedYuan(value));
    case 'month': return normalMonth(value);
    case 'code': {
      const field = CODE_FIELD_OF.get(key)!;
      const code = loadVocabulary().lookup(field, value);
      return code === null ? value : codeLabel(field, code, lang);
    }
    default: return value;
  }
}

export function questionLabel(key: QuestionKey, lang: Lang): string {
  if (key === SITUATIONS_KEY) return checkMessages(lang).situationsLabel;
  return columnLabel(key, lang);
}
