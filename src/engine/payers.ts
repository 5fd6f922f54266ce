// Who pays an item (digest §4): by employer type, or a rule of the item's own.
import type { PayerRule, Policy } from '../policy/types.js';
import { formatFen, splitByShare, type Fen } from './money.js';
import type { PayerPart, Person, Reason } from './types.js';

export class EngineInputError extends Error {}

export interface PayerSplit {
  payers: PayerPart[];
  reasons: Reason[];
  readings: string[];
}

/** The finance of a level: the city's, or the named county's (digest §4). */
export function financeOfLevel(level: string, county: string | null, policy: Policy, who: string): string {
  const pattern = policy.payers.sameLevelFinance[level];
  if (!pattern) throw new EngineInputError(`no same-level finance for level ${level}`);
  if (!pattern.includes('{county}')) return pattern;
  if (!county) throw new EngineInputError(`${who}: a county-level employer needs a county`);
  return pattern.replace('{county}', county);
}

function sameLevelFinance(person: Person, policy: Policy): string {
  return financeOfLevel(person.employer_level, person.county, policy, `person ${person.id}`);
}

/** Splits `amount` (null when unknown) between the payers of `rule`; parts always sum to the whole. */
export function splitPayers(amount: Fen | null, rule: PayerRule, person: Person, policy: Policy): PayerSplit {
  const readings = rule.reading ? [rule.reading] : [];
  if (rule.rule === 'fixed') {
    return { payers: [{ payer: rule.payer, amount }], reasons: [{ key: 'payer_fixed', params: { payer: rule.payer } }], readings };
  }
  if (rule.rule === 'same_level_of_employer') {
    const payer = sameLevelFinance(person, policy);
    return { payers: [{ payer, amount }], reasons: [{ key: 'payer_same_level_of_employer', params: { payer } }], readings };
  }
  if (rule.rule === 'project_registration') {
    const level = person.claims?.project_level ?? person.employer_level;
    const county = person.claims?.project_county ?? person.county;
    const payer = financeOfLevel(level, county, policy, `person ${person.id}`);
    return { payers: [{ payer, amount }], reasons: [{ key: 'payer_project_registration', params: { payer } }], readings };
  }
  if (rule.rule === 'unit_registration') throw new EngineInputError('unit_registration is a payer rule for units, not people');
  if (rule.rule === 'county_of_employer') {
    if (!person.county) throw new EngineInputError(`person ${person.id}: the item is paid by the employer's county, and none is given`);
    const payer = `county:${person.county}`;
    return { payers: [{ payer, amount }], reasons: [{ key: 'payer_county_of_employer', params: { payer } }], readings };
  }
  const byType = policy.payers.byEmployerType[person.employer_type];
  if (!byType) throw new EngineInputError(`no payer rule for employer type ${person.employer_type}`);
  if (byType.rule === 'employer') {
    return { payers: [{ payer: 'employer', amount }], reasons: [{ key: 'payer_employer', params: { employer_type: person.employer_type } }], readings };
  }
  const finance = sameLevelFinance(person, policy);
  // A township unit is entered as a county-level employer working at township level or below.
  if (person.employer_level === 'county' && (person.work_level === 'township' || person.work_level === 'village')) {
    readings.push(policy.payers.sameLevelReading);
  }
  if (byType.share === 'all') {
    return { payers: [{ payer: finance, amount }], reasons: [{ key: 'payer_finance_all', params: { employer_type: person.employer_type, payer: finance } }], readings };
  }
  const share = person.fiscal_share;
  if (!share) throw new EngineInputError(`person ${person.id}: a partially funded institution needs its fiscal share`);
  if (amount === null) {
    return {
      payers: [{ payer: finance, amount: null }, { payer: 'employer', amount: null }],
      reasons: [{ key: 'payer_split_unknown', params: { payer: finance, share: share.text } }],
      readings,
    };
  }
  const parts = splitByShare(amount, share);
  const payers: PayerPart[] = [];
  if (parts.share > 0) payers.push({ payer: finance, amount: parts.share });
  if (parts.rest > 0) payers.push({ payer: 'employer', amount: parts.rest });
  return {
    payers,
    reasons: [{ key: 'payer_split', params: { payer: finance, share: share.text, amount: formatFen(amount), finance: formatFen(parts.share), employer: formatFen(parts.rest) } }],
    readings,
  };
}
