// The byte writer behind the CSV of large rosters must write exactly what the string path wrote:
// the same UTF-8 as Node's own encoder and the same digits as formatFen and String().
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ByteWriter } from '../../src/io/byte-writer.js';
import { formatFen, MoneyOverflowError, type Fen } from '../../src/base/money.js';

function written(write: (out: ByteWriter) => void, capacity?: number): string {
  const out = new ByteWriter(capacity);
  write(out);
  return out.take().toString('utf8');
}

describe('ByteWriter', () => {
  it.each([
    ['plain ASCII', 'P0001,abc'],
    ['Chinese after ASCII', 'id 陈院士'],
    ['Chinese first', '钟山区财政'],
    ['a character outside the BMP (surrogate pair)', 'a𠀀b'],
    ['an empty text', ''],
  ])('writes %s as the same UTF-8 bytes as Buffer.from', (_name, text) => {
    const out = new ByteWriter(4);
    out.text(text);
    expect(out.take().equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it('writes a lone surrogate as U+FFFD, as a string written to a file would be', () => {
    const out = new ByteWriter(4);
    out.text('x\uD800y');
    expect(out.take().equals(Buffer.from('x\uD800y', 'utf8'))).toBe(true);
  });

  it('writes any text as Buffer.from does, growing past its capacity', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 8 }), (texts) => {
        const out = new ByteWriter(3);
        for (const text of texts) out.text(text);
        return out.take().equals(Buffer.concat(texts.map((text) => Buffer.from(text, 'utf8'))));
      }),
    );
  });

  it('writes a long text (a person as JSON, encoded by Node past 256 units) as Buffer.from does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 257, maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 8 }), (long, short) => {
        const out = new ByteWriter(16);
        out.text(short);
        out.text(long);
        out.text(short);
        // Each call encodes its own text (a surrogate split between two calls is two U+FFFD).
        return out.take().equals(Buffer.concat([short, long, short].map((text) => Buffer.from(text, 'utf8'))));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    // amount in fen → formatFen's text: yuan, a point, always two decimals
    [0, '0.00'],
    [5, '0.05'],
    [100, '1.00'],
    [120000000, '1200000.00'],
    [-1, '-0.01'],
    [-250001, '-2500.01'],
  ])('writes %i fen as %s', (fen, text) => {
    expect(written((out) => out.fen(fen as Fen))).toBe(text);
    expect(formatFen(fen as Fen)).toBe(text);
  });

  it('writes every safe amount exactly as formatFen does', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (fen) => written((out) => out.fen(fen as Fen), 2) === formatFen(fen as Fen)));
  });

  it('refuses an amount that is not a safe integer, as formatFen does', () => {
    expect(() => new ByteWriter().fen(2 ** 53 as Fen)).toThrow(MoneyOverflowError);
    expect(() => new ByteWriter().fen(1.5 as Fen)).toThrow(MoneyOverflowError);
  });

  it('writes whole numbers as String() does, 0 and 10 included', () => {
    for (const value of [0, 9, 10, 99, 100, 1000001]) expect(written((out) => out.integer(value))).toBe(String(value));
    fc.assert(fc.property(fc.nat(), (value) => written((out) => out.integer(value), 1) === String(value)));
  });

  it('repeats the bytes between two marks, also after the buffer grew', () => {
    const out = new ByteWriter(4);
    out.text('x');
    const from = out.mark;
    out.text('头,');
    const to = out.mark;
    out.text('尾\r\n');
    out.repeat(from, to);
    out.repeat(from, to);
    expect(out.take().toString('utf8')).toBe('x头,尾\r\n头,头,');
  });

  it('hands out what was written and starts afresh', () => {
    const out = new ByteWriter(8);
    out.text('first');
    const first = out.take();
    out.text('second');
    expect(first.toString()).toBe('first');
    expect(out.take().toString()).toBe('second');
    expect(out.size).toBe(0);
  });
});
