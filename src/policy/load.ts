// Loads data/policies/<edition>/ into a validated, compiled Policy: every file checked with zod,
// every condition compiled against the roster vocabulary, every reading reference resolved. Which
// editions a year uses is edition-index.ts; the claim rules and the rent rates have their own files.
import { existsSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import type { z } from 'zod';
import type { Person, Tier } from '../base/person.js';
import { loadClaimRules } from './claim-rules-load.js';
import { compileColumnRules } from './column-rules.js';
import { compileCondition, compileConditionMask, ConditionError, type Condition } from './conditions.js';
import { DataFileError, displayPath, validateData } from './data-dir.js';
import { editionsFor, listEditions, monthOfDate, POLICIES_DIR } from './edition-index.js';
import { editionChain, editionsOfYear, readInherited, type EditionSpan } from './editions.js';
import { choiceConditionsOf, readingsFor, readingsIn, readingsUnder, resolveFile, type ChoiceUse, type ReadingChoice } from './reading-choices.js';
import { compileFund } from './fund-rule.js';
import { loadRentRates } from './rent-rates.js';
import * as schemas from './schemas.js';
import { compilePersonItem, decimalOf, yuanOf } from './person-items.js';
import type { AnnualItem, ClaimRule, ConditionMask, ItemBase, ItemForm, OneOffGrantItem, PersonItem, Policy, Predicate, ReadingsFor, RightDefinition, UnitItem } from './types.js';
import { loadVocabulary } from './vocabulary.js';

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

/**
 * The latest bundled edition, alone: the rules a roster row is checked by when no budget year has picked an
 * edition yet (rencai validate), the same edition the rules between columns are read from.
 */
export function loadLatestPolicy(): Policy {
  return loadPolicy(latestEdition());
}

/** The latest bundled edition and its first year: what `validate` loads, with a scenario when one is given. */
export function latestEdition(): { year: number; edition: string } {
  const editions = editionsFor(undefined);
  const latest = editions[editions.length - 1];
  if (!latest) throw new DataFileError('data/policies', ['no policy edition found']);
  return { year: Number(latest.effective.slice(0, 4)), edition: latest.edition };
}

/** One edition folder, read through the editions it inherits, validated and compiled. */
function loadEdition(dir: string, options: LoadPolicyOptions): Policy {
  const edition = basename(dir);
  const chain = editionChain(dir, [POLICIES_DIR]);
  const overlay = options.overlay;
  // The readings with alternatives, once readings.json is read: every later file's byReading nodes take the choice.
  let choices: ReadonlyMap<string, ReadingChoice> | null = null;
  const choiceUses = new Map<string, ChoiceUse[]>();
  const file = <T>(name: string, schema: z.ZodType<T>) => {
    const relative = name.split(sep).join('/');
    const raw = readInherited(chain, relative);
    const shown = displayPath(join(dir, name));
    if (raw === undefined) throw new DataFileError(shown, ['文件不存在（本版本及其继承的版本中都没有）']);
    return validateData(shown, raw, schema, (value) => {
      const changed = overlay ? overlay(relative, value) : value;
      if (choices === null) return changed;
      const { resolved, uses } = resolveFile(changed, choices, shown);
      choiceUses.set(relative, uses);
      return resolved;
    });
  };
  const vocabulary = loadVocabulary();

  const editionData = file('edition.json', schemas.editionSchema);
  const readingsData = file('readings.json', schemas.readingsSchema);
  const { readings, choices: inForce } = readingsIn(readingsData.readings);
  choices = inForce;
  // Where each reading is named, so `rencai policy readings` says which data a change of it would reach.
  const readingUses = new Map<string, string[]>();
  const checkReading = (where: string, id: string | undefined) => {
    if (id === undefined) return;
    if (!readings.has(id)) throw new DataFileError(`data/policies/${edition}/${where}`, [`reading "${id}" is not in readings.json`]);
    const uses = readingUses.get(id) ?? [];
    if (!uses.includes(where)) uses.push(where);
    readingUses.set(id, uses);
  };

  const tiersData = file('tiers.json', schemas.tiersSchema);
  const conditionsData = file('conditions.json', schemas.conditionsSchema);
  const named = new Map<string, Condition>(Object.entries(conditionsData.conditions).map(([name, entry]) => [name, entry.when]));
  for (const [name, entry] of Object.entries(conditionsData.conditions)) checkReading(`conditions.json: ${name}`, entry.reading);
  // Items carry the choices of their own file; tiers and lines those of the named conditions they reach.
  const usesOf = (relative: string) => choiceUses.get(relative) ?? [];

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
  const choiceConditions = choiceConditionsOf(named.keys(), usesOf('conditions.json'), (name) => compile(`conditions.json: ${name}`, { ref: name }));
  const readingsOf = (condition: Condition, own: readonly string[] = []) => readingsFor(condition, own, choiceConditions, named, context.tiers);
  const tierReadings: Partial<Record<Tier, ReadingsFor>> = {};
  const tiers = tiersData.tiers.map((entry, index) => {
    const when = compile(`tiers.json: tiers.${index}.when`, entry.when);
    tierPredicates.set(entry.tier, when);
    const readingsFor = readingsOf(entry.when, readingsUnder(usesOf('tiers.json'), ['tiers', index]));
    if (readingsFor) tierReadings[entry.tier] = readingsFor;
    return { tier: entry.tier, label: entry.label, when };
  });

  const base = (data: Pick<ItemBase, 'item' | 'category' | 'clause' | 'label' | 'effective' | 'text' | 'payer'>, where: string, form: ItemForm, kind: ItemBase['kind']): ItemBase => {
    checkReading(where, data.payer.reading);
    return { item: data.item, category: data.category, clause: data.clause, label: data.label, kind, form, effective: data.effective, effectiveMonth: monthOfDate(data.effective), text: data.text, payer: data.payer, readings: readingsUnder(usesOf(where), []) };
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
    return compilePersonItem(data, where, { base, compile, compileMask, checkReading, readingsFor: (condition) => readingsOf(condition) });
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
    checkReading(where, data.amountReading);
    return {
      ...base(data, where, 'annual', 'annual'), form: 'annual',
      when: data.when ? compile(`${where}: when`, data.when) : null,
      claim: data.claim ?? null,
      amountPerYear: data.amountPerYear ? yuanOf(data.amountPerYear) : null,
      maxYears: data.maxYears ?? null,
      readingIds,
      amountReading: data.amountReading ?? null,
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
  // Read through the chain like every other file: an inheriting edition without its own keeps its parent's rules.
  const claimRules = readInherited(chain, 'claim-rules.json') !== undefined
    ? loadClaimRules(file('claim-rules.json', schemas.claimRulesSchema), { grants, annual, labels: [...items, ...grants, ...annual], compile, checkReading })
    : [];
  const declineRules = new Map<string, ClaimRule[]>();
  for (const rule of claimRules) if (rule.outcome === 'decline') declineRules.set(rule.item, [...(declineRules.get(rule.item) ?? []), rule]);
  const columnRules = readInherited(chain, 'column-rules.json') !== undefined
    ? compileColumnRules(file('column-rules.json', schemas.columnRulesSchema), displayPath(join(dir, 'column-rules.json')))
    : [];
  const rightsData = file('rights.json', schemas.rightsSchema).rights;
  const rights = rightsData.map((right, index): RightDefinition => {
    checkReading(`rights.json: ${right.id}`, right.reading);
    return { id: right.id, clause: right.clause, label: right.label, description: right.description, reading: right.reading ?? null, when: compile(`rights.json: rights.${index}.when`, right.when) };
  });
  const fund = readInherited(chain, 'fund.json') !== undefined ? compileFund(file('fund.json', schemas.fundSchema)) : null;
  if (fund) checkReading('fund.json', fund.reading ?? undefined);
  const itemLabels = new Map<string, { clause: string; label: ItemBase['label']; category: 'cash' | 'tax' }>();
  for (const entry of [...items, ...grants, ...annual, ...unitItems]) itemLabels.set(entry.item, { clause: entry.clause, label: entry.label, category: entry.category });
  const employerItems = new Map<string, ItemBase['label']>();
  if (readInherited(chain, 'beneficiaries.json') !== undefined) {
    for (const entry of file('beneficiaries.json', schemas.beneficiariesSchema).employer) {
      if (!itemLabels.has(entry.item)) throw new DataFileError(`data/policies/${edition}/beneficiaries.json`, [`employer: unknown item "${entry.item}"`]);
      employerItems.set(entry.item, entry.reading);
    }
  }

  const payersData = file('payers.json', schemas.payersSchema);
  checkReading('payers.json', payersData.sameLevelFinance.reading);
  for (const type of vocabulary.codesOf('employer_type')) {
    if (!payersData.byEmployerType[type]) throw new DataFileError(`data/policies/${edition}/payers.json`, [`byEmployerType: no rule for "${type}"`]);
  }
  checkReading('edition.json', editionData.oneOffBeforeEffective.reading);
  // Where a choice was made is where its reading is used.
  for (const [relative, uses] of choiceUses) for (const use of uses) checkReading(`${relative}: ${use.path.join('.')}`, use.reading);

  return {
    edition: editionData.edition,
    label: editionData.label,
    effective: editionData.effective,
    effectiveMonth: monthOfDate(editionData.effective),
    oneOffBeforeEffective: editionData.oneOffBeforeEffective,
    issued: editionData.issued,
    tierTable: { clause: tiersData.clause, label: tiersData.label, effective: tiersData.effective },
    conditions: Object.entries(conditionsData.conditions).map(([name, entry]) => ({ name, label: entry.label, clause: entry.clause, reading: entry.reading ?? null })),
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
    columnRules,
    declineRules,
    itemLabels,
    fund,
    employerItems,
    payers: {
      byEmployerType: payersData.byEmployerType,
      sameLevelFinance: { city: payersData.sameLevelFinance.city, county: payersData.sameLevelFinance.county },
      sameLevelReading: payersData.sameLevelFinance.reading,
      splitRounding: payersData.splitRounding,
      clause: payersData.clause, label: payersData.label, effective: payersData.effective, text: payersData.text,
    },
    readings,
    tierReadings,
    readingUses,
    rentRates: loadRentRates(options.rentRatesFile, overlay),
  };
}

