// One person's facts, as roster cells or as `rencai check --answers` JSON, validated into a Person or
// into every error the row has (not just the first), each a Chinese sentence naming the bad value and
// what is allowed. Pure: no I/O, no state.
//
// Rows are validated by hand here rather than by a zod schema of per-field transforms, which cost over
// ten times as much a row (bench/PROFILE.md), and a 1M-row roster must stay in the seconds. zod validates the shape of the answers JSON (parsePersonAnswers), where JSON types can be
// wrong; a roster cell is always text.
import { z } from 'zod';
import { MAX_YEAR, MIN_YEAR } from '../base/years.js';
import type { County, Degree, Education, EmployerLevel, EmployerType, IntroMode, MonthIndex, Person, Skill, Title, WorkLevel } from '../engine/types.js';
import { parseExactDecimal, parseYuan, type ExactDecimal, type Fen } from '../base/money.js';
import { loadVocabulary, type CodeField } from '../policy/vocabulary.js';
import { columnZh, matchColumn, type ContractKey } from './columns.js';
import { messages } from './messages.js';
import { hasClaims, parseClaims, type CellReaders } from './claims.js';
import { foldDecimal, foldMoney } from './numbers.js';
import { detached } from './detach.js';
import { cellOf, COLUMN, rowOfRecord, type RowCells, type RowError } from './row-cells.js';

export type { RowError };

export type PersonParse = { ok: true; person: Person } | { ok: false; id: string | null; errors: RowError[] };

/** A row as text: contract key → the cell as written (undefined or '' = not given). */
export type PersonRecord = Readonly<Partial<Record<ContractKey, string | undefined>>>;

export const ROW_COLUMN = '(行)';


const vocabulary = loadVocabulary();

function columnName(key: ContractKey): string {
  return messages.columnName(key, columnZh(key));
}

/** "本科（bachelor）、硕士研究生（master）…" for a code field. */
function allowedList(field: CodeField): string {
  return vocabulary
    .codesOf(field)
    .map((code) => messages.codeWithLabel(vocabulary.labelOf(field, code), code))
    .join(messages.listSeparator);
}

/** A cell text already looked up, and its code (null: not a code of the field). */
interface KnownCell {
  readonly text: string;
  readonly code: string | null;
}

/**
 * Per field: the few distinct texts a column holds (a roster repeats them), by text, and a small
 * table of the most recent ones by length and end characters. The table answers most cells with one
 * string comparison, where the map must first hash the cell (a fresh string every row): on a 1M-row
 * roster, about ten lookups a row, Map.get alone was ~9% of reading.
 */
const RECENT_SLOTS = 256;
class FieldCells<Field extends CodeField = CodeField> {
  constructor(readonly field: Field) {}
  readonly byText = new Map<string, KnownCell>();
  readonly recent: (KnownCell | undefined)[] = new Array<KnownCell | undefined>(RECENT_SLOTS).fill(undefined);
}
/**
 * Every field's table, made up front: the validation below passes the table itself (fieldCells.education),
 * since a load by a field name that varies (fieldCells[field]) cost as much as the lookup.
 */
const fieldCells = {
  honors: new FieldCells('honors'), education: new FieldCells('education'), degree: new FieldCells('degree'), title: new FieldCells('title'),
  skill: new FieldCells('skill'), intro_mode: new FieldCells('intro_mode'), employer_type: new FieldCells('employer_type'),
  employer_level: new FieldCells('employer_level'), county: new FieldCells('county'), work_level: new FieldCells('work_level'),
  yes_no: new FieldCells('yes_no'), grassroots_program: new FieldCells('grassroots_program'), sci_award: new FieldCells('sci_award'),
  unit_type: new FieldCells('unit_type'),
} as const satisfies { readonly [Field in CodeField]: FieldCells<Field> };
const LOOKUP_CACHE_LIMIT = 4096;

/** The code a cell names; brackets typed half-width ("乡镇(街道)") also match the full-width labels. */
export function lookupCode(field: CodeField, cell: string): string | null {
  return lookupIn(fieldCells[field], cell);
}

function lookupIn(cache: FieldCells, cell: string): string | null {
  const length = cell.length;
  const slot = length === 0 ? 0 : (length * 31 + cell.charCodeAt(0) + cell.charCodeAt(length - 1) * 7) & (RECENT_SLOTS - 1);
  const recent = cache.recent[slot];
  if (recent !== undefined && recent.text === cell) return recent.code;
  let entry = cache.byText.get(cell);
  if (entry === undefined) {
    entry = { text: detached(cell), code: lookupUncached(cache.field, cell) }; // a copy: the cell would keep its text alive
    if (cache.byText.size < LOOKUP_CACHE_LIMIT) cache.byText.set(entry.text, entry);
  }
  cache.recent[slot] = entry;
  return entry.code;
}

