// Issue #14, "every reading can be switched from the command line in every command": a reading is
// data (readings.json), so `--set readings.<id>.zh=…` must reach each command that loads a policy.
// Readings carry only their text (no alternative value), so the text is what is switched here.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readings = (JSON.parse(readFileSync('data/policies/lps-2013/readings.json', 'utf8')) as { readings: { id: string }[] }).readings;
const run = (args: string[]) => spawnSync('node', ['bin/rencai.js', ...args], { encoding: 'utf8' });
const MARK = '换用的解读文字';

const commands: { name: string; args: string[]; echoes: boolean }[] = [
  { name: 'roster', args: ['roster', 'data/examples/roster.csv', '--year', '2014', '--format', 'json'], echoes: true },
  { name: 'units', args: ['units', 'data/examples/units.csv', '--year', '2014', '--format', 'json'], echoes: false },
  { name: 'budget', args: ['budget', '--people', 'data/examples/roster.csv', '--units', 'data/examples/units.csv', '--year', '2014', '--format', 'json'], echoes: false },
  { name: 'compare', args: ['compare', 'data/examples/roster.csv', '--year', '2014', '--format', 'json'], echoes: true },
  { name: 'explain', args: ['explain', 'data/examples/roster.csv', '--id', 'P001', '--year', '2014', '--format', 'json'], echoes: true },
  { name: 'check', args: ['check', '--answers', 'data/examples/person.json', '--year', '2014', '--format', 'json'], echoes: true },
];

describe('every reading can be switched from the command line', () => {
  it('the data has readings to switch', () => {
    expect(readings.length).toBeGreaterThan(0);
  });

  it.each(commands)('$name accepts --set of a reading, says it runs a scenario, and echoes the new text where it cites the reading', ({ args, echoes }) => {
    const result = run([...args, '--set', `readings.place_of_work_not_employer.zh=${MARK}`]);
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toContain('readings.place_of_work_not_employer.zh');
    if (echoes) expect(result.stdout).toContain(MARK);
  });

  it.each(readings.map((r) => r.id))('rencai policy readings shows the switched text of reading %s', (id) => {
    const out = execFileSync('node', ['bin/rencai.js', 'policy', 'readings', '--format', 'json', '--set', `readings.${id}.zh=${MARK}`], { encoding: 'utf8' });
    expect(out).toContain(MARK);
  });

  it('a reading id that is not in the data is a usage error (exit 2), not a silent no-op', () => {
    const result = run([...commands[0]!.args, '--set', `readings.no_such_reading.zh=${MARK}`]);
    expect(result.status).toBe(2);
  });
});
