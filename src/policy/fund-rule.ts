// fund.json → the §22 fund's rule: its floor as a share of revenue, the levels it binds and its budget years,
// both ends of effective…expires counted.
import type { z } from 'zod';
import { decimalOf } from './person-items.js';
import type * as schemas from './schemas.js';
import type { FundRule } from './types.js';

export function compileFund(data: z.infer<typeof schemas.fundSchema>): FundRule {
  return {
    clause: data.clause, label: data.label, share: decimalOf(data.share), levels: data.levels,
    firstYear: Number(data.effective.slice(0, 4)), lastYear: Number(data.expires.slice(0, 4)),
    reading: data.reading ?? null, text: data.text,
  };
}
