// The common row read where it lies in the decoded text: a line without quotes (PlainLine), whose
// cells are found as positions and read without cutting a string for each. Code cells are matched
// against the per-field tables of recent texts (cell-lookup.ts) character by character, months and
// yuan are read digit by digit; only the id, the name and the cells passed through become strings.
//
// It only ever says yes: a row it accepts is the Person validate (person-row.ts) would make of the
// same cells, field for field. Anything else — an error, an unusual cell, a duplicate id — returns
// null, and the row is read again by the general path (rows.ts), which alone writes rejection
// messages; so every message stays validate's. tests/roster/plain-row.test.ts holds the two paths to
// the same rows.
import type { MonthIndex, Person } from '../engine/types.js';
import { personOf } from './person-row.js';
import type { ExactDecimal, Fen } from '../base/money.js';
import { MAX_YEAR, MIN_YEAR } from '../base/years.js';
import { breaksAny, isAllowed, type ColumnFacts, type ColumnRules } from './cross-field.js';
import { fieldCells, lookupIn, type FieldCells } from './cell-lookup.js';
import { parseCount, parseHonors, parseMonthCell, parseRent, parseSalary, parseShare, trimmed } from './cell-parsers.js';
import { COLUMN, FIRST_CLAIM, type RowError } from './row-cells.js';
import { isExampleRowId } from './example-row.js';
import { IdSet } from './id-set.js';
import type { RosterMessages } from './messages.js';
import type { PlainLine } from './csv-limits.js';

const COMMA = 44;
/** Marks a cell the general path must read (code, month or amount not understood here). */
const UNREAD = -2;
/** An empty month cell. */
const NO_MONTH = -1;
/** Largest numerator parseExactDecimal reads (base/money.ts); a salary of more digits goes the general way. */
const MAX_PLAIN_DIGITS = 12;

