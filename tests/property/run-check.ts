// `rencai check --answers FILE --format json`, in process, for the property tests that hold it to the
// roster: its stdout is the person's JSON. A refusal stays a CliError for the caller to read.
import { expect, vi } from 'vitest';
import { runCheck } from '../../src/cli/commands/check.js';

export async function checkJson(answersFile: string, year: number): Promise<Record<string, unknown>> {
  const printed: string[] = [];
  const capture = vi.spyOn(process.stdout, 'write').mockImplementation((text) => {
    printed.push(String(text));
    return true;
  });
  try {
    const status = await runCheck({ year, format: 'json', answers: answersFile, facts: {} }, 'zh');
    expect(status).toBe(0);
  } finally {
    capture.mockRestore();
  }
  return JSON.parse(printed.join('')) as Record<string, unknown>;
}
