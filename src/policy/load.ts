// Loads data/policies/<edition>/ into a validated, compiled Policy: every file checked with zod,
// every condition compiled against the roster vocabulary, every reading reference resolved.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import type { z } from 'zod';
import { formatFen, parseExactDecimal, type ExactDecimal, type Fen } from '../base/money.js';
import type { County, Person, Tier } from '../base/person.js';
import { compileCondition, compileConditionMask, ConditionError, type Condition } from './conditions.js';
import { DATA_DIR, DataFileError, displayPath, readDataFile, validateData } from './data-dir.js';
import { editionChain, editionFolders, editionsOfYear, readInherited, type EditionSpan } from './editions.js';
import * as schemas from './schemas.js';
import { compilePersonItem, decimalOf, yuanOf } from './person-items.js';
import type { AnnualItem, ClaimRule, ConditionMask, FundRule, ItemBase, ItemForm, OneOffGrantItem, PersonItem, Policy, Predicate, Reading, RightDefinition, UnitItem } from './types.js';
import { loadVocabulary, normaliseLabel } from './vocabulary.js';

export interface LoadPolicyOptions {
  /** Budget year: picks the editions in force in its months (unless `edition` names one). */
  year: number;
  /** One edition for the whole year (--policy). */
  edition?: string;
  /**
   * An edition folder anywhere (rencai test PATH): the year is priced by the timeline of that
   * edition and the editions it inherits.
   */
  editionDir?: string;
  /** A JSON file shaped like data/rent-rates.json, or a CSV of county,rent_per_m2, overriding the bundled rates. */
  rentRatesFile?: string;
  /** Changes a data file's raw JSON before validation (src/policy/scenario.ts); `file` is relative to the edition, or "rent-rates.json". */
  overlay?: (file: string, raw: unknown) => unknown;
}

export const POLICIES_DIR = join(DATA_DIR, 'policies');

interface EditionFolder {
  edition: string;
  effective: string;
  label: { zh: string; en: string };
  dir: string;
}

/** edition.json of an edition folder, read through its chain and validated; its `edition` must be the folder's name. */
function readEditionFolder(dir: string): EditionFolder {
  const chain = editionChain(dir, [POLICIES_DIR]);
  const shown = displayPath(join(dir, 'edition.json'));
  const data = validateData(shown, readInherited(chain, 'edition.json'), schemas.editionSchema);
  const folder = basename(dir);
  if (data.edition !== folder) throw new DataFileError(shown, [`edition: "${data.edition}" should be the folder's name "${folder}"`]);
  return { edition: data.edition, effective: data.effective, label: data.label, dir };
}

function bundledEditions(): EditionFolder[] {
  return editionFolders(POLICIES_DIR).map((entry) => readEditionFolder(entry.dir)).sort((a, b) => a.effective.localeCompare(b.effective));
}

export function listEditions(): { edition: string; effective: string; label: { zh: string; en: string } }[] {
  return bundledEditions().map(({ edition, effective, label }) => ({ edition, effective, label }));
}

/** The latest edition in force at some time during the year; before the first edition, the first. */
export function editionForYear(year: number): string {
  const spans = editionsOfYear(bundledEditions(), year);
  const chosen = spans[spans.length - 1];
  if (!chosen) throw new DataFileError('data/policies', ['no policy edition found']);
  return chosen.edition;
}

/** The editions a budget year uses, each with the months it is in force (`rencai policy --year`). */
export function timelineOfYear(year: number, editionDir?: string): (EditionSpan & { effective: string; label: { zh: string; en: string } })[] {
  const editions = editionsFor(editionDir);
  return editionsOfYear(editions, year).map((span) => {
    const edition = editions.find((entry) => entry.edition === span.edition)!;
    return { ...span, effective: edition.effective, label: edition.label };
  });
}

/** The editions a timeline is made of: an edition folder's chain, or every bundled edition. */
function editionsFor(editionDir: string | undefined): EditionFolder[] {
  if (editionDir === undefined) return bundledEditions();
  return editionChain(resolve(editionDir), [POLICIES_DIR]).map(readEditionFolder);
}

