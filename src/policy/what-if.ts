// Loads a policy edition with a scenario laid over its data, and reads scenario files.
import { readFileSync } from 'node:fs';
import { loadPolicy, type LoadPolicyOptions } from './load.js';
import { createOverlay, parseScenario, ScenarioError, type Scenario } from './scenario.js';
import type { Policy } from './types.js';

export function readScenarioFile(path: string): Scenario {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ScenarioError(`无法读取情景文件 ${path}：${error instanceof Error ? error.message : String(error)}`);
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
    throw new ScenarioError(`政策版本 ${policy.edition} 中没有这些键对应的数据文件：${missed.map((set) => set.key).join('、')}`);
  }
  return policy;
}
