import { computePerson } from '../../src/engine/index.js';
import { parseExactDecimal, parseYuan } from '../../src/base/money.js';
import { monthIndex } from '../../src/base/months.js';
import type { ItemResult, Person } from '../../src/engine/types.js';
import { loadPolicy } from '../../src/policy/load.js';

export const policy = loadPolicy({ year: 2014 });

/** "2014-07" → MonthIndex */
export function month(text: string): number {
  const [year, calendarMonth] = text.split('-').map(Number);
  return monthIndex(year ?? 0, calendarMonth ?? 0);
}

export interface PersonFacts extends Partial<Omit<Person, 'start' | 'end' | 'base_salary' | 'fiscal_share' | 'rent_per_m2'>> {
  start?: string;
  end?: string | null;
  base_salary?: string | null;
  fiscal_share?: string | null;
  rent_per_m2?: string | null;
}

/** A direct introduction to a city-level organ in the city, with nothing else, overridden by `facts`. */
export function person(facts: PersonFacts = {}): Person {
  const decimal = (text: string | null | undefined) => (text == null ? null : parseExactDecimal(text));
  return {
    id: facts.id ?? 'P',
    name: facts.name ?? null,
    honors: facts.honors ?? [],
    education: facts.education ?? 'none',
    degree: facts.degree ?? 'none',
    title: facts.title ?? 'none',
    skill: facts.skill ?? 'none',
    intro_mode: facts.intro_mode ?? 'direct',
    employer_type: facts.employer_type ?? 'organ',
    fiscal_share: decimal(facts.fiscal_share),
    employer_level: facts.employer_level ?? 'city',
    county: facts.county ?? null,
    work_level: facts.work_level ?? 'city',
    housing_reform: facts.housing_reform ?? false,
    base_salary: facts.base_salary == null ? null : parseYuan(facts.base_salary),
    start: month(facts.start ?? '2014-01'),
    end: facts.end == null ? null : month(facts.end),
    rent_per_m2: decimal(facts.rent_per_m2),
    fresh_graduate: facts.fresh_graduate ?? false,
  };
}

/** The person's items in `year`, keyed by item code, amounts as yuan text. */
export function itemsOf(facts: PersonFacts, year: number, withPolicy = policy): Record<string, ItemResult> {
  const result = computePerson(person(facts), year, withPolicy);
  return Object.fromEntries(result.items.map((item) => [item.item, item]));
}
