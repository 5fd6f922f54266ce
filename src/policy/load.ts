// Loads data/policies/<edition>/ into a validated, compiled Policy.
import type { Policy } from './types.js';

export interface LoadPolicyOptions {
  /** Budget year: picks the edition in force (unless `edition` names one). */
  year: number;
  edition?: string;
  /** A JSON or CSV file of rent rates per county that overrides data/rent-rates.json. */
  rentRatesFile?: string;
}

export function loadPolicy(options: LoadPolicyOptions): Policy {
  void options;
  throw new Error('policy loader not written yet');
}