/** Same text as text[from, to). */
function sameText(known: string, text: string, from: number, to: number): boolean {
  if (known.length !== to - from) return false;
  for (let k = 0; k < known.length; k++) if (known.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
}

export class PlainRows {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private count = 0;
  private text = '';
  /** Scratch for the general cell readers called on an unusual cell: any error sends the row the general way. */
  private readonly scratch: RowError[] = [];
  private readonly hasClaimColumns: boolean;

  constructor(
    private readonly positions: Int32Array,
    private readonly headerLength: number,
    private readonly passthrough: readonly number[],
    /** Only for the general cell readers' calls: the errors they word are dropped (the row goes the general way). */
    private readonly m: RosterMessages,
    /** The rules between columns the general path applies: a row that breaks one goes that way. */
    private readonly rules: ColumnRules,
  ) {
    this.starts = new Int32Array(headerLength + 1);
    this.ends = new Int32Array(headerLength + 1);
    let claims = false;
    for (let column = FIRST_CLAIM; column < positions.length; column++) if (positions[column]! >= 0) claims = true;
    this.hasClaimColumns = claims;
  }

  /** The hash (IdSet.hashOf) of the line's cell at `position`, as written, for IdSet.touch. */
  static idHash(line: PlainLine, position: number): number {
    const { text, to } = line;
    let from = line.from;
    for (let k = 0; k < position && from <= to; k++) {
      const comma = text.indexOf(',', from);
      from = comma === -1 || comma > to ? to + 1 : comma + 1;
    }
    if (from > to) return 0;
    const comma = text.indexOf(',', from);
    return IdSet.hashOfRange(text, from, comma === -1 || comma > to ? to : comma);
  }

  /** Cuts text[from, to) at its commas; false when it has more cells than the header. */
  private split(text: string, from: number, to: number): boolean {
    const starts = this.starts;
    const ends = this.ends;
    const limit = this.headerLength;
    let count = 0;
    let start = from;
    for (let k = from; k < to; k++) {
      if (text.charCodeAt(k) !== COMMA) continue;
      if (count === limit) return false;
      starts[count] = start;
      ends[count++] = k;
      start = k + 1;
    }
    if (count === limit) return false;
    starts[count] = start;
    ends[count++] = to;
    this.text = text;
    this.count = count;
    return true;
  }

  /** Start of contract column `column`'s cell; its end is endOf. An absent cell is an empty one. */
  private startOf(column: number): number {
    const position = this.positions[column]!;
    return position < 0 || position >= this.count ? 0 : this.starts[position]!;
  }

  private endOf(column: number): number {
    const position = this.positions[column]!;
    return position < 0 || position >= this.count ? 0 : this.ends[position]!;
  }

  /** The cell as validate reads it (trimmed text). */
  private cell(column: number): string {
    const from = this.startOf(column);
    const to = this.endOf(column);
    return to === from ? '' : trimmed(this.text.slice(from, to));
  }

  /** The code of a code cell; null when empty; undefined when the general path must read it. */
  private code(table: FieldCells, column: number): string | null | undefined {
    const from = this.startOf(column);
    const to = this.endOf(column);
    if (to === from) return null;
    const text = this.text;
    const length = to - from;
    // The slot lookupIn files a text under; a cell with blanks at an end never matches a (trimmed) entry.
    const recent = table.recent[(length * 31 + text.charCodeAt(from) + text.charCodeAt(to - 1) * 7) & (table.recent.length - 1)];
    if (recent !== undefined && recent.code !== null && sameText(recent.text, text, from, to)) return recent.code;
    const cell = trimmed(text.slice(from, to));
    if (cell === '') return null;
    return lookupIn(table, cell) ?? undefined;
  }

  /** A month cell → its index; NO_MONTH when empty; UNREAD when not read here (the general reader's errors). */
  private month(column: number): number {
    const from = this.startOf(column);
    const to = this.endOf(column);
    if (to === from) return NO_MONTH;
    const text = this.text;
    if (to - from === 7 && text.charCodeAt(from + 4) === 45) {
      let year = 0;
      let digits = true;
      for (let k = from; k < from + 4; k++) {
        const digit = text.charCodeAt(k) - 48;
        if (digit < 0 || digit > 9) digits = false;
        year = year * 10 + digit;
      }
      const tens = text.charCodeAt(from + 5) - 48;
      const units = text.charCodeAt(from + 6) - 48;
      const month = tens * 10 + units;
      if (digits && tens >= 0 && tens <= 1 && units >= 0 && units <= 9 && month >= 1 && month <= 12 && year >= MIN_YEAR && year <= MAX_YEAR) {
        return year * 12 + (month - 1);
      }
    }
    const cell = trimmed(text.slice(from, to));
    if (cell === '') return NO_MONTH;
    const value = parseMonthCell('start', cell, this.scratch, this.m);
    return value === undefined || value === null ? UNREAD : value;
  }

  /** A salary cell → fen; null when empty; UNREAD when the general reader would refuse it. */
  private salary(column: number): Fen | typeof UNREAD | null {
    const from = this.startOf(column);
    const to = this.endOf(column);
    if (to === from) return null;
    const text = this.text;
    let numerator = 0;
    let point = -1;
    let plain = to - from <= MAX_PLAIN_DIGITS;
    for (let k = from; k < to && plain; k++) {
      const code = text.charCodeAt(k);
      if (code >= 48 && code <= 57) numerator = numerator * 10 + (code - 48);
      else if (code === 46 && point === -1 && k > from && k < to - 1) point = k;
      else plain = false;
    }
    const scale = point === -1 ? 0 : to - point - 1;
    if (plain && scale <= 2) return (numerator * (scale === 0 ? 100 : scale === 1 ? 10 : 1)) as Fen;
    const cell = trimmed(text.slice(from, to));
    if (cell === '') return null;
    return parseSalary(cell, this.scratch, this.m) ?? UNREAD;
  }

  /** A yes/no cell; undefined when the general path must read it. */
  private yesNo(column: number): boolean | undefined {
    const code = this.code(fieldCells.yes_no, column);
    return code === undefined ? undefined : code === 'yes';
  }

  /**
   * The row of a plain line, when it is a valid person whose id was not seen before (the id is then
   * added to `seen`); null for every other line, which the general path reads.
   */
  person(text: string, from: number, to: number, line: number, seen: IdSet): { kind: 'person'; row: number; person: Person; extra: string[] } | null {
    if (!this.split(text, from, to)) return null;
    const scratch = this.scratch;
    scratch.length = 0;
    if (this.hasClaimColumns) {
      for (let column = FIRST_CLAIM; column < this.positions.length; column++) if (this.endOf(column) > this.startOf(column)) return null;
    }
    const id = this.cell(COLUMN.id);
    if (id === '' || isExampleRowId(id)) return null;
    const name = this.cell(COLUMN.name);
    const honorsCell = this.cell(COLUMN.honors);
    const honors = honorsCell === '' ? [] : parseHonors(honorsCell, scratch, this.m);
    const education = this.code(fieldCells.education, COLUMN.education);
    const degree = this.code(fieldCells.degree, COLUMN.degree);
    const title = this.code(fieldCells.title, COLUMN.title);
    const skill = this.code(fieldCells.skill, COLUMN.skill);
    const introMode = this.code(fieldCells.intro_mode, COLUMN.intro_mode);
    const employerType = this.code(fieldCells.employer_type, COLUMN.employer_type);
    const employerLevel = this.code(fieldCells.employer_level, COLUMN.employer_level);
    const county = this.code(fieldCells.county, COLUMN.county);
    const workLevel = this.code(fieldCells.work_level, COLUMN.work_level);
    const housingReform = this.yesNo(COLUMN.housing_reform);
    const freshGraduate = this.yesNo(COLUMN.fresh_graduate);
    if (
      education === undefined || degree === undefined || title === undefined || skill === undefined || !introMode || !employerType || !employerLevel ||
      county === undefined || !workLevel || housingReform === undefined || freshGraduate === undefined
    ) {
      return null;
    }
    const baseSalary = this.salary(COLUMN.base_salary);
    const start = this.month(COLUMN.start);
    const end = this.month(COLUMN.end);
    if (baseSalary === UNREAD || start < 0 || end === UNREAD || (end !== NO_MONTH && end < start)) return null;
    const rentCell = this.cell(COLUMN.rent_per_m2);
    const rent = rentCell === '' ? null : parseRent(rentCell, scratch, this.m);
    const countCell = this.cell(COLUMN.count);
    const count = countCell === '' ? undefined : parseCount(countCell, scratch, this.m);
    const shareCell = this.cell(COLUMN.fiscal_share);
    // The rules only ask whether a cell is given (not empty, not "no"): a county read as a code and a
    // salary read as an amount are given; their text would say the same.
    const facts: ColumnFacts = {
      employer_type: employerType, employer_level: employerLevel, work_level: workLevel, fresh_graduate: freshGraduate ? 'yes' : undefined,
      fiscal_share: shareCell, county: county ?? '', base_salary: baseSalary === null ? '' : 'given',
    };
    if (breaksAny(this.rules, facts, false)) return null;
    const fiscalShare: ExactDecimal | null | undefined = isAllowed(this.rules, 'fiscal_share', facts) ? parseShare(shareCell, scratch, this.m) : null;
    if (scratch.length > 0 || rent === undefined || fiscalShare === undefined) return null;
    if (seen.addOrFind(id, line) !== -1) return null; // last: a row read again must not find itself
    const person = personOf({
      id, name, honors, education, degree, title, skill, introMode, employerType, employerLevel, county, workLevel,
      housingReform, baseSalary, start: start as MonthIndex, end: end === NO_MONTH ? null : (end as MonthIndex),
      rent, freshGraduate, fiscalShare, count,
    });
    const passthrough = this.passthrough;
    const extra = new Array<string>(passthrough.length);
    for (let k = 0; k < passthrough.length; k++) {
      const position = passthrough[k]!;
      extra[k] = position >= this.count ? '' : text.slice(this.starts[position]!, this.ends[position]!);
    }
    return { kind: 'person', row: line, person, extra };
  }
}
