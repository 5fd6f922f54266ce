// The engine's one entry point: a validated person, a budget year and a policy edition in,
// every entitlement of that year out. Pure: no I/O, no clock, no process.
import type { Policy, PolicySegment } from '../policy/types.js';
import { addFen, type Fen } from '../base/money.js';
import type { ItemContext } from './items/common.js';
import { computePersonItem } from './items/person-item.js';
import { assertClaimsValid } from './claim-rules.js';
import { annualItem } from './items/annual.js';
import { oneOffGrant } from './items/one-off-grant.js';
import { rightsOf } from './rights.js';
import { tierOf } from './tier.js';
import type { DeclinedClaim, EngineOptions, ItemResult, Person, PersonResult } from './types.js';

export { EngineInputError } from './payers.js';
export { MoneyOverflowError } from '../base/money.js';
export { ClaimRejectedError } from './claim-rules.js';

export function computePerson(person: Person, year: number, policy: Policy, options: EngineOptions = {}): PersonResult {
  // A row whose claims contradict the text is rejected before anything is computed for it.
  assertClaimsValid(person, policy);
  const segments = policy.segments;
  if (segments) return computeAcrossEditions(person, year, segments, options);
  const tier = tierOf(person, policy);
  const items: ItemResult[] = [];
  const context: ItemContext = { person, year, policy, first: year * 12, last: year * 12 + 11, tier, explain: options.explain !== false };
  addItems(items, context, true, options);
  return personResult(person, policy, tier, items, context.declined);
}

function addItems(items: ItemResult[], context: ItemContext, withAnnual: boolean, options: EngineOptions): void {
  // Every person item, by its kind, in the edition's print order.
  for (const item of context.policy.items) {
    const result = computePersonItem(item, context);
    if (result) items.push(result);
  }
  // Only people with claims can have grants or tax items: the common row skips these loops.
  if (context.person.claims) {
    for (const grant of context.policy.grants) {
      const result = oneOffGrant(grant, context, options);
      if (result) items.push(result);
    }
    if (withAnnual) {
      for (const item of context.policy.annual) {
        const result = annualItem(item, context);
        if (result) items.push(result);
      }
    }
  }
}

/**
 * A year under several editions: each month of a monthly item is priced by the edition in force in
 * it, each one-off by the edition in force in its grant month, and a yearly item by the edition in
 * force at the end of the year. An item priced by two editions is two results, each naming its
 * edition, next to each other in the print order of the last edition.
 */
function computeAcrossEditions(person: Person, year: number, segments: readonly PolicySegment[], options: EngineOptions): PersonResult {
  const lastSegment = segments[segments.length - 1]!;
  const found: ItemResult[] = [];
  // A claim declined under any edition of the year is declined once.
  const declinedClaims = new Map<string, DeclinedClaim>();
  segments.forEach((segment, index) => {
    const tier = tierOf(person, segment.policy);
    const items: ItemResult[] = [];
    const context: ItemContext = { person, year, policy: segment.policy, first: segment.first, last: segment.last, tier, explain: options.explain !== false };
    addItems(items, context, index === segments.length - 1, options);
    for (const claim of context.declined ?? []) if (!declinedClaims.has(claim.item)) declinedClaims.set(claim.item, claim);
    for (const item of items) item.edition = segment.edition;
    found.push(...items);
  });
  const order = printOrder(lastSegment.policy);
  const rank = (code: string) => order.get(code) ?? order.size;
  // Stable: within one item, the editions stay in time order.
  const items = found.map((item, index) => ({ item, index })).sort((a, b) => rank(a.item.item) - rank(b.item.item) || a.index - b.index).map((entry) => entry.item);
  return personResult(person, lastSegment.policy, tierOf(person, lastSegment.policy), items, declinedClaims.size ? [...declinedClaims.values()] : undefined);
}

function printOrder(policy: Policy): Map<string, number> {
  const codes = [...policy.items.map((item) => item.item), ...policy.grants.map((item) => item.item), ...policy.annual.map((item) => item.item)];
  return new Map(codes.map((code, index) => [code, index]));
}

function personResult(person: Person, policy: Policy, tier: PersonResult['tier'], items: ItemResult[], declined: DeclinedClaim[] | undefined): PersonResult {
  let total = 0 as Fen;
  let taxTotal = 0 as Fen;
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
  if (declined) result.declined = declined;
  return result;
}
