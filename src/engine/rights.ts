import type { Policy } from '../policy/types.js';
import type { Person, Right } from './types.js';

/** The non-money entitlements (digest §6) whose conditions the person meets. */
export function rightsOf(person: Person, policy: Policy): Right[] {
  return policy.rights.filter((right) => right.when(person)).map((right) => ({ id: right.id, clause: right.clause }));
}
