// One row's cells → a Person, or every error of the row (not just the first): each cell read by its
// kind (cell-parsers.ts), then the rules between columns. Pure: no I/O.
import type { County, Degree, Education, EmployerLevel, EmployerType, IntroMode, MonthIndex, Person, Skill, Title, WorkLevel } from '../engine/types.js';
import type { ExactDecimal, Fen } from '../base/money.js';
import type { ContractKey } from './columns.js';
import type { RosterMessages } from './messages.js';
import { claimFacts, hasClaims, parseClaims, type CellReaders } from './claims.js';
import { cellOf, COLUMN, type RowCells, type RowError } from './row-cells.js';
import { brokenRules, isAllowed, type ColumnFacts, type ColumnRules, type CrossFieldRule } from './cross-field.js';
import { allowedList, columnName, fieldCells, lookupCode } from './cell-lookup.js';
import {
  honorsFromParts, parseCode, parseCount, parseHonors, parseMonthCell, parseRent, parseSalary, parseShare, parseYesNo, requiredCode, trimmed,
} from './cell-parsers.js';

export type PersonParse = { ok: true; person: Person } | { ok: false; id: string | null; errors: RowError[] };

/** The honours columns given as JSON lists (check --answers): each list replaces splitting its cell. */
export type HonourLists = Partial<Record<ContractKey, readonly string[]>>;

/**
 * Validates one row by the edition's rules between columns, its honours columns read from `lists` where given.
 * Returns the Person, or every error of the row with the row's id (if readable).
 */
export function validate(row: RowCells, lists: HonourLists | null, errors: RowError[], m: RosterMessages, rules: ColumnRules): PersonParse {
  const id = trimmed(cellOf(row, COLUMN.id));
  if (id === '') errors.push({ column: 'id', message: m.required(columnName('id', m)) });
  const name = trimmed(cellOf(row, COLUMN.name));
  const honorParts = lists?.honors;
  const honors = honorParts ? honorsFromParts(honorParts, errors, m) : parseHonors(trimmed(cellOf(row, COLUMN.honors)), errors, m);
  const education = parseCode(fieldCells.education, trimmed(cellOf(row, COLUMN.education)), errors, m);
  const degree = parseCode(fieldCells.degree, trimmed(cellOf(row, COLUMN.degree)), errors, m);
  const title = parseCode(fieldCells.title, trimmed(cellOf(row, COLUMN.title)), errors, m);
  const skill = parseCode(fieldCells.skill, trimmed(cellOf(row, COLUMN.skill)), errors, m);
  const introMode = requiredCode(fieldCells.intro_mode, trimmed(cellOf(row, COLUMN.intro_mode)), errors, m);
  const employerTypeCell = trimmed(cellOf(row, COLUMN.employer_type));
  const employerType = requiredCode(fieldCells.employer_type, employerTypeCell, errors, m);
  const employerLevelCell = trimmed(cellOf(row, COLUMN.employer_level));
  const employerLevel = requiredCode(fieldCells.employer_level, employerLevelCell, errors, m);
  const countyCell = trimmed(cellOf(row, COLUMN.county));
  const county = parseCode(fieldCells.county, countyCell, errors, m);
  const workLevelCell = trimmed(cellOf(row, COLUMN.work_level));
  const workLevel = requiredCode(fieldCells.work_level, workLevelCell, errors, m);
  const housingReform = parseYesNo('housing_reform', trimmed(cellOf(row, COLUMN.housing_reform)), errors, m);
  const salaryCell = trimmed(cellOf(row, COLUMN.base_salary));
  const baseSalary = parseSalary(salaryCell, errors, m);
  const startCell = trimmed(cellOf(row, COLUMN.start));
  const start = parseMonthCell('start', startCell, errors, m);
  if (startCell === '') errors.push({ column: 'start', message: m.required(columnName('start', m)) });
  const endCell = trimmed(cellOf(row, COLUMN.end));
  const end = parseMonthCell('end', endCell, errors, m);
  const rent = parseRent(trimmed(cellOf(row, COLUMN.rent_per_m2)), errors, m);
  const freshGraduate = parseYesNo('fresh_graduate', trimmed(cellOf(row, COLUMN.fresh_graduate)), errors, m);
  const count = parseCount(trimmed(cellOf(row, COLUMN.count)), errors, m);

  // The rules between columns (cross-field.ts, the questionnaire's own): each broken one is an error of its column.
  const shareCell = trimmed(cellOf(row, COLUMN.fiscal_share));
  const facts: ColumnFacts = {
    employer_type: employerType, employer_level: employerLevel, work_level: workLevel, fresh_graduate: freshGraduate === true ? 'yes' : undefined,
    fiscal_share: shareCell, county: countyCell, base_salary: salaryCell,
  };
  const cells: ColumnFacts = { employer_type: employerTypeCell, employer_level: employerLevelCell, work_level: workLevelCell };
  const pushRule = (rule: CrossFieldRule, ruleFacts: ColumnFacts) => errors.push({ column: rule.column, message: rule.message(ruleFacts, cells, m) });
  const endBeforeStart = typeof start === 'number' && typeof end === 'number' && end < start;
  // Reported in the contract's column order: the end month's error comes before fresh_graduate's.
  const broken = brokenRules(rules, facts, false);
  broken.filter((rule) => rule.column !== 'fresh_graduate').forEach((rule) => pushRule(rule, facts));
  if (endBeforeStart) errors.push({ column: 'end', message: m.endBeforeStart(endCell, startCell) });
  broken.filter((rule) => rule.column === 'fresh_graduate').forEach((rule) => pushRule(rule, facts));
  const fiscalShare: ExactDecimal | null | undefined = isAllowed(rules, 'fiscal_share', facts) ? parseShare(shareCell, errors, m) : null;

  let claims: Person['claims'];
  if (hasClaims(row)) {
    const before = errors.length;
    const parsed = parseClaims(row, lists ? readersWith(lists) : CELL_READERS, errors, m);
    // The claims' rules read the county as a code: an unreadable county cell does not pay a county's grant.
    const withClaims: ColumnFacts = { ...facts, county: county ?? undefined, ...claimFacts(parsed) };
    brokenRules(rules, withClaims, true).forEach((rule) => pushRule(rule, withClaims));
    if (errors.length === before) claims = parsed;
  }

  if (errors.length > 0) return { ok: false, id: id === '' ? null : id, errors };
  // Every undefined above pushed an error, so from here each value is valid.
  const person = personOf({
    id, name, honors, education, degree, title, skill, introMode, employerType, employerLevel, county, workLevel,
    housingReform: housingReform === true, baseSalary: baseSalary ?? null, start: start as MonthIndex, end: end ?? null,
    rent: rent ?? null, freshGraduate: freshGraduate === true, fiscalShare: fiscalShare ?? null, count,
  });
  if (claims) person.claims = claims;
  return { ok: true, person };
}

