// Loads a policy edition with a scenario laid over its data, and reads scenario files.
import { readFileSync } from 'node:fs';
import { loadPolicy, type LoadPolicyOptions } from './load.js';
import { createOverlay, parseScenario, ScenarioError, type Scenario } from './scenario.js';
import type { Policy } from './types.js';

export function readScenarioFile(path: string): Scenario {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    // The command line checks the file first (src/cli/input-files.ts); this is the file changing under it.
    throw new ScenarioError({ kind: 'file_unreadable', file: path });
  }
  return parseScenario(raw, path);
}

/** The edition with the scenario applied; a set that changes nothing in the edition is an error, never ignored. */
export function loadPolicyWithScenario(options: Omit<LoadPolicyOptions, 'overlay'>, scenario: Scenario | null): Policy {
  if (!scenario) return loadPolicy(options);
  const overlay = createOverlay(scenario);
  const policy = loadPolicy({ ...options, overlay: overlay.apply });
  const missed = overlay.unapplied();
  if (missed.length > 0) {
    throw new ScenarioError({ kind: 'keys_unapplied', edition: policy.edition, keys: missed.map((set) => set.key) });
  }
  return policy;
}
