// A person item of a loaded edition by its code, as the kind it is (a test reads its compiled fields).
import type { PersonItem, Policy } from '../../src/policy/types.js';

export function itemOf<F extends PersonItem['form']>(policy: Policy, code: string, form: F): Extract<PersonItem, { form: F }> {
  const item = policy.items.find((entry) => entry.item === code);
  if (!item || item.form !== form) throw new Error(`${code} is not an item of kind ${form}`);
  return item as Extract<PersonItem, { form: F }>;
}