export function monthOfDate(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

function loadFund(data: z.infer<typeof schemas.fundSchema>): FundRule {
  return {
    clause: data.clause, label: data.label, share: decimalOf(data.share), levels: data.levels,
    firstYear: Number(data.effective.slice(0, 4)), lastYear: Number(data.expires.slice(0, 4)),
    reading: data.reading ?? null, text: data.text,
  };
}

/**
 * The policy of a budget year. When one edition is in force all year (or `edition` names one), that
 * edition; when the year spans editions, the last of them with `segments`: each edition with the
 * months it is in force, by which the engine prices each month and each grant.
 */
export function loadPolicy(options: LoadPolicyOptions): Policy {
  let spans: EditionSpan[];
  let dirOf: (edition: string) => string;
  if (options.edition !== undefined && options.editionDir === undefined) {
    const dir = join(POLICIES_DIR, options.edition);
    if (!existsSync(join(dir, 'edition.json'))) {
      const known = listEditions().map((entry) => entry.edition).join(', ');
      throw new DataFileError(`data/policies/${options.edition}`, [`没有这个政策版本（已有：${known}）`]);
    }
    spans = [{ edition: options.edition, first: options.year * 12, last: options.year * 12 + 11 }];
    dirOf = () => dir;
  } else {
    const editions = editionsFor(options.editionDir);
    if (editions.length === 0) throw new DataFileError('data/policies', ['no policy edition found']);
    spans = editionsOfYear(editions, options.year);
    dirOf = (edition) => editions.find((entry) => entry.edition === edition)!.dir;
  }
  const policies = spans.map((span) => loadEdition(dirOf(span.edition), options));
  const last = policies[policies.length - 1]!;
  if (policies.length === 1) return last;
  const itemLabels = new Map<string, { clause: string; label: ItemBase['label']; category: 'cash' | 'tax' }>();
  for (const policy of policies) for (const [code, entry] of policy.itemLabels) itemLabels.set(code, entry);
  return { ...last, itemLabels, segments: spans.map((span, index) => ({ edition: span.edition, first: span.first, last: span.last, policy: policies[index]! })) };
}

/** One edition folder, read through the editions it inherits, validated and compiled. */
function loadEdition(dir: string, options: LoadPolicyOptions): Policy {
  const edition = basename(dir);
  const chain = editionChain(dir, [POLICIES_DIR]);
  const overlay = options.overlay;
  const file = <T>(name: string, schema: z.ZodType<T>) => {
    const relative = name.split(sep).join('/');
    const raw = readInherited(chain, relative);
    const shown = displayPath(join(dir, name));
    if (raw === undefined) throw new DataFileError(shown, ['文件不存在（本版本及其继承的版本中都没有）']);
    return validateData(shown, raw, schema, overlay && ((value) => overlay(relative, value)));
  };
  const vocabulary = loadVocabulary();

  const editionData = file('edition.json', schemas.editionSchema);
  const readingsData = file('readings.json', schemas.readingsSchema);
  const readings = new Map<string, Reading>(readingsData.readings.map((reading) => [reading.id, reading]));
  const checkReading = (where: string, id: string | undefined) => {
    if (id !== undefined && !readings.has(id)) throw new DataFileError(`data/policies/${edition}/${where}`, [`reading "${id}" is not in readings.json`]);
  };

  const tiersData = file('tiers.json', schemas.tiersSchema);
  const conditionsData = file('conditions.json', schemas.conditionsSchema);
  const named = new Map<string, Condition>(Object.entries(conditionsData.conditions).map(([name, entry]) => [name, entry.when]));
  for (const [name, entry] of Object.entries(conditionsData.conditions)) checkReading(`conditions.json: ${name}`, entry.reading);

  const tierPredicates = new Map<Tier, Predicate>();
  const meetsTier = (person: Person, tier: Tier) => tierPredicates.get(tier)?.(person) ?? false;
  const context = { vocabulary, named, tiers: new Map(tiersData.tiers.map((entry) => [entry.tier, entry.when])) };
  const dataError = <T>(where: string, build: () => T): T => {
    try {
      return build();
    } catch (error) {
      if (error instanceof ConditionError) throw new DataFileError(`data/policies/${edition}/${where}`, [error.message]);
      throw error;
    }
  };
  const compile = (where: string, condition: Condition): Predicate => dataError(where, () => compileCondition(condition, context));
  const compileMask = (where: string, conditions: readonly Condition[]): ConditionMask => dataError(where, () => compileConditionMask(conditions, context));
  const tiers = tiersData.tiers.map((entry, index) => {
    const when = compile(`tiers.json: tiers.${index}.when`, entry.when);
    tierPredicates.set(entry.tier, when);
    return { tier: entry.tier, label: entry.label, when };
  });

  const base = (data: Pick<ItemBase, 'item' | 'category' | 'clause' | 'label' | 'effective' | 'text' | 'payer'>, where: string, form: ItemForm, kind: ItemBase['kind']): ItemBase => {
    checkReading(where, data.payer.reading);
    return { item: data.item, category: data.category, clause: data.clause, label: data.label, kind, form, effective: data.effective, effectiveMonth: monthOfDate(data.effective), text: data.text, payer: data.payer };
  };
  const itemFile = <T extends { item: string }>(code: string, schema: z.ZodType<T>, folder = 'items') => {
    const where = `${folder}/${code}.json`;
    const data = file(join(folder, `${code}.json`), schema);
    if (data.item !== code) throw new DataFileError(`data/policies/${edition}/${where}`, [`item: "${data.item}" should be "${code}"`]);
    return { data, where };
  };

  // Every person item, whatever its kind: the kind in its file says how it compiles.
  const items = [...editionData.items, ...editionData.monthly].map((code): PersonItem => {
    const { data, where } = itemFile(code, schemas.personItemSchema);
    return compilePersonItem(data, where, { base, compile, compileMask, checkReading });
  });
  const lineLabels = new Map<string, ItemBase['label']>();
  for (const item of items) if (item.form === 'monthly_highest_line') for (const line of item.lines) lineLabels.set(line.id, line.label);
  const grants = editionData.grants.map((code): OneOffGrantItem => {
    const { data, where } = itemFile(code, schemas.oneOffGrantSchema);
    [data.introReading, data.perHonor?.reading, data.amountReading].forEach((id) => checkReading(where, id));
    for (const honor of data.newHonors ?? []) {
      if (!vocabulary.codesOf('honors').includes(honor)) throw new DataFileError(`data/policies/${edition}/${where}`, [`newHonors: unknown honour code "${honor}"`]);
    }
    return {
      ...base(data, where, 'one_off_grant', 'one_off'), form: 'one_off_grant',
      introModes: data.introModes ?? null,
      introReading: data.introReading ?? null,
      when: data.when ? compile(`${where}: when`, data.when) : null,
      newHonors: data.newHonors ?? null,
      perHonorReading: data.perHonor?.reading ?? null,
      claim: data.claim ?? null,
      claimRequired: data.claimRequired ?? (!data.when && !data.newHonors),
      amount: data.amount ? yuanOf(data.amount) : null,
      range: data.range ? { low: yuanOf(data.range.low), high: data.range.high === null ? null : yuanOf(data.range.high) } : null,
      matchShare: data.matchShare ? decimalOf(data.matchShare) : null,
      grantedAt: data.grantedAt,
      amountReading: data.amountReading ?? null,
    };
  });
  const annual = editionData.annual.map((code): AnnualItem => {
    const { data, where } = itemFile(code, schemas.annualItemSchema);
    const readingIds = [data.yearsReading, data.turnoverReading, data.categoryReading].filter((id): id is string => id !== undefined);
    readingIds.forEach((id) => checkReading(where, id));
    return {
      ...base(data, where, 'annual', 'annual'), form: 'annual',
      when: data.when ? compile(`${where}: when`, data.when) : null,
      claim: data.claim ?? null,
      amountPerYear: data.amountPerYear ? yuanOf(data.amountPerYear) : null,
      maxYears: data.maxYears ?? null,
      readingIds,
    };
  });
  const unitItems = editionData.unitItems.map((code): UnitItem => {
    const { data, where } = itemFile(code, schemas.unitItemSchema, 'units');
    checkReading(where, data.amountReading);
    for (const type of data.unitTypes) {
      if (!vocabulary.codesOf('unit_type').includes(type)) throw new DataFileError(`data/policies/${edition}/${where}`, [`unitTypes: unknown unit type "${type}"`]);
    }
    return {
      ...base(data, where, 'unit', 'one_off'), form: 'unit',
      unitTypes: data.unitTypes,
      claim: data.claim ?? null,
      claimRange: data.claimRange ? { low: yuanOf(data.claimRange.low), high: yuanOf(data.claimRange.high) } : null,
      matchShare: data.matchShare ? decimalOf(data.matchShare) : null,
      amount: data.amount ? yuanOf(data.amount) : null,
      range: data.range ? { low: yuanOf(data.range.low), high: data.range.high === null ? null : yuanOf(data.range.high) } : null,
      amountReading: data.amountReading ?? null,
      approvedFromMonth: data.approvedFrom ? monthOfDate(data.approvedFrom) : null,
      rejectOutsideRange: data.outsideRange === 'reject',
    };
  });
  const claimRules = existsSync(join(dir, 'claim-rules.json'))
    ? loadClaimRules(file('claim-rules.json', schemas.claimRulesSchema), { grants, annual, labels: [...items, ...grants, ...annual], compile, checkReading })
    : [];
  const declineRules = new Map<string, ClaimRule[]>();
  for (const rule of claimRules) if (rule.outcome === 'decline') declineRules.set(rule.item, [...(declineRules.get(rule.item) ?? []), rule]);
  const rightsData = file('rights.json', schemas.rightsSchema).rights;
  const rights = rightsData.map((right, index): RightDefinition => {
    checkReading(`rights.json: rights.${index}`, right.reading);
    return { id: right.id, clause: right.clause, label: right.label, description: right.description, reading: right.reading ?? null, when: compile(`rights.json: rights.${index}.when`, right.when) };
  });
  const fund = readInherited(chain, 'fund.json') !== undefined ? loadFund(file('fund.json', schemas.fundSchema)) : null;
  if (fund) checkReading('fund.json', fund.reading ?? undefined);
  const itemLabels = new Map<string, { clause: string; label: ItemBase['label']; category: 'cash' | 'tax' }>();
  for (const entry of [...items, ...grants, ...annual, ...unitItems]) itemLabels.set(entry.item, { clause: entry.clause, label: entry.label, category: entry.category });

  const payersData = file('payers.json', schemas.payersSchema);
  checkReading('payers.json', payersData.sameLevelFinance.reading);
  for (const type of vocabulary.codesOf('employer_type')) {
    if (!payersData.byEmployerType[type]) throw new DataFileError(`data/policies/${edition}/payers.json`, [`byEmployerType: no rule for "${type}"`]);
  }
  checkReading('edition.json', editionData.oneOffBeforeEffective.reading);

  return {
    edition: editionData.edition,
    label: editionData.label,
    effective: editionData.effective,
    effectiveMonth: monthOfDate(editionData.effective),
    oneOffBeforeEffective: editionData.oneOffBeforeEffective,
    tiersClause: tiersData.clause,
    tiers,
    meetsTier,
    tiersMet: compileMask('tiers.json: tiers', tiersData.tiers.map((entry) => entry.when)),
    items,
    lineLabels,
    grants,
    annual,
    rights,
    rightsMet: compileMask('rights.json: rights', rightsData.map((right) => right.when)),
    unitItems,
    claimRules,
    rejectRules: claimRules.filter((rule) => rule.outcome === 'reject'),
    declineRules,
    itemLabels,
    fund,
    payers: {
      byEmployerType: payersData.byEmployerType,
      sameLevelFinance: { city: payersData.sameLevelFinance.city, county: payersData.sameLevelFinance.county },
      sameLevelReading: payersData.sameLevelFinance.reading,
      splitRounding: payersData.splitRounding,
    },
    readings,
    rentRates: loadRentRates(options.rentRatesFile, overlay),
  };
}

interface ClaimRuleContext {
  grants: readonly OneOffGrantItem[];
  annual: readonly AnnualItem[];
  labels: readonly ItemBase[];
  compile(where: string, condition: Condition): Predicate;
  checkReading(where: string, id: string | undefined): void;
}

/** "不低于2000元" / "在1000000–5000000元之间": the item's own range, as the rule made from it says it. */
function rangeLabel(range: { low: Fen; high: Fen | null }): { zh: string; en: string } {
  const low = formatFen(range.low);
  if (range.high === null) return { zh: `不低于 ${low} 元`, en: `at least ${low} yuan` };
  const high = formatFen(range.high);
  return { zh: `在 ${low}–${high} 元之间`, en: `between ${low} and ${high} yuan` };
}

/** claim-rules.json → the edition's claim rules, each compiled, with the range rules made from the items' ranges. */
function loadClaimRules(data: z.infer<typeof schemas.claimRulesSchema>, context: ClaimRuleContext): ClaimRule[] {
  const rules: ClaimRule[] = [];
  for (const [code, entry] of Object.entries(data.items)) {
    const where = `claim-rules.json: items.${code}`;
    const item = context.labels.find((candidate) => candidate.item === code);
    if (!item) throw new DataFileError(`data/policies/${where}`, [`"${code}" is not an item of this edition`]);
    const claimedBy = context.compile(`${where}.claimedBy`, entry.claimedBy);
    if (entry.amountOutsideRange) {
      const grant = context.grants.find((candidate) => candidate.item === code);
      if (!grant?.claim || !grant.range) throw new DataFileError(`data/policies/${where}`, ['amountOutsideRange: the item has no claimed amount with a range']);
      const range = grant.range;
      const bounds = rangeLabel(range);
      rules.push({
        id: `${code}_amount_in_range`, item: code, clause: grant.clause, outcome: 'reject', column: grant.claim,
        label: { zh: `${grant.label.zh}（${grant.clause}）的金额须${bounds.zh}`, en: `${grant.label.en} (${grant.clause}) must be ${bounds.en}` },
        allowed: null, reading: null, claimedBy,
        when: context.compile(`${where}.amountOutsideRange`, {
          amount: grant.claim, atLeast: formatFen(range.low), ...(range.high === null ? {} : { atMost: formatFen(range.high) }),
        }),
      });
    }
    entry.rules.forEach((rule, index) => {
      context.checkReading(`${where}.rules.${index}`, rule.reading);
      rules.push({
        id: rule.id, item: code, clause: item.clause, outcome: rule.outcome, column: rule.column ?? null,
        label: rule.label, allowed: rule.allowed ?? null, reading: rule.reading ?? null, claimedBy,
        when: context.compile(`${where}.rules.${index}.when`, rule.when),
      });
    });
  }
  return rules;
}

/** Bundled rates, overridden county by county by an office's file (JSON like data/rent-rates.json, or CSV county,rent_per_m2). */
export function loadRentRates(overrideFile?: string, overlay?: LoadPolicyOptions['overlay']): Record<County, ExactDecimal | null> {
  const vocabulary = loadVocabulary();
  const rates = {} as Record<County, ExactDecimal | null>;
  for (const county of vocabulary.codesOf('county') as County[]) rates[county] = null;
  const apply = (source: string, entries: Record<string, string | null>) => {
    for (const [key, value] of Object.entries(entries)) {
      const county = vocabulary.lookup('county', key) as County | null;
      if (!county) throw new DataFileError(source, [`"${key}" 不是县区代码或名称（${vocabulary.codesOf('county').join('、')}）`]);
      if (value === null || value === '') continue;
      const rate = parseExactDecimal(value);
      if (!rate || rate.numerator === 0) throw new DataFileError(source, [`${key}: "${value}" 不是大于0的租金（元/平方米/月）`]);
      rates[county] = rate;
    }
  };
  apply('data/rent-rates.json', readDataFile(join(DATA_DIR, 'rent-rates.json'), schemas.rentRatesSchema, overlay && ((raw) => overlay('rent-rates.json', raw))).rates);
  if (overrideFile) apply(overrideFile, readRentRatesOverride(overrideFile));
  return rates;
}

function readRentRatesOverride(path: string): Record<string, string | null> {
  if (!path.toLowerCase().endsWith('.csv')) {
    const raw = readDataFile(path, schemas.rentRatesSchema.or(schemas.rentRatesSchema.shape.rates));
    return 'rates' in raw && typeof raw.rates === 'object' && raw.rates !== null ? (raw.rates as Record<string, string | null>) : (raw as Record<string, string | null>);
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new DataFileError(path, [error instanceof Error ? error.message : String(error)]);
  }
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '');
  const entries: Record<string, string | null> = {};
  lines.forEach((line, index) => {
    const [county = '', rate = ''] = line.split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
    const isHeader = index === 0 && loadVocabulary().lookup('county', county) === null && ['county', '县区', '所在县区'].includes(normaliseLabel(county));
    if (!isHeader) entries[county] = rate;
  });
  return entries;
}
