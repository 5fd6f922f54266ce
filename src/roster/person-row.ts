// One row's cells → a Person, or every error of the row (not just the first): each cell read by its
// kind (cell-parsers.ts), then the rules between columns. Pure: no I/O.
import type { County, Degree, Education, EmployerLevel, EmployerType, IntroMode, MonthIndex, Person, Skill, Title, WorkLevel } from '../engine/types.js';
import type { ExactDecimal } from '../base/money.js';
import { messages } from './messages.js';
import { claimFacts, hasClaims, parseClaims, type CellReaders } from './claims.js';
import { cellOf, COLUMN, type RowCells, type RowError } from './row-cells.js';
import { brokenRules, isAllowed, type ColumnFacts, type CrossFieldRule } from './cross-field.js';
import { allowedList, columnName, fieldCells, lookupCode } from './cell-lookup.js';
import {
  honorsFromParts, parseCode, parseCount, parseHonors, parseMonthCell, parseRent, parseSalary, parseShare, parseYesNo, requiredCode, trimmed,
} from './cell-parsers.js';

export type PersonParse = { ok: true; person: Person } | { ok: false; id: string | null; errors: RowError[] };

/**
 * Validates one row. `honorParts`, when given, replaces splitting the honors cell (a JSON list).
 * Returns the Person, or every error of the row with the row's id (if readable).
 */
export function validate(row: RowCells, honorParts: readonly string[] | null, errors: RowError[]): PersonParse {
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

  // The rules between columns (cross-field.ts, the questionnaire's own): each broken one is an error of its column.
  const shareCell = trimmed(cellOf(row, COLUMN.fiscal_share));
  const facts: ColumnFacts = {
    employer_type: employerType, employer_level: employerLevel, work_level: workLevel, fresh_graduate: freshGraduate === true ? 'yes' : undefined,
    fiscal_share: shareCell, county: countyCell, base_salary: salaryCell,
  };
  const cells: ColumnFacts = { employer_type: employerTypeCell, employer_level: employerLevelCell, work_level: workLevelCell };
  const pushRule = (rule: CrossFieldRule, ruleFacts: ColumnFacts) => errors.push({ column: rule.column, message: rule.message(ruleFacts, cells) });
  const endBeforeStart = typeof start === 'number' && typeof end === 'number' && end < start;
  // Reported in the contract's column order: the end month's error comes before fresh_graduate's.
  const broken = brokenRules(facts, false);
  broken.filter((rule) => rule.column !== 'fresh_graduate').forEach((rule) => pushRule(rule, facts));
  if (endBeforeStart) errors.push({ column: 'end', message: messages.endBeforeStart(endCell, startCell) });
  broken.filter((rule) => rule.column === 'fresh_graduate').forEach((rule) => pushRule(rule, facts));
  const fiscalShare: ExactDecimal | null | undefined = isAllowed('fiscal_share', facts) ? parseShare(shareCell, errors) : null;

  let claims: Person['claims'];
  if (hasClaims(row)) {
    const before = errors.length;
    const parsed = parseClaims(row, CELL_READERS, errors);
    // The claims' rules read the county as a code: an unreadable county cell does not pay a county's grant.
    const withClaims: ColumnFacts = { ...facts, county: county ?? undefined, ...claimFacts(parsed) };
    brokenRules(withClaims, true).forEach((rule) => pushRule(rule, withClaims));
    if (errors.length === before) claims = parsed;
  }

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