function lookupUncached(field: CodeField, cell: string): string | null {
  const code = vocabulary.lookup(field, cell);
  if (code !== null || (cell.indexOf('(') === -1 && cell.indexOf(')') === -1)) return code;
  return vocabulary.lookup(field, cell.replace(/\(/g, '（').replace(/\)/g, '）'));
}

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
function honorsFromParts(parts: readonly string[], errors: RowError[]): string[] {
  const found = new Set<string>();
  let unknown: string[] | null = null;
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '' || NO_HONOR.has(part.toLowerCase())) continue;
    const code = lookupIn(fieldCells.honors, part);
    if (code === null) (unknown ??= []).push(part);
    else found.add(code);
  }
  if (unknown) errors.push({ column: 'honors', message: messages.unknownHonors(unknown, messages.honorsWhere) });
  if (found.size === 0) return [];
  return HONOR_CODES.filter((code) => found.has(code));
}

function parseHonors(cell: string, errors: RowError[]): string[] {
  if (cell === '') return [];
  const whole = lookupIn(fieldCells.honors, cell);
  if (whole !== null) return [whole];
  return honorsFromParts(cell.split(HONOR_SEPARATOR), errors);
}

// --- codes, yes/no, numbers, months ---

/** A code column: the code, null when empty, undefined when not a known code (error pushed). */
function parseCode(table: FieldCells<ContractKey & CodeField>, cell: string, errors: RowError[]): string | null | undefined {
  if (cell === '') return null;
  const code = lookupIn(table, cell);
  const key = table.field;
  if (code === null) {
    errors.push({ column: key, message: messages.unknownCode(columnName(key), cell, allowedList(key)) });
    return undefined;
  }
  return code;
}

function requiredCode(table: FieldCells<ContractKey & CodeField>, cell: string, errors: RowError[]): string | undefined {
  const key = table.field;
  if (cell === '') {
    errors.push({ column: key, message: messages.requiredNoGuess(columnName(key), allowedList(key)) });
    return undefined;
  }
  return parseCode(table, cell, errors) ?? undefined;
}

function parseYesNo(key: ContractKey, cell: string, errors: RowError[]): boolean | undefined {
  if (cell === '') return false;
  const code = lookupIn(fieldCells.yes_no, cell);
  if (code === null) {
    errors.push({ column: key, message: messages.notYesNo(columnName(key), cell) });
    return undefined;
  }
  return code === 'yes';
}

const SIGNED_DECIMAL = /^[-+]?\d+(?:\.\d+)?$/;
const TOO_PRECISE_YUAN = /^\d+\.\d{3,}$/;

function parseSalary(cell: string, errors: RowError[]): Fen | null | undefined {
  if (cell === '') return null;
  const fen = parseYuan(foldMoney(cell));
  if (fen !== null) return fen;
  const column = columnName('base_salary');
  errors.push({
    column: 'base_salary',
    message: TOO_PRECISE_YUAN.test(foldMoney(cell)) ? messages.yuanTooPrecise(column, cell) : messages.notYuan(column, cell),
  });
  return undefined;
}

function parseShare(cell: string, errors: RowError[]): ExactDecimal | null | undefined {
  if (cell === '') return null;
  const share = parseExactDecimal(foldDecimal(cell));
  if (share !== null && share.numerator <= share.denominator) return share;
  const column = columnName('fiscal_share');
  let message: string;
  if (share !== null || (SIGNED_DECIMAL.test(cell) && cell.startsWith('-'))) message = messages.shareOutOfRange(column, cell);
  else if (cell.endsWith('%')) message = messages.percentNotAllowed(column, cell);
  else message = messages.notDecimal(column, cell);
  errors.push({ column: 'fiscal_share', message });
  return undefined;
}

