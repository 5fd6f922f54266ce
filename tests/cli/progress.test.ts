import { describe, expect, test } from 'vitest';
import { createProgress, fitToWidth, renderProgress } from '../../src/cli/progress.js';
import { messages } from '../../src/i18n/messages.js';

describe('the progress line', () => {
  test('shows the share of bytes read, the rows, the rate and the time left at the pace so far', () => {
    // 250,000 rows in 5 s = 50,000 rows/s; 30 of 120 MB read in 5 s → 90 MB left at 6 MB/s = 15 s.
    const line = renderProgress({ rows: 250_000, elapsedMs: 5000, bytes: 30e6, total: 120e6 }, messages('zh'));
    expect(line).toBe('[#####...............]  25%  250,000 行  每秒 50,000 行  约剩 15 秒');
    const english = renderProgress({ rows: 250_000, elapsedMs: 5000, bytes: 30e6, total: 120e6 }, messages('en'));
    expect(english).toBe('[#####...............]  25%  250,000 rows  50,000 rows/s  about 15 s left');
  });

  test('without a file size (standard input) there is no bar and no time left', () => {
    expect(renderProgress({ rows: 1234, elapsedMs: 2000, bytes: 5000, total: null }, messages('en'))).toBe('1,234 rows  617 rows/s');
  });

  test('no time left is guessed in the first second', () => {
    expect(renderProgress({ rows: 10, elapsedMs: 500, bytes: 10, total: 1000 }, messages('en'))).toBe('[....................]   1%  10 rows  20 rows/s');
  });

  test('is cut to the terminal width, a Chinese character counting as two columns', () => {
    expect(fitToWidth('12 行 ab', 4)).toBe('12 '); // "12 " is 3 columns; with "行" it would be 5
    expect(fitToWidth('12 行 ab', 5)).toBe('12 行');
    expect(fitToWidth('12 行 ab', 6)).toBe('12 行 ');
    expect(fitToWidth('abc', 10)).toBe('abc');
  });

  test('draws nothing when stderr is not a terminal', () => {
    const written: string[] = [];
    const stream = { isTTY: false, columns: 80, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    const progress = createProgress({ stream, messages: messages('zh'), read: () => ({ bytes: 1, total: 2 }), now: () => 10_000 });
    progress.update(100);
    progress.done();
    expect(written).toEqual([]);
  });

  test('on a terminal redraws at most every 200 ms and erases its line at the end', () => {
    const written: string[] = [];
    let clock = 0;
    const stream = { isTTY: true, columns: 100, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    const progress = createProgress({ stream, messages: messages('en'), read: () => ({ bytes: 50, total: 100 }), now: () => clock });
    clock = 100;
    progress.update(10); // too soon
    clock = 1000;
    progress.update(500);
    clock = 1100;
    progress.update(600); // too soon again
    progress.done();
    expect(written).toEqual(['\r[##########..........]  50%  500 rows  500 rows/s  about 1 s left\x1b[K', '\r\x1b[K']);
  });
});
