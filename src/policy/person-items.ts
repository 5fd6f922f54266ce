// How each person kind of item compiles: a validated item file (schemas.ts personItemSchema) to the
// item the engine computes. One case per kind; nothing here knows an item by its code.
import type { z } from 'zod';
import { parseExactDecimal, parseYuan, type ExactDecimal, type Fen } from '../base/money.js';
import type { Tier } from '../base/person.js';
import type { Condition } from './conditions.js';
import type * as schemas from './schemas.js';
import type { ConditionMask, ItemBase, ItemForm, PersonItem, Predicate, ReadingsFor } from './types.js';

export function yuanOf(text: string): Fen {
  const fen = parseYuan(text);
  if (fen === null) throw new Error(`not an amount: ${text}`);
  return fen;
}

export function decimalOf(text: string): ExactDecimal {
  const value = parseExactDecimal(text);
  if (value === null) throw new Error(`not a decimal: ${text}`);
  return value;
}

function mapTiers<T, U>(record: Partial<Record<Tier, T>>, map: (value: T) => U): Partial<Record<Tier, U>> {
  const out: Partial<Record<Tier, U>> = {};
  for (const [tier, value] of Object.entries(record) as [Tier, T][]) out[tier] = map(value);
  return out;
}

/** What compiling an item needs from the edition being loaded. */
export interface ItemCompiler {
  /** The fields every item has, `where` naming the file in messages. */
  base(data: z.infer<typeof schemas.personItemSchema>, where: string, form: ItemForm, kind: ItemBase['kind']): ItemBase;
  compile(where: string, condition: Condition): Predicate;
  compileMask(where: string, conditions: readonly Condition[]): ConditionMask;
  checkReading(where: string, id: string | undefined): void;
  /** The readings a condition depends on through the choices it reaches (reading-choices.ts). */
  readingsFor(condition: Condition): ReadingsFor | null;
}

export function compilePersonItem(data: z.infer<typeof schemas.personItemSchema>, where: string, compiler: ItemCompiler): PersonItem {
  const { base, compile, compileMask, checkReading, readingsFor } = compiler;
  switch (data.kind) {
    case 'one_off_by_tier':
      checkReading(where, data.housingReformExcludes?.reading);
      return {
        ...base(data, where, data.kind, 'one_off'), form: data.kind,
        introModes: data.introModes,
        housingReformExcludes: data.housingReformExcludes ?? null,
        amountByTier: mapTiers(data.amountByTier, yuanOf),
        tiersPaid: data.tiersPaid ?? 'highest',
      };
    case 'monthly_by_tier_rate':
      checkReading(where, data.rate.reading);
      return {
        ...base(data, where, data.kind, 'monthly'), form: data.kind,
        introModes: data.introModes,
        areaM2ByTier: mapTiers(data.areaM2ByTier, decimalOf),
        rounding: data.rounding,
        rateReading: data.rate.reading,
      };
    case 'monthly_fixed':
      checkReading(where, data.reading);
      return {
        ...base(data, where, data.kind, 'monthly'), form: data.kind,
        introModes: data.introModes ?? null,
        when: compile(`${where}: when`, data.when),
        monthly: yuanOf(data.monthly),
        maxMonths: data.maxMonths ?? null,
        reading: data.reading ?? null,
        words: data.words ?? null,
      };
    case 'monthly_highest_line':
      checkReading(where, data.flexible.reading);
      return {
        ...base(data, where, data.kind, 'monthly'), form: data.kind,
        introModes: data.introModes,
        flexible: data.flexible,
        lines: data.lines.map((line, index) => {
          checkReading(`${where}: lines.${index}`, line.reading);
          return { id: line.id, label: line.label, monthly: yuanOf(line.monthly), reading: line.reading, when: compile(`${where}: lines.${index}.when`, line.when), readingsFor: readingsFor(line.when) };
        }),
        linesMet: compileMask(`${where}: lines`, data.lines.map((line) => line.when)),
      };
    case 'monthly_share':
      checkReading(where, data.whoReading);
      return {
        ...base(data, where, data.kind, 'monthly'), form: data.kind,
        when: compile(`${where}: when`, data.when),
        whoReading: data.whoReading ?? null,
        shareOfBaseSalary: decimalOf(data.shareOfBaseSalary),
        rounding: data.rounding,
        words: data.words ?? null,
      };
  }
}
