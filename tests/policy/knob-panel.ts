// The panel every-knob.test.ts watches: generated people (with variants that put each rule's
// boundary in front of someone), units of every type and date, and everything rencai shows for
// them under a policy — items, declined claims, rights, reasons and explain checks in both
// languages, the notice, `rencai policy` in both languages, units and the §22 check.
import fc from 'fast-check';
import { checkFund } from '../../src/budget/fund.js';
import { computePerson } from '../../src/engine/index.js';
import { explainPerson } from '../../src/engine/explain.js';
import { computeUnit, type Unit } from '../../src/engine/units.js';
import { renderExplainReason } from '../../src/i18n/explain.js';
import { createLabels } from '../../src/i18n/labels.js';
import { describePolicy } from '../../src/i18n/policy-description.js';
import { renderReason } from '../../src/i18n/reasons.js';
import { loadPolicyText } from '../../src/policy/text.js';
import type { Policy } from '../../src/policy/types.js';
import type { Person } from '../../src/base/person.js';
import { parseExactDecimal, type Fen } from '../../src/base/money.js';
import { month } from '../engine/helpers.js';
import { fen } from '../fen.js';
import { loadVocabulary } from '../../src/policy/vocabulary.js';
import { buildNotice } from '../../src/questionnaire/notice-model.js';
import { anyFactsArbitrary, answersOf, factsArbitrary, spellingArbitrary } from '../property/arbitraries.js';
import { BUNDLED_COLUMN_RULES, parseAnswers } from '../bundled-rules.js';
import { keysOfKind, PERSON_COLUMNS } from '../../src/policy/columns.js';
import { crossFieldRules } from '../../src/roster/cross-field.js';
import { rosterMessages } from '../../src/roster/messages.js';
import { parsePersonAnswers } from '../../src/roster/person.js';

/** Years the panel is computed for: before, in and after the fund's three years and the tax windows. */
const YEARS = [2013, 2014, 2015, 2016];

/**
 * Variants the generator rarely makes, so every rule meets someone it applies to and someone just
 * outside it: a claimant hired in 2014 (the grants of the hiring month), a claimant who is a
 * secondary-school leaver (graduate-only claims), a tuition claim
 * without a programme, and with two and three years at the grassroots (§14 "三年以上"), a rent rate
 * with four decimals (the rent's rounding: 80 m² × 12.3456 = 987.648), work at village level, and
 * a technician at township level (§19's township rights).
 */
function variantsOf(person: Person): Person[] {
  const claims = person.claims;
  const variants: Person[] = [person];
  if (claims) {
    variants.push({ ...person, id: `${person.id}s`, education: 'secondary', degree: 'none' });
    // Hired in the panel's middle year, so the one-off grants and the tax windows fall inside it.
    variants.push({ ...person, id: `${person.id}h`, start: month('2014-03'), end: null, claims: { ...claims, grant_month: null } });
  }
  if (claims?.grassroots_program) variants.push({ ...person, id: `${person.id}g`, claims: { ...claims, grassroots_program: null } });
  if (claims?.tuition_compensation) {
    for (const years of [2, 3]) variants.push({ ...person, id: `${person.id}y${years}`, claims: { ...claims, grassroots_years: years } });
  }
  if (person.rent_per_m2) variants.push({ ...person, id: `${person.id}r`, rent_per_m2: parseExactDecimal('12.3456') });
  if (person.work_level === 'township') variants.push({ ...person, id: `${person.id}v`, work_level: 'village' });
  if (person.work_level === 'township' || person.work_level === 'village') {
    variants.push({ ...person, id: `${person.id}t`, title: 'junior', claims: { ...claims, technical_staff: true } });
  }
  return variants;
}

/**
 * People written by hand for the rules the generator seldom reaches, each beside its just-outside
 * twin: graduates hired by a small private enterprise (the employer's own items in the notice; the
 * grant month after the start, so "granted at the start" and "in the grant month" fall in different
 * years), the same claims for a secondary-school leaver (graduate-only claims), a few people at the
 * edge of one condition each, technical staff at
 * township and county level with every title and four or five years of technical work (§19's
 * one-year-early rule and its five-year rule).
 */
