// The pieces the data files' schemas are made of: codes, words, dates, money and decimals as the
// loader can read them exactly, clauses, and the rule that a list's entries are all different.
import { z } from 'zod';
import { parseExactDecimal, parseYuan } from '../base/money.js';

export const tier = z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
export const label = z.object({ zh: z.string().min(1), en: z.string().min(1) });
/** A day of the calendar: 2013-13-45 has the shape but is no day (an item effective on it would never apply). */
function isCalendarDay(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '应为 YYYY-MM-DD 格式的日期（a date written YYYY-MM-DD）', abort: true })
  .refine(isCalendarDay, '不是日历上的日期，月应为 01–12，日不超过当月天数（not a day of the calendar）');
/** What the loader can read exactly (parseExactDecimal): at most 10^13 as digits without the point; 99,999,999,999.99 yuan. */
const READABLE = '连同小数最多 13 位数字（at most 13 digits in all）';
export const yuan = z.string().regex(/^\d+(\.\d{1,2})?$/, { message: '应为以文本写的金额（元），最多两位小数，如 "1200000"、"0.50"（an amount in yuan as text, at most two decimals）', abort: true })
  .refine((text) => parseYuan(text) !== null, `金额过大，${READABLE}`);
export const decimal = z.string().regex(/^\d+(\.\d{1,6})?$/, { message: '应为以文本写的非负小数，如 "0.20"、"80"（a non-negative decimal as text）', abort: true })
  .refine((text) => parseExactDecimal(text) !== null, `数值过大，${READABLE}`);

/** An array whose entries' `key` are all different: each repeat is an issue at its own place. */
export function unique<T>(key: (entry: T) => string, what: string) {
  return (entries: readonly T[], context: z.RefinementCtx) => {
    const first = new Map<string, number>();
    entries.forEach((entry, index) => {
      const value = key(entry);
      const earlier = first.get(value);
      if (earlier === undefined) first.set(value, index);
      else context.addIssue({ code: 'custom', path: [index], message: `${what}“${value}”与第 ${earlier} 项重复（duplicate ${what.trim()} "${value}", first at index ${earlier}）` });
    });
  };
}
export const clause = z.string().regex(/^§\d+/, '应为条款号，如 "§16"（a clause such as "§16"）');
export const rounding = z.enum(['half_up', 'down']);

/** The JSON Schema a data file names for editors (data/schemas/); not read by rencai. */
export const $schema = z.string().optional();