function parseRent(cell: string, errors: RowError[]): ExactDecimal | null | undefined {
  if (cell === '') return null;
  const rent = parseExactDecimal(foldMoney(cell));
  if (rent !== null && rent.numerator > 0) return rent;
  const column = columnName('rent_per_m2');
  const notPositive = rent !== null || (SIGNED_DECIMAL.test(cell) && cell.startsWith('-'));
  errors.push({ column: 'rent_per_m2', message: notPositive ? messages.notPositive(column, cell) : messages.notDecimal(column, cell) });
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
export function parseMonthCell(key: string, cell: string, errors: RowError[], shown: string = columnName(key as ContractKey)): MonthIndex | null | undefined {
  if (cell === '') return null;
  const fast = yearMonth(cell);
  if (fast !== null) return fast;
  const match = MONTH.exec(cell.indexOf(' ') === -1 ? cell : cell.replace(/\s+/g, ''));
  const month = match ? Number(match[3] ?? match[5]) : 0;
  if (!match || month < 1 || month > 12) {
    errors.push({ column: key, message: messages.notDate(shown, cell) });
    return undefined;
  }
  const year = Number(match[1]);
  const dayText = match[4] ?? match[6];
  if (dayText !== undefined) {
    const day = Number(dayText);
    if (day < 1 || day > daysInMonth(year, month)) {
      errors.push({ column: key, message: messages.noSuchDay(shown, cell) });
      return undefined;
    }
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    errors.push({ column: key, message: messages.yearOutOfRange(shown, cell, MIN_YEAR, MAX_YEAR) });
    return undefined;
  }
  return year * 12 + (month - 1);
}

function label(field: CodeField, code: string | null | undefined, cell: string): string {
  return code ? vocabulary.labelOf(field, code) : cell;
}

const ENTERPRISES: readonly string[] = ['soe', 'private'];

/** Trimmed cell; skips the call when both ends are visible ASCII or CJK (almost every cell). */
function trimmed(value: string | undefined): string {
  if (value === undefined || value.length === 0) return '';
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if (((first > 32 && first < 127) || (first >= 0x4e00 && first <= 0x9fff)) && ((last > 32 && last < 127) || (last >= 0x4e00 && last <= 0x9fff))) {
    return value;
  }
  return value.trim();
}

/**
 * Validates one row. `honorParts`, when given, replaces splitting the honors cell (a JSON list).
 * Returns the Person, or every error of the row with the row's id (if readable).
 */
function validate(row: RowCells, honorParts: readonly string[] | null, errors: RowError[]): PersonParse {
  const id = trimmed(cellOf(row, COLUMN.id));
  if (id === '') errors.push({ column: 'id', message: messages.required(columnName('id')) });
  const name = trimmed(cellOf(row, COLUMN.name));
  const honors = honorParts ? honorsFromParts(honorParts, errors) : parseHonors(trimmed(cellOf(row, COLUMN.honors)), errors);
  const education = parseCode(fieldCells.education, trimmed(cellOf(row, COLUMN.education)), errors);
  const degree = parseCode(fieldCells.degree, trimmed(cellOf(row, COLUMN.degree)), errors);
  const title = parseCode(fieldCells.title, trimmed(cellOf(row, COLUMN.title)), errors);
  const skill = parseCode(fieldCells.skill, trimmed(cellOf(row, COLUMN.skill)), errors);
  const introMode = requiredCode(fieldCells.intro_mode, trimmed(cellOf(row, COLUMN.intro_mode)), errors);
  const employerTypeCell = trimmed(cellOf(row, COLUMN.employer_type));
  const employerType = requiredCode(fieldCells.employer_type, employerTypeCell, errors);
  const employerLevelCell = trimmed(cellOf(row, COLUMN.employer_level));
  const employerLevel = requiredCode(fieldCells.employer_level, employerLevelCell, errors);
  const countyCell = trimmed(cellOf(row, COLUMN.county));
  const county = parseCode(fieldCells.county, countyCell, errors);
  const workLevelCell = trimmed(cellOf(row, COLUMN.work_level));
  const workLevel = requiredCode(fieldCells.work_level, workLevelCell, errors);
  const housingReform = parseYesNo('housing_reform', trimmed(cellOf(row, COLUMN.housing_reform)), errors);
  const salaryCell = trimmed(cellOf(row, COLUMN.base_salary));
  const baseSalary = parseSalary(salaryCell, errors);
  const startCell = trimmed(cellOf(row, COLUMN.start));
  const start = parseMonthCell('start', startCell, errors);
  if (startCell === '') errors.push({ column: 'start', message: messages.required(columnName('start')) });
  const endCell = trimmed(cellOf(row, COLUMN.end));
  const end = parseMonthCell('end', endCell, errors);
  const rent = parseRent(trimmed(cellOf(row, COLUMN.rent_per_m2)), errors);
  const freshGraduate = parseYesNo('fresh_graduate', trimmed(cellOf(row, COLUMN.fresh_graduate)), errors);
  const count = parseCount(trimmed(cellOf(row, COLUMN.count)), errors);

  // fiscal_share: required for inst_partial, refused for any other employer type.
  const shareCell = trimmed(cellOf(row, COLUMN.fiscal_share));
  let fiscalShare: ExactDecimal | null | undefined = null;
  if (employerType && employerType !== 'inst_partial') {
    if (shareCell !== '') {
      errors.push({ column: 'fiscal_share', message: messages.fiscalShareRefused(label('employer_type', employerType, employerTypeCell)) });
    }
  } else {
    fiscalShare = parseShare(shareCell, errors);
    if (employerType === 'inst_partial' && shareCell === '') {
      errors.push({ column: 'fiscal_share', message: messages.fiscalShareRequired(label('employer_type', employerType, employerTypeCell)) });
    }
  }

  // county: needed to know which finance pays, unless employer and place of work are both city level;
  // and for a fresh graduate, whose rental subsidy the enterprise's county pays (§16).
  if (countyCell === '') {
    if (employerLevel === 'county' || (workLevel !== undefined && workLevel !== 'city')) {
      errors.push({
        column: 'county',
        message: messages.countyRequired(label('employer_level', employerLevel, employerLevelCell || '—'), label('work_level', workLevel, workLevelCell || '—')),
      });
    } else if (freshGraduate === true) {
      errors.push({ column: 'county', message: messages.freshGraduateCounty() });
    }
  }

  if ((workLevel === 'township' || workLevel === 'village') && salaryCell === '') {
    errors.push({ column: 'base_salary', message: messages.baseSalaryRequired(label('work_level', workLevel, workLevelCell)) });
  }

  if (typeof start === 'number' && typeof end === 'number' && end < start) {
    errors.push({ column: 'end', message: messages.endBeforeStart(endCell, startCell) });
  }

  if (freshGraduate === true && employerType && !ENTERPRISES.includes(employerType)) {
    errors.push({
      column: 'fresh_graduate',
      message: messages.freshGraduateEmployer(
        label('employer_type', employerType, employerTypeCell),
        ENTERPRISES.map((code) => messages.codeWithLabel(vocabulary.labelOf('employer_type', code), code)).join(messages.listSeparator),
      ),
    });
  }

  const claims = hasClaims(row) ? parseClaims(row, employerType, county ?? null, CELL_READERS, errors) : undefined;

  if (errors.length > 0) return { ok: false, id: id === '' ? null : id, errors };
  // Every undefined above pushed an error, so from here each value is valid.
  const person: Person = {
    id,
    name: name === '' ? null : name,
    honors,
    education: (education ?? 'none') as Education,
    degree: (degree ?? 'none') as Degree,
    title: (title ?? 'none') as Title,
    skill: (skill ?? 'none') as Skill,
    intro_mode: introMode as IntroMode,
    employer_type: employerType as EmployerType,
    fiscal_share: fiscalShare ?? null,
    employer_level: employerLevel as EmployerLevel,
    county: (county ?? null) as County | null,
    work_level: workLevel as WorkLevel,
    housing_reform: housingReform === true,
    base_salary: baseSalary ?? null,
    start: start as MonthIndex,
    end: end ?? null,
    rent_per_m2: rent ?? null,
    fresh_graduate: freshGraduate === true,
  };
  // Only a count other than 1 is kept: a row of one person is the same Person as before the column existed.
  if (count !== undefined && count !== 1) person.count = count;
  if (claims) person.claims = claims;
  return { ok: true, person };
}

/** What the grant and tax columns (claims.ts) read cells with: the same rules and messages as here. */
const CELL_READERS: CellReaders = {
  trimmed,
  yesNo: parseYesNo,
  code: (key, field, cell, errors) => {
    if (cell === '') return null;
    const code = lookupCode(field, cell);
    if (code === null) errors.push({ column: key, message: messages.unknownCode(columnName(key), cell, allowedList(field)) });
    return code ?? undefined;
  },
  honors: (key, cell, errors) => {
    const found: RowError[] = [];
    const codes = parseHonors(cell, found);
    for (const error of found) errors.push({ ...error, column: key });
    return codes;
  },
  month: parseMonthCell,
};

/** One roster row (contract key → cell text) → a Person, or all of the row's errors. */
export function parsePersonRecord(record: PersonRecord): PersonParse {
  return validate(rowOfRecord(record), null, []);
}

/** One roster row read by position, with errors already found about it (the reader's) reported first. */
export function parsePersonCells(row: RowCells, errors: RowError[]): PersonParse {
  return validate(row, null, errors);
}

// --- `rencai check --answers` ---

/** 人数: empty = 1; else a whole number ≥ 1 (digits, full-width folded), at most what stays exact when amounts are multiplied by it. */
function parseCount(cell: string, errors: RowError[]): number | undefined {
  if (cell === '') return undefined;
  const digits = cell.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, '');
  const count = /^\d{1,9}$/.test(digits) ? Number(digits) : 0;
  if (count >= 1) return count;
  errors.push({ column: 'count', message: messages.countInvalid(columnName('count'), cell) });
  return undefined;
}