function handWritten(base: Person): Person[] {
  const graduate: Person = {
    ...base, id: 'HG', honors: [], education: 'bachelor', degree: 'bachelor', title: 'none', skill: 'none', intro_mode: 'direct',
    employer_type: 'private', fiscal_share: null, employer_level: 'county', county: 'liuzhi', work_level: 'county',
    housing_reform: false, base_salary: null, start: month('2014-03'), end: null, rent_per_m2: null, fresh_graduate: false,
    claims: { hired_graduate: true, sme_graduate: true, first_year_insurance: { amount: fen(600000) }, settlement_amount: { amount: fen(500000) } },
  };
  const people: Person[] = [
    graduate,
    { ...graduate, id: 'HGm', start: month('2013-11'), claims: { ...graduate.claims, grant_month: month('2014-02') } },
    { ...graduate, id: 'HGs', education: 'secondary', degree: 'none', claims: { sme_graduate: true, first_year_insurance: { amount: fen(600000) } } },
    { ...graduate, id: 'HGh', education: 'secondary', degree: 'none', claims: { hired_graduate: true } },
    // Fresh graduates (§16's rent): an associate and a secondary-school leaver, refused; a bachelor
    // without a degree at a state enterprise (§14's fee waiver reads education, not degree).
    { ...graduate, id: 'HRa', education: 'associate', degree: 'none', fresh_graduate: true, claims: {} },
    { ...graduate, id: 'HRs', education: 'secondary', degree: 'none', fresh_graduate: true, claims: {} },
    { ...graduate, id: 'HRb', employer_type: 'soe', degree: 'none', fresh_graduate: true, claims: {} },
    // §11 start-up funds for an introduced team leader with no honour; a master with a full senior
    // title and no skill grade; an urgently needed talent brought in (§13's quota exemption).
    { ...graduate, id: 'HI', employer_type: 'inst_full', claims: { innovation_team: true, research_grant: { amount: fen(200000000) } } },
    { ...graduate, id: 'HM', employer_type: 'organ', education: 'master', degree: 'master', title: 'senior', claims: {} },
    { ...graduate, id: 'HQ', employer_type: 'inst_full', claims: { urgent_talent: true } },
  ];
  const titles = ['none', 'junior', 'intermediate', 'associate_senior', 'senior'] as const;
  for (const work_level of ['township', 'county'] as const) {
    for (const [index, title] of titles.entries()) {
      people.push({
        ...graduate, id: `HT${work_level}${title}`, employer_type: 'inst_full', intro_mode: 'local', work_level, title,
        county: 'panzhou', start: month('2012-09'), base_salary: fen(300000),
        claims: { technical_staff: true, technical_years: 4 + (index % 2) },
      });
    }
  }
  return people;
}

export function panelPeople(numRuns: number): Person[] {
  const generated = fc
    .sample(fc.tuple(fc.oneof(factsArbitrary, anyFactsArbitrary), spellingArbitrary), { seed: 15, numRuns })
    .map(([facts, spelling], index) => parseAnswers(answersOf(`P${index}`, facts, '', spelling)))
    .flatMap((parse) => (parse.ok ? variantsOf(parse.person) : []));
  return [...handWritten(generated[0]!), ...generated];
}

/** Every unit type, at city and county level, approved before, in and after the policy's first year. */
function panelUnits(): Unit[] {
  return loadVocabulary().codesOf('unit_type').flatMap((unit_type, index) =>
    [month('2012-12'), month('2013-06'), month('2014-05')].flatMap((approved) => [
      { id: `U${index}a`, name: null, unit_type, level: 'city' as const, county: null, approved, provincial_grant: fen(150000000), reward_amount: fen(8000000) },
      { id: `U${index}b`, name: null, unit_type, level: 'county' as const, county: 'liuzhi' as const, approved, provincial_grant: null, reward_amount: fen(12000000) },
      // 30万 and 300万: below and above §11's 50—200万 of provincial funding.
      { id: `U${index}c`, name: null, unit_type, level: 'city' as const, county: null, approved, provincial_grant: fen(30000000), reward_amount: null },
      { id: `U${index}d`, name: null, unit_type, level: 'city' as const, county: null, approved, provincial_grant: fen(300000000), reward_amount: null },
    ]));
}

/** The §22 check's revenue: city 10亿, Liuzhi 3亿 (in fen). */
const REVENUE = new Map([['city', fen(100000000000)], ['county:liuzhi', fen(30000000000)]]);

/**
 * Rows at each of the text's rules between columns (column-rules.json), read under the policy watched
 * rather than once: for every code of the rule's deciding column, its column given and not given.
 */
