// Readings between alternatives (readings.json `choice`): an office switches one with a single --set, every
// computing command follows it, `rencai policy readings` says which alternative is in force and how to switch,
// and a choice or a byReading node that names nothing is refused as data (exit 4), never ignored.
import { describe, expect, test } from 'vitest';
import { rencai } from './helpers.js';

const ROSTER = 'data/examples/roster.csv';
type Item = { item: string; amount: string | null; readings: string[] };
const purchaseOf = (stdout: string, id: string) => {
  const person = (JSON.parse(stdout) as { people: { id: string; items: Item[] }[] }).people.find((entry) => entry.id === id)!;
  return person.items.find((item) => item.item === 'housing_purchase')!;
};

describe('a reading with alternatives is one switch', () => {
  // P001 is an academician (tier A) who is also a doctor with 正高 (tiers E and F). §16: A 1,200,000, E 180,000,
  // F 60,000. One subsidy at the highest tier: 1,200,000; each tier met, added: 1,200,000 + 180,000 + 60,000 = 1,440,000.
  test('roster: the academician with a doctorate and 正高 is granted 1,200,000, or 1,440,000 when each tier met is paid', () => {
    const bundled = rencai(['roster', ROSTER, '--year', '2014', '--format', 'json']);
    const each = rencai(['roster', ROSTER, '--year', '2014', '--format', 'json', '--set', 'readings.housing_purchase_one_per_person.choice=each_tier']);
    expect(bundled.status).toBe(0);
    expect(each.status).toBe(0);
    expect(purchaseOf(bundled.stdout, 'P001')).toMatchObject({ amount: '1200000.00', readings: ['housing_purchase_one_per_person'] });
    expect(purchaseOf(each.stdout, 'P001')).toMatchObject({ amount: '1440000.00', readings: expect.arrayContaining(['housing_purchase_one_per_person', 'master_with_senior_title_or_higher']) });
    expect(each.stderr).toContain('修改了 1 项政策参数');
  }, 30_000);
  test('the reason names the tiers added in each language\'s own list: A、E、F in Chinese, A, E, F in English', () => {
    const set = ['--set', 'readings.housing_purchase_one_per_person.choice=each_tier'];
    expect(rencai(['roster', ROSTER, '--year', '2014', '--format', 'json', ...set]).stdout).toContain('符合 A、E、F 类的条件，各类标准相加 1440000.00 元');
    expect(rencai(['--lang', 'en', 'roster', ROSTER, '--year', '2014', '--format', 'json', ...set]).stdout).toContain('meets the conditions of tiers A, E, F: their standards added, 1440000.00 yuan');
  }, 30_000);

  test('rencai policy readings names the alternative in force and the key that switches it, in zh and en', () => {
    const zh = rencai(['policy', 'readings']);
    expect(zh.stdout).toContain('读法：highest_tier（现用）、each_tier；切换：--set readings.housing_purchase_one_per_person.choice=…');
    const en = rencai(['--lang', 'en', 'policy', 'readings', '--set', 'readings.from_2013_bases_only.choice=bases_and_studios']);
    expect(en.stdout).toContain('readings: bases_only, bases_and_studios (in force); switch with --set readings.from_2013_bases_only.choice=…');
    expect(en.stdout).toContain('the studios too must be approved on or after 2013-01-01');
  }, 30_000);

  test('a choice that is not one of the reading\'s alternatives is refused as data (exit 4)', () => {
    const run = rencai(['roster', ROSTER, '--year', '2014', '--set', 'readings.housing_purchase_one_per_person.choice=lowest_tier']);
    expect(run.status).toBe(4);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('readings.json');
  }, 30_000);

  test('a byReading node naming a reading without alternatives is refused as data (exit 4), with the file and the node', () => {
    const run = rencai(['--lang', 'en', 'roster', ROSTER, '--year', '2014', '--set', 'items.housing_purchase.tiersPaid.byReading=honor_reward_per_honor']);
    expect(run.status).toBe(4);
    expect(run.stderr).toContain('housing_purchase.json');
    expect(run.stderr).toContain('tiersPaid: byReading "honor_reward_per_honor" is not a reading with alternatives in readings.json, or the node has none');
    const zh = rencai(['roster', ROSTER, '--year', '2014', '--set', 'items.housing_purchase.tiersPaid.byReading=honor_reward_per_honor']);
    expect(zh.stderr).toContain('tiersPaid: byReading“honor_reward_per_honor”不是 readings.json 中有 alternatives 的解读');
  }, 30_000);
});
