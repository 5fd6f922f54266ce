// Who pays an item (§16, §17; payers.json): by employer type, or a rule of the item's own.
import type { Label, PayerRule, Policy } from '../policy/types.js';
import { formatFen, splitByShare, type Fen } from '../base/money.js';
import type { PayerPart, Person } from './types.js';
import type { Why } from './why.js';

export class EngineInputError extends Error {}

/**
 * A fact the policy data in use needs and the row leaves empty. The reader's rules between columns ask for
 * it with the shipped data; an office's --set can change either side (an item's condition, a rule, a payer),
 * so the row gets here and is rejected with its column, in the run's language (cli/commands/claim-rejection.ts).
 */
export class MissingFactError extends EngineInputError {
  constructor(readonly column: 'base_salary' | 'county' | 'fiscal_share', readonly item: Label | null, id: string) {
    super(`${id}: ${item ? `${item.en} needs` : 'needs'} ${column}`);
    this.name = 'MissingFactError';
  }
}

/** Without a stack trace: an answer about a row, like a claim rejection (claim-rules.ts). */
export function missingFact(column: MissingFactError['column'], item: Label | null, id: string): MissingFactError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new MissingFactError(column, item, id);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The finance of a level: the city's, or the named county's. `kind` and `id` name the person or unit in an error. */
export function financeOfLevel(level: string, county: string | null, policy: Policy, kind: 'person' | 'unit', id: string): string {
  const pattern = policy.payers.sameLevelFinance[level];
  if (!pattern) throw new EngineInputError(`no same-level finance for level ${level}`);
  if (!pattern.includes('{county}')) return pattern;
  if (!county) throw missingFact('county', null, `${kind} ${id}`);
  return countyPayer(pattern, county);
}

/**
 * A payer pattern filled with a county code, the same string each time for the same county: the
 * roll-up and the output look payers up in maps for every person, and a string they have seen
 * before is hashed once, not again for every row.
 */
const filledPatterns = new Map<string, Map<string, string>>();
const COUNTIES_KEPT = 1024;

function countyPayer(pattern: string, county: string): string {
  let byCounty = filledPatterns.get(pattern);
  if (byCounty === undefined) filledPatterns.set(pattern, (byCounty = new Map()));
  let payer = byCounty.get(county);
  if (payer === undefined) {
    payer = pattern.replace('{county}', county);
    if (byCounty.size < COUNTIES_KEPT) byCounty.set(county, payer);
  }
  return payer;
}

function sameLevelFinance(person: Person, policy: Policy): string {
  return financeOfLevel(person.employer_level, person.county, policy, 'person', person.id);
}

/**
 * Splits `amount` (null when unknown) between the payers of `rule`; parts always sum to the whole.
 * The reason for the split and the readings it rests on go to `why` (nowhere when it is null).
 */
export function splitPayers(amount: Fen | null, rule: PayerRule, person: Person, policy: Policy, why: Why): PayerPart[] {
  if (rule.reading) why?.readings.push(rule.reading);
  if (rule.rule === 'fixed') {
    why?.reasons.push({ key: 'payer_fixed', params: { payer: rule.payer } });
    return [{ payer: rule.payer, amount }];
  }
  if (rule.rule === 'same_level_of_employer') {
    const payer = sameLevelFinance(person, policy);
    why?.reasons.push({ key: 'payer_same_level_of_employer', params: { payer } });
    return [{ payer, amount }];
  }
  if (rule.rule === 'project_registration') {
    const level = person.claims?.project_level ?? person.employer_level;
    const county = person.claims?.project_county ?? person.county;
    const payer = financeOfLevel(level, county, policy, 'person', person.id);
    why?.reasons.push({ key: 'payer_project_registration', params: { payer } });
    return [{ payer, amount }];
  }
  if (rule.rule === 'unit_registration') throw new EngineInputError('unit_registration is a payer rule for units, not people');
  if (rule.rule === 'county_of_employer') {
    if (!person.county) throw missingFact('county', null, `person ${person.id}`);
    const payer = countyPayer('county:{county}', person.county);
    why?.reasons.push({ key: 'payer_county_of_employer', params: { payer } });
    return [{ payer, amount }];
  }
  const byType = policy.payers.byEmployerType[person.employer_type];
  if (!byType) throw new EngineInputError(`no payer rule for employer type ${person.employer_type}`);
  if (byType.rule === 'employer') {
    why?.reasons.push({ key: 'payer_employer', params: { employer_type: person.employer_type } });
    return [{ payer: 'employer', amount }];
  }
  const finance = sameLevelFinance(person, policy);
  // A township unit is entered as a county-level employer working at township level or below.
  if (person.employer_level === 'county' && (person.work_level === 'township' || person.work_level === 'village')) {
    why?.readings.push(policy.payers.sameLevelReading);
  }
  if (byType.share === 'all') {
    why?.reasons.push({ key: 'payer_finance_all', params: { employer_type: person.employer_type, payer: finance } });
    return [{ payer: finance, amount }];
  }
  const share = person.fiscal_share;
  if (!share) throw missingFact('fiscal_share', null, `person ${person.id}`);
  if (amount === null) {
    why?.reasons.push({ key: 'payer_split_unknown', params: { payer: finance, share: share.text } });
    return [{ payer: finance, amount: null }, { payer: 'employer', amount: null }];
  }
  const rounding = policy.payers.splitRounding;
  const parts = splitByShare(amount, share, rounding);
  const payers: PayerPart[] = [];
  if (parts.share > 0) payers.push({ payer: finance, amount: parts.share });
  if (parts.rest > 0) payers.push({ payer: 'employer', amount: parts.rest });
  why?.reasons.push({ key: 'payer_split', params: { payer: finance, share: share.text, rounding, amount: formatFen(amount), finance: formatFen(parts.share), employer: formatFen(parts.rest) } });
  return payers;
}
