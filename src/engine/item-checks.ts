// The data conditions of an item for `explain`, by its kind: which the person meets and which not.
// Each kind tells its own conditions, in the order it weighs them.
import type { AnnualItem, OneOffGrantItem, PersonItem, Policy } from '../policy/types.js';
import { formatFen } from '../base/money.js';
import type { Person, Reason, Tier } from './types.js';

export interface Check {
  met: boolean;
  reason: Reason;
  clause: string;
}

export function check(met: boolean, key: string, clause: string, params: Record<string, string | number> = {}): Check {
  return { met, reason: { key, params }, clause };
}

export function itemChecks(item: PersonItem | OneOffGrantItem | AnnualItem, person: Person, tier: Tier | null, policy: Policy): Check[] {
  const clause = item.clause;
  const checks: Check[] = [];
  const introModes = (allowed: readonly string[]) => checks.push(check(allowed.includes(person.intro_mode), 'check_intro_mode', clause, { mode: person.intro_mode, allowed: allowed.join(',') }));
  const hasTier = () => checks.push(check(tier !== null, tier ? 'check_tier' : 'check_no_tier', clause, tier ? { tier } : {}));
  const condition = (met: boolean) => checks.push(check(met, 'check_condition', clause, { item: item.item }));
  switch (item.form) {
    case 'one_off_by_tier': {
      hasTier();
      introModes(item.introModes);
      const reform = item.housingReformExcludes;
      if (reform && person.housing_reform) {
        checks.push(check(!reform.introModes.includes(person.intro_mode), 'check_housing_reform', clause, { mode: person.intro_mode, excluded: reform.introModes.join(',') }));
      }
      if (tier) checks.push(check(item.amountByTier[tier] !== undefined, 'check_amount_for_tier', clause, { tier }));
      break;
    }
    case 'monthly_by_tier_rate': {
      hasTier();
      introModes(item.introModes);
      if (tier) checks.push(check(item.areaM2ByTier[tier] !== undefined, 'check_area_for_tier', clause, { tier }));
      const rate = person.rent_per_m2 ?? (person.county ? policy.rentRates[person.county] : null);
      checks.push(check(rate !== null, 'check_rent_rate', clause, { county: person.county ?? '', rate: rate?.text ?? '' }));
      break;
    }
    case 'monthly_fixed':
      if (item.introModes) introModes(item.introModes);
      if (item.words) checks.push(check(item.when(person), item.words.check, clause));
      else condition(item.when(person));
      break;
    case 'monthly_highest_line':
      introModes([...item.introModes, ...item.flexible.introModes]);
      for (const line of item.lines) checks.push(check(line.when(person), 'check_line', clause, { line: line.id, monthly: formatFen(line.monthly) }));
      break;
    case 'monthly_share': {
      const met = item.when(person);
      if (item.words) checks.push(check(met, item.words.check, clause, { level: person.work_level }));
      else condition(met);
      if (met) checks.push(check(person.base_salary !== null, 'check_base_salary', clause, { salary: person.base_salary === null ? '' : formatFen(person.base_salary) }));
      break;
    }
    case 'one_off_grant':
      if (item.introModes) introModes(item.introModes);
      if (item.when) condition(item.when(person));
      break;
    case 'annual':
      if (item.when) condition(item.when(person));
      break;
  }
  return checks;
}
