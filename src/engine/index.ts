// The engine's one entry point: a validated person, a budget year and a policy edition in,
// every entitlement of that year out. Pure: no I/O, no clock, no process.
import type { Policy } from '../policy/types.js';
import type { Person, PersonResult } from './types.js';

export function computePerson(person: Person, year: number, policy: Policy): PersonResult {
  void person; void year; void policy;
  throw new Error('engine not written yet');
}