function panelRows(): Record<string, string>[] {
  const yesNo = new Set<string>(keysOfKind(PERSON_COLUMNS, ['yes_no']));
  const base = {
    intro_mode: 'direct', employer_type: 'private', employer_level: 'city', work_level: 'city', county: 'zhongshan',
    start: '2014-03', education: 'bachelor', degree: 'bachelor',
  };
  return BUNDLED_COLUMN_RULES.flatMap((rule, index) =>
    loadVocabulary().codesOf(rule.whenColumn).flatMap((code) => [false, true].map((given) => ({
      ...base, id: `C${index}${code}${given ? 'y' : 'n'}`, [rule.whenColumn]: code,
      ...(given ? { [rule.column]: yesNo.has(rule.column) ? 'yes' : '3000' } : {}),
    }))));
}

export interface Panel {
  people: readonly Person[];
  units: readonly Unit[];
  rows: readonly Record<string, string>[];
}

export function panel(numRuns: number): Panel {
  return { people: panelPeople(numRuns), units: panelUnits(), rows: panelRows() };
}

/**
 * Everything rencai shows for the panel under `policy`, in pieces (the policy's description first, then
 * person by person and year by year), so a comparison can stop at the first piece that differs.
 */
export function* shown(policy: Policy, { people, units, rows }: Panel): Generator<string> {
  let piece: unknown[] = [];
  const put = (value: unknown) => piece.push(value);
  const flush = () => {
    const text = JSON.stringify(piece) ?? '';
    piece = [];
    return text;
  };
  const reasonsOf = (reasons: readonly Parameters<typeof renderReason>[0][]) => {
    for (const reason of reasons) put([renderReason(reason, 'zh', policy), renderReason(reason, 'en', policy)]);
  };
  for (const lang of ['zh', 'en'] as const) {
    put(describePolicy(policy, loadPolicyText(policy.edition), lang));
    const labels = createLabels(policy, lang);
    for (const right of policy.rights) put([labels.right(right.id), labels.rightDescription(right.id)]);
    for (const code of policy.itemLabels.keys()) put(labels.item(code));
    // The rows as the reader reads them under this policy: accepted, or the columns and sentences that refuse them.
    for (const row of rows) {
      const parsed = parsePersonAnswers(row, rosterMessages(lang), crossFieldRules(policy.columnRules));
      put(parsed.ok ? 'ok' : parsed.errors);
    }
    yield flush();
  }
  for (const year of YEARS) {
    const cost = new Map<string, Fen>();
    for (const [index, person] of people.entries()) {
      try {
        const result = computePerson(person, year, policy);
        put(result);
        for (const item of result.items) {
          for (const part of item.payers) cost.set(part.payer, fen((cost.get(part.payer) ?? 0) + (part.amount ?? 0)));
          reasonsOf(item.reasons);
        }
        for (const entry of result.declined ?? []) reasonsOf(entry.reasons);
        // The notice of everyone with an item paid to the employer (its own wording), and of a sample.
        const toEmployer = result.items.some((item) => policy.employerItems.has(item.item));
        if (year === 2014 && (index < 60 || toEmployer)) {
          for (const lang of ['zh', 'en'] as const) put(buildNotice({ result, year, policy, lang, printedOn: '2014-05-06' }));
        }
        if (year === 2014 && index < 120) {
          const explanation = explainPerson(person, year, policy);
          put(explanation);
          for (const item of explanation.items) {
            for (const check of item.checks) put([renderExplainReason(check.reason, check.met, 'zh', policy), renderExplainReason(check.reason, check.met, 'en', policy)]);
          }
        }
      } catch (error) {
        // A row the engine rejects: its sentence and the columns it names.
        put([error instanceof Error ? error.message : String(error), (error as { violations?: unknown }).violations ?? null]);
      }
      yield flush();
    }
    for (const unit of units) {
      try {
        const result = computeUnit(unit, year, policy);
        put(result);
        for (const item of result.items) reasonsOf(item.reasons);
      } catch (error) {
        put(error instanceof Error ? error.message : String(error));
      }
    }
    if (policy.fund) put(checkFund({ rule: policy.fund, year, revenue: REVENUE }, cost));
    yield flush();
  }
}

/** Whether `policy` shows the panel anything other than `baseline` (the pieces of the edition as it is). */
export function showsOtherwise(policy: Policy, panelOf: Panel, baseline: readonly string[]): boolean {
  let index = 0;
  for (const piece of shown(policy, panelOf)) {
    if (piece !== baseline[index]) return true;
    index += 1;
  }
  return index !== baseline.length;
}
