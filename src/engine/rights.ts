import type { Policy } from '../policy/types.js';
import type { Person, Right } from './types.js';

/** The non-money entitlements (rights.json) whose conditions the person meets. */
export function rightsOf(person: Person, policy: Policy): Right[] {
  const met = policy.rightsMet(person);
  // Most people have none: one call tells, and no array is built from the list.
  if (met === 0) return [];
  const rights: Right[] = [];
  policy.rights.forEach((right, index) => {
    if (met & (1 << index)) rights.push({ id: right.id, clause: right.clause });
  });
  return rights;
}
