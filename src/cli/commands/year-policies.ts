// The policies of a run's budget years (--year 2014 or 2014-2016): each year loaded as a one-year
// run loads it, with the editions in force in its months; and the one policy the formatters name
// (labels, order of items, the editions used), which for a range knows every year's items.
import type { YearPlan } from '../../budget/years.js';
import type { Policy, PolicySegment } from '../../policy/types.js';

/** What of a command's options the years need (RosterOptions has them). */
interface YearOptions {
  year: number;
  years?: readonly number[] | undefined;
}

export interface RunPolicies {
  plan: YearPlan;
  /** What the output names: a single year's own policy; for a range, the last year's knowing every year's item labels and editions. */
  policy: Policy;
}

/** `load(options, quiet)`: one year's policy as roster.ts loads it (passed in, so this file does not import the command). */
export async function loadYearPolicies<O extends YearOptions>(options: O, load: (options: O, quiet: boolean) => Promise<Policy>): Promise<RunPolicies> {
  const years = options.years ?? [options.year];
  const policies: Policy[] = [];
  // The what-if note is said once, not once per year.
  for (const [index, year] of years.entries()) policies.push(await load({ ...options, year }, index > 0));
  return { plan: { years, policies }, policy: rangePolicy(policies, years) };
}

/** The policy the output of a range names; a single year's is its own. */
export function rangePolicy(policies: readonly Policy[], years: readonly number[]): Policy {
  const last = policies[policies.length - 1]!;
  if (policies.length === 1) return last;
  const itemLabels = new Map<string, Policy['itemLabels'] extends ReadonlyMap<string, infer V> ? V : never>();
  for (const policy of policies) for (const [code, entry] of policy.itemLabels) itemLabels.set(code, entry);
  // The editions of the range, month by month: named only when more than one is used, as for a single year.
  const spans: PolicySegment[] = [];
  for (const [index, policy] of policies.entries()) {
    const year = years[index]!;
    for (const span of policy.segments ?? [{ edition: policy.edition, first: year * 12, last: year * 12 + 11, policy }]) {
      const previous = spans[spans.length - 1];
      if (previous && previous.edition === span.edition && previous.last + 1 === span.first) spans[spans.length - 1] = { ...previous, last: span.last };
      else spans.push(span);
    }
  }
  const editions = new Set(spans.map((span) => span.edition));
  const named: Policy = { ...last, itemLabels };
  if (editions.size > 1) named.segments = spans;
  else delete named.segments;
  return named;
}

