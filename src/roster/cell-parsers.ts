// The cell readers a person row is made of: one per kind of column (code, yes/no, yuan, share, rent,
// month, honours), each giving the value, null for an empty cell, or undefined with the error pushed.
import { MAX_YEAR, MIN_YEAR } from '../base/years.js';
import type { MonthIndex } from '../engine/types.js';
import { parseExactDecimal, parseYuan, type ExactDecimal, type Fen } from '../base/money.js';
import type { CodeField } from '../policy/vocabulary.js';
import type { ContractKey } from './columns.js';
import type { RosterMessages } from './messages.js';
import { foldDecimal, foldMoney } from './numbers.js';
import type { RowError } from './row-cells.js';
import { allowedList, columnName, fieldCells, lookupIn, vocabulary, type FieldCells } from './cell-lookup.js';


// --- honours ---

const HONOR_CODES = vocabulary.codesOf('honors');
/** Separators that no honour label contains, so splitting can never cut a label in two. */
const HONOR_SEPARATOR = (() => {
  const labels = HONOR_CODES.flatMap((code) => [code, vocabulary.labelOf('honors', code)]);
  const safe = [';', '；', '、', ',', '，'].filter((separator) => !labels.some((label) => label.includes(separator)));
  return new RegExp(`[${safe.join('')}]`);
})();
const NO_HONOR = new Set(['无', 'none']);

/** Honour codes from the parts the clerk wrote; deduplicated, in the vocabulary's order. */
export function honorsFromParts(parts: readonly string[], errors: RowError[], m: RosterMessages): string[] {
  const found = new Set<string>();
  let unknown: string[] | null = null;
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '' || NO_HONOR.has(part.toLowerCase())) continue;
    const code = lookupIn(fieldCells.honors, part);
    if (code === null) (unknown ??= []).push(part);
    else found.add(code);
  }
  if (unknown) errors.push({ column: 'honors', message: m.unknownHonors(unknown, m.honorsWhere) });
  if (found.size === 0) return [];
  return HONOR_CODES.filter((code) => found.has(code));
}

export function parseHonors(cell: string, errors: RowError[], m: RosterMessages): string[] {
  if (cell === '') return [];
  const whole = lookupIn(fieldCells.honors, cell);
  if (whole !== null) return [whole];
  return honorsFromParts(cell.split(HONOR_SEPARATOR), errors, m);
}

// --- codes, yes/no, numbers, months ---

/** A code column: the code, null when empty, undefined when not a known code (error pushed). */
export function parseCode(table: FieldCells<ContractKey & CodeField>, cell: string, errors: RowError[], m: RosterMessages): string | null | undefined {
  if (cell === '') return null;
  const code = lookupIn(table, cell);
  const key = table.field;
  if (code === null) {
    errors.push({ column: key, message: m.unknownCode(columnName(key, m), cell, allowedList(key, m)) });
    return undefined;
  }
  return code;
}

export function requiredCode(table: FieldCells<ContractKey & CodeField>, cell: string, errors: RowError[], m: RosterMessages): string | undefined {
  const key = table.field;
  if (cell === '') {
    errors.push({ column: key, message: m.requiredNoGuess(columnName(key, m), allowedList(key, m)) });
    return undefined;
  }
  return parseCode(table, cell, errors, m) ?? undefined;
}

export function parseYesNo(key: ContractKey, cell: string, errors: RowError[], m: RosterMessages): boolean | undefined {
  if (cell === '') return false;
  const code = lookupIn(fieldCells.yes_no, cell);
  if (code === null) {
    errors.push({ column: key, message: m.notYesNo(columnName(key, m), cell) });
    return undefined;
  }
  return code === 'yes';
}

const SIGNED_DECIMAL = /^[-+]?\d+(?:\.\d+)?$/;
const TOO_PRECISE_YUAN = /^\d+\.\d{3,}$/;

export function parseSalary(cell: string, errors: RowError[], m: RosterMessages): Fen | null | undefined {
  if (cell === '') return null;
  const fen = parseYuan(foldMoney(cell));
  if (fen !== null) return fen;
  const column = columnName('base_salary', m);
  errors.push({
    column: 'base_salary',
    message: TOO_PRECISE_YUAN.test(foldMoney(cell)) ? m.yuanTooPrecise(column, cell) : m.notYuan(column, cell),
  });
  return undefined;
}