/** A row's values once every cell is read and every rule holds; null where the cell was empty. */
export interface CheckedRow {
  id: string;
  name: string;
  honors: string[];
  education: string | null | undefined;
  degree: string | null | undefined;
  title: string | null | undefined;
  skill: string | null | undefined;
  introMode: string | undefined;
  employerType: string | undefined;
  employerLevel: string | undefined;
  county: string | null | undefined;
  workLevel: string | undefined;
  housingReform: boolean;
  baseSalary: Fen | null;
  start: MonthIndex;
  end: MonthIndex | null;
  rent: ExactDecimal | null;
  freshGraduate: boolean;
  fiscalShare: ExactDecimal | null;
  count: number | undefined;
}

/**
 * The Person of a checked row. Both readers (validate here, and the in-place reading of plain lines in
 * plain-row.ts) end in this one function, so the person they make of the same cells is the same.
 */
export function personOf(row: CheckedRow): Person {
  const person: Person = {
    id: row.id,
    name: row.name === '' ? null : row.name,
    honors: row.honors,
    education: (row.education ?? 'none') as Education,
    degree: (row.degree ?? 'none') as Degree,
    title: (row.title ?? 'none') as Title,
    skill: (row.skill ?? 'none') as Skill,
    intro_mode: row.introMode as IntroMode,
    employer_type: row.employerType as EmployerType,
    fiscal_share: row.fiscalShare,
    employer_level: row.employerLevel as EmployerLevel,
    county: (row.county ?? null) as County | null,
    work_level: row.workLevel as WorkLevel,
    housing_reform: row.housingReform,
    base_salary: row.baseSalary,
    start: row.start,
    end: row.end,
    rent_per_m2: row.rent,
    fresh_graduate: row.freshGraduate,
  };
  // Only a count other than 1 is kept: a row of one person is the same Person as before the column existed.
  if (row.count !== undefined && row.count !== 1) person.count = row.count;
  return person;
}

/** What the grant and tax columns (claims.ts) read cells with: the same rules and messages as here. */
const CELL_READERS: CellReaders = {
  trimmed,
  yesNo: parseYesNo,
  code: (key, field, cell, errors, m) => {
    if (cell === '') return null;
    const code = lookupCode(field, cell);
    if (code === null) errors.push({ column: key, message: m.unknownCode(columnName(key, m), cell, allowedList(field, m)) });
    return code ?? undefined;
  },
  honors: (key, cell, errors, m) => {
    const found: RowError[] = [];
    const codes = parseHonors(cell, found, m);
    for (const error of found) errors.push({ ...error, column: key });
    return codes;
  },
  month: parseMonthCell,
};

/** The readers with an honours column's list read as its parts, as the honors column's is. */
function readersWith(lists: HonourLists): CellReaders {
  return {
    ...CELL_READERS,
    honors: (key, cell, errors, m) => {
      const parts = lists[key];
      if (!parts) return CELL_READERS.honors(key, cell, errors, m);
      const found: RowError[] = [];
      const codes = honorsFromParts(parts, found, m);
      for (const error of found) errors.push({ ...error, column: key });
      return codes;
    },
  };
}
