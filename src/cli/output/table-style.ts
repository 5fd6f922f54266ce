// What the terminal tables share: cli-table3's two styles (boxed and borderless, colour left to us)
// and the cells of an amount in yuan with its 万元.
import type Table from 'cli-table3';
import type { Fen } from '../../base/money.js';
import type { StatusCounts } from '../../budget/rollup.js';
import { formatGrouped, formatWan, readsBetterInWan } from '../../i18n/number.js';

type TableOptionsArg = NonNullable<ConstructorParameters<typeof Table>[0]>;

// cli-table3 colours heads and borders itself unless told not to: colour is ours to decide.
export const PLAIN = (): TableOptionsArg => ({ style: { head: [], border: [], compact: true } });
export const BORDERLESS = (): TableOptionsArg => ({
  chars: {
    top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '',
    'bottom-right': '', left: '  ', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
  },
  style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
});

/** "1,200,000.00" and, from 10,000 yuan, "120.00万元" beside it (Chinese only). */
export function moneyWithWan(amount: Fen, lang: 'zh' | 'en'): string {
  if (lang === 'zh' && readsBetterInWan(amount)) return `${formatGrouped(amount)}（${formatWan(amount)}万元）`;
  return formatGrouped(amount);
}

export function wanCell(amount: Fen): string {
  return readsBetterInWan(amount) ? formatWan(amount) : '';
}

export function statusText(counts: StatusCounts, status: Readonly<Record<string, string>>): [string, number][] {
  return Object.entries(counts).map(([code, count]) => [status[code] ?? code, count ?? 0]);
}
