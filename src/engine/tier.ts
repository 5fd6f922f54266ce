import type { Policy } from '../policy/types.js';
import type { Person, Tier } from './types.js';

/** The highest tier any of the person's attributes gives (digest §1), or null. */
export function tierOf(person: Person, policy: Policy): Tier | null {
  for (const tier of policy.tiers) if (tier.when(person)) return tier.tier;
  return null;
}