const NUMERIC_KEYS: ReadonlySet<ContractKey> = new Set(['count', 'base_salary', 'fiscal_share', 'rent_per_m2', 'research_grant', 'sci_award_amount',
  'settlement_amount', 'tuition_compensation', 'first_year_insurance', 'startup_tax_exempt', 'income_tax_return', 'grassroots_years', 'technical_years', 'tech_transfer_tax_exempt']);
const YES_NO_KEYS: ReadonlySet<ContractKey> = new Set(['housing_reform', 'fresh_graduate', 'innovation_team', 'hired_graduate', 'sme_graduate',
  'urgent_talent', 'scientist_in_enterprise', 'coal_safety_inspector', 'registered_safety_engineer', 'technical_staff', 'frontline_scientist']);

const answersObject = z.record(z.string(), z.unknown());
const textAnswer = z.string().nullable();
const numericAnswer = z.union([z.string(), z.number().finite()]).nullable();
const yesNoAnswer = z.union([z.string(), z.boolean()]).nullable();
const idAnswer = z.union([z.string(), z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)]).nullable();
const honorsAnswer = z.union([z.string(), z.array(z.string())]).nullable();

/** A JSON number as the decimal text a clerk would type: 4500 → "4500", 0.65 → "0.65". */
function numberText(value: number): string {
  return String(value); // exponent forms (1e-7, 1e+21) and signs are then refused with the value shown
}

