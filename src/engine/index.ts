// The engine's one entry point: a validated person, a budget year and a policy edition in,
// every entitlement of that year out. Pure: no I/O, no clock, no process.
import type { Policy } from '../policy/types.js';
import { addFen } from '../base/money.js';
import { graduateRent } from './items/graduate-rent.js';
import { grassrootsAllowance } from './items/grassroots-allowance.js';
import { housingPurchase } from './items/housing-purchase.js';
import { housingRentFlexible } from './items/housing-rent-flexible.js';
import { talentAllowance } from './items/talent-allowance.js';
import type { ItemCalculator } from './items/common.js';
import { annualItem } from './items/annual.js';
import { oneOffGrant } from './items/one-off-grant.js';
import { rightsOf } from './rights.js';
import { tierOf } from './tier.js';
import type { EngineOptions, ItemResult, Person, PersonResult } from './types.js';

export { EngineInputError } from './payers.js';
export { MoneyOverflowError } from '../base/money.js';

/** In the order of the contract's item codes, which is the order results are printed in. */
const CALCULATORS: readonly ItemCalculator[] = [housingPurchase, housingRentFlexible, graduateRent, talentAllowance, grassrootsAllowance];

export function computePerson(person: Person, year: number, policy: Policy, options: EngineOptions = {}): PersonResult {
  const tier = tierOf(person, policy);
  const context = { person, year, policy, tier, explain: options.explain !== false };
  const items: ItemResult[] = [];
  for (const calculate of CALCULATORS) {
    const result = calculate(context);
    if (result) items.push(result);
  }
  // Only people with claims can have grants or tax items: the common row skips these loops.
  if (person.claims) {
    for (const grant of policy.grants) {
      const result = oneOffGrant(grant, context, options);
      if (result) items.push(result);
    }
    for (const item of policy.annual) {
      const result = annualItem(item, context);
      if (result) items.push(result);
    }
  }
  let total = 0;
  let taxTotal = 0;
  let hasTax = false;
  for (const item of items) {
    if (item.category === 'tax') {
      hasTax = true;
      if (item.amount !== null) taxTotal = addFen(taxTotal, item.amount);
    } else if (item.amount !== null) {
      total = addFen(total, item.amount);
    }
  }
  const result: PersonResult = { id: person.id, name: person.name, tier, items, total };
  if (hasTax) result.taxTotal = taxTotal;
  const rights = rightsOf(person, policy);
  if (rights.length > 0) result.rights = rights;
  return result;
}
