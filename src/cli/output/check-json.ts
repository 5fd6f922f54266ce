// `rencai check --format json`: the person exactly as one entry of roster's `people` (the same
// personJson), with the run's `policy` and `year`, and — as additions — the readings it depends
// on and the near misses (the non-money rights are roster's own `rights`).
import { formatMonth } from '../../base/months.js';
import type { Person, PersonResult } from '../../engine/types.js';
import { createLabels } from '../../i18n/labels.js';
import type { Lang } from '../../i18n/lang.js';
import type { Policy } from '../../policy/types.js';
import { nearMisses } from '../../questionnaire/near-misses.js';
import { personJson } from './json.js';

export function checkJson(person: Person, result: PersonResult, year: number, policy: Policy, lang: Lang): Record<string, unknown> {
  const info = { policy, year, labels: createLabels(policy, lang), passthrough: [] };
  // A window person has no roster line: `row` is null, every other field is roster's own.
  const entry = personJson({ row: 0, person, result, extra: [] }, info);
  const readingIds = [...new Set([...result.items.flatMap((item) => item.readings), ...(result.declined ?? []).flatMap((claim) => claim.readings)])].sort();
  return {
    policy: policy.edition,
    year,
    ...(policy.segments ? { editions: policy.segments.map((segment) => ({ edition: segment.edition, from: formatMonth(segment.first), to: formatMonth(segment.last) })) } : {}),
    ...entry,
    row: null,
    readings: readingIds.map((id) => {
      const reading = policy.readings.get(id);
      return { id, clause: reading?.clause ?? null, text: reading ? reading[lang] : null };
    }),
    nearMisses: nearMisses(person, result, year, policy, lang).map((miss) => ({ id: miss.id, tier: miss.tier, total: miss.total, gain: miss.gain, text: miss.text })),
  };
}
