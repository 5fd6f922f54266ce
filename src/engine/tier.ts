import type { Policy } from '../policy/types.js';
import type { Person, Tier } from './types.js';

/** The highest tier any of the person's attributes gives (§16, §17; tiers.json), or null. */
export function tierOf(person: Person, policy: Policy): Tier | null {
  const met = policy.tiersMet(person);
  // Tiers are listed highest first: the lowest bit set is the highest tier met.
  return met === 0 ? null : policy.tiers[31 - Math.clz32(met & -met)]!.tier;
}