export function parseShare(cell: string, errors: RowError[], m: RosterMessages): ExactDecimal | null | undefined {
  if (cell === '') return null;
  const share = parseExactDecimal(foldDecimal(cell));
  if (share !== null && share.numerator <= share.denominator) return share;
  const column = columnName('fiscal_share', m);
  let message: string;
  if (share !== null || (SIGNED_DECIMAL.test(cell) && cell.startsWith('-'))) message = m.shareOutOfRange(column, cell);
  else if (cell.endsWith('%')) message = m.percentNotAllowed(column, cell);
  else message = m.notDecimal(column, cell);
  errors.push({ column: 'fiscal_share', message });
  return undefined;
}

export function parseRent(cell: string, errors: RowError[], m: RosterMessages): ExactDecimal | null | undefined {
  if (cell === '') return null;
  const rent = parseExactDecimal(foldMoney(cell));
  if (rent !== null && rent.numerator > 0) return rent;
  const column = columnName('rent_per_m2', m);
  const notPositive = rent !== null || (SIGNED_DECIMAL.test(cell) && cell.startsWith('-'));
  errors.push({ column: 'rent_per_m2', message: notPositive ? m.notPositive(column, cell) : m.notDecimal(column, cell) });
  return undefined;
}

/** 2014-03, 2014-03-15, 2014/3, 2014/3/15, 2014.3, 2014.3.15, 2014年3月, 2014年3月15日. */
const MONTH = /^(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?|年(\d{1,2})月(?:(\d{1,2})日)?)$/;

/** The common "2014-03" without a regular expression; null for anything else (the slow path decides). */
function yearMonth(cell: string): MonthIndex | null {
  if (cell.length !== 7 || cell.charCodeAt(4) !== 45) return null;
  let year = 0;
  for (let k = 0; k < 4; k++) {
    const digit = cell.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9) return null;
    year = year * 10 + digit;
  }
  const tens = cell.charCodeAt(5) - 48;
  const units = cell.charCodeAt(6) - 48;
  if (tens < 0 || tens > 1 || units < 0 || units > 9) return null;
  const month = tens * 10 + units;
  if (month < 1 || month > 12 || year < MIN_YEAR || year > MAX_YEAR) return null;
  return year * 12 + (month - 1);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A month cell → year × 12 + (month − 1); null when empty; undefined when bad (error pushed). */
export function parseMonthCell(key: string, cell: string, errors: RowError[], m: RosterMessages, shown: string = columnName(key as ContractKey, m)): MonthIndex | null | undefined {
  if (cell === '') return null;
  const fast = yearMonth(cell);
  if (fast !== null) return fast;
  const match = MONTH.exec(cell.indexOf(' ') === -1 ? cell : cell.replace(/\s+/g, ''));
  const month = match ? Number(match[3] ?? match[5]) : 0;
  if (!match || month < 1 || month > 12) {
    errors.push({ column: key, message: m.notDate(shown, cell) });
    return undefined;
  }
  const year = Number(match[1]);
  const dayText = match[4] ?? match[6];
  if (dayText !== undefined) {
    const day = Number(dayText);
    if (day < 1 || day > daysInMonth(year, month)) {
      errors.push({ column: key, message: m.noSuchDay(shown, cell) });
      return undefined;
    }
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    errors.push({ column: key, message: m.yearOutOfRange(shown, cell, MIN_YEAR, MAX_YEAR) });
    return undefined;
  }
  return year * 12 + (month - 1);
}

export function label(field: CodeField, code: string | null | undefined, cell: string): string {
  return code ? vocabulary.labelOf(field, code) : cell;
}

/** Trimmed cell; skips the call when both ends are visible ASCII or CJK (almost every cell). */
export function trimmed(value: string | undefined): string {
  if (value === undefined || value.length === 0) return '';
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if (((first > 32 && first < 127) || (first >= 0x4e00 && first <= 0x9fff)) && ((last > 32 && last < 127) || (last >= 0x4e00 && last <= 0x9fff))) {
    return value;
  }
  return value.trim();
}

/** 人数: empty = 1; else a whole number ≥ 1 (digits, full-width folded), at most what stays exact when amounts are multiplied by it. */
export function parseCount(cell: string, errors: RowError[], m: RosterMessages): number | undefined {
  if (cell === '') return undefined;
  const digits = cell.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, '');
  const count = /^\d{1,9}$/.test(digits) ? Number(digits) : 0;
  if (count >= 1) return count;
  errors.push({ column: 'count', message: m.countInvalid(columnName('count', m), cell) });
  return undefined;
}