/**
 * The answers of `rencai check --answers`: an object with the roster keys (or their Chinese headers),
 * values written as in a roster cell; numbers are also accepted for numeric keys (and a whole-number
 * id), true/false for yes/no keys, a list for honors; null = not given. Unknown keys are errors.
 */
export function parsePersonAnswers(answers: unknown): PersonParse {
  const object = answersObject.safeParse(answers);
  if (!object.success || Array.isArray(answers)) {
    return { ok: false, id: null, errors: [{ column: ROW_COLUMN, message: messages.answersNotObject() }] };
  }
  const errors: RowError[] = [];
  const record: Partial<Record<ContractKey, string>> = {};
  const seen = new Map<ContractKey, string>();
  const badType = new Set<ContractKey>();
  let honorParts: string[] | null = null;
  for (const [rawKey, value] of Object.entries(object.data)) {
    const key = matchColumn(rawKey);
    if (key === null) {
      errors.push({ column: rawKey, message: messages.answersUnknownKey(rawKey) });
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push({ column: key, message: messages.answersDuplicateKey(key, earlier, rawKey) });
      continue;
    }
    seen.set(key, rawKey);
    if (key === 'honors') {
      const parsed = honorsAnswer.safeParse(value);
      if (!parsed.success) {
        badType.add(key);
        errors.push({ column: key, message: messages.answersWrongType(columnName(key), messages.expectTextOrList) });
      } else if (Array.isArray(parsed.data)) {
        honorParts = parsed.data;
      } else if (parsed.data !== null) {
        record.honors = parsed.data;
      }
      continue;
    }
    const [schema, expected] = NUMERIC_KEYS.has(key)
      ? [numericAnswer, messages.expectTextOrNumber]
      : YES_NO_KEYS.has(key)
        ? [yesNoAnswer, messages.expectTextOrBoolean]
        : key === 'id'
          ? [idAnswer, messages.expectText]
          : [textAnswer, messages.expectText];
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      badType.add(key);
      errors.push({ column: key, message: messages.answersWrongType(columnName(key), expected) });
      continue;
    }
    const data = parsed.data;
    if (data === null) continue;
    record[key] = typeof data === 'number' ? numberText(data) : typeof data === 'boolean' ? (data ? 'yes' : 'no') : data;
  }
  const result = validate(rowOfRecord(record), honorParts, []);
  if (errors.length === 0) return result;
  // Type errors first; a column whose value had the wrong type is not also reported as missing.
  const rest = result.ok ? [] : result.errors.filter((error) => !badType.has(error.column as ContractKey));
  return { ok: false, id: result.ok ? result.person.id : result.id, errors: [...errors, ...rest] };
}

