// `--format jsonl` and `--reasons full|ids|none` (issue #18): the same people, rejections and roll-up
// as `--format json`, one object a line with a `type`, and reasons carried as the run asks.
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, FIXTURES, rencai, requireBuild, type RosterJson } from './helpers.js';

beforeAll(requireBuild);

type Item = { item: string; reasons: string[] };
type Person = { row: number; id: string; items: Item[] };
type Line = { type: string } & Record<string, unknown>;

type Json = Omit<RosterJson, 'people'> & { people: Person[]; reasonTexts?: { id: string; text: string }[] };
const json = (args: string[]) => JSON.parse(rencai(['roster', ...args, '--year', '2014', '--format', 'json']).stdout) as Json;
const jsonl = (args: string[]) => rencai(['roster', ...args, '--year', '2014', '--format', 'jsonl']).stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Line);

describe('--format jsonl', () => {
  it('writes each person, then each rejected row, then one roll-up line, each a JSON object with its type', () => {
    const roster = `${FIXTURES}/bad-rows.csv`;
    const lines = jsonl([roster]);
    const whole = json([roster]);
    const types = lines.map((line) => line.type);
    // people first, rejected rows next, the roll-up last and once
    expect(types.join(',')).toMatch(/^(person,)*(rejected,)*rollup$/);
    const people = lines.filter((line) => line.type === 'person').map(({ type: _type, ...rest }) => rest);
    const rejected = lines.filter((line) => line.type === 'rejected').map(({ type: _type, ...rest }) => rest);
    const rollup = lines[lines.length - 1] as Line & Pick<RosterJson, 'rollup' | 'summary'>;
    expect(people).toEqual(whole.people);
    expect(rejected).toEqual(whole.rejected);
    expect(rejected.length).toBeGreaterThan(0);
    expect(rollup.rollup).toEqual(whole.rollup);
    expect(rollup.summary).toEqual(whole.summary);
    expect(rollup).toMatchObject({ policy: 'lps-2013', year: 2014 });
  });
});

describe('--reasons', () => {
  it('ids gives every reason an id whose sentence in reasonTexts is the full run\'s sentence at that place', () => {
    const full = json([EXAMPLE]);
    const ids = json([EXAMPLE, '--reasons', 'ids']);
    const text = new Map(ids.reasonTexts?.map((entry) => [entry.id, entry.text]));
    expect(text.size).toBeGreaterThan(0);
    const resolved = ids.people.map((person) => ({ ...person, items: person.items.map((item) => ({ ...item, reasons: item.reasons.map((id: string) => text.get(id)) })) }));
    expect(resolved).toEqual(full.people);
    expect(ids.rollup).toEqual(full.rollup);
  });

  it('none leaves every reasons list empty and changes no amount', () => {
    const full = json([EXAMPLE]);
    const none = json([EXAMPLE, '--reasons', 'none']);
    expect(none.people.flatMap((person) => person.items.flatMap((item) => item.reasons))).toEqual([]);
    expect(none.people.map((person) => person.items.map((item) => item.item))).toEqual(full.people.map((person) => person.items.map((item) => item.item)));
    expect(none.rollup).toEqual(full.rollup);
    expect(none).not.toHaveProperty('reasonTexts');
  });

  it('full is the default: the same bytes as no --reasons', () => {
    const plain = rencai(['roster', EXAMPLE, '--year', '2014', '--format', 'json']).stdout;
    expect(rencai(['roster', EXAMPLE, '--year', '2014', '--format', 'json', '--reasons', 'full']).stdout).toBe(plain);
  });

  it('is refused with exit 2 for a format without reasons', () => {
    const run = rencai(['roster', EXAMPLE, '--year', '2014', '--format', 'csv', '--reasons', 'ids']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--reasons 只用于 JSON 格式');
  });
});
