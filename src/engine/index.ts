// The engine's one entry point: a validated person, a budget year and a policy edition in,
// every entitlement of that year out. Pure: no I/O, no clock, no process.
import type { Policy } from '../policy/types.js';
import { addFen } from './money.js';
import { graduateRent } from './items/graduate-rent.js';
import { grassrootsAllowance } from './items/grassroots-allowance.js';
import { housingPurchase } from './items/housing-purchase.js';
import { housingRentFlexible } from './items/housing-rent-flexible.js';
import { talentAllowance } from './items/talent-allowance.js';
import type { ItemCalculator } from './items/common.js';
import { tierOf } from './tier.js';
import type { ItemResult, Person, PersonResult } from './types.js';

export { EngineInputError } from './payers.js';

/** In the order of the contract's item codes, which is the order results are printed in. */
const CALCULATORS: readonly ItemCalculator[] = [housingPurchase, housingRentFlexible, graduateRent, talentAllowance, grassrootsAllowance];

export function computePerson(person: Person, year: number, policy: Policy): PersonResult {
  const tier = tierOf(person, policy);
  const context = { person, year, policy, tier };
  const items: ItemResult[] = [];
  let total = 0;
  for (const calculate of CALCULATORS) {
    const result = calculate(context);
    if (!result) continue;
    items.push(result);
    if (result.amount !== null) total = addFen(total, result.amount);
  }
  return { id: person.id, name: person.name, tier, items, total };
}
