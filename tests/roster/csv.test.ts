import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellsOfPlainLine, CsvParser, CsvUnclosedQuoteError, MAX_CELL_CHARS, type CsvLine, type CsvRecord } from '../../src/roster/csv.js';
import { PlainLine } from '../../src/roster/csv-limits.js';

/** A whole string parsed in one piece. */
function parseCsv(text: string): CsvRecord[] {
  const parser = new CsvParser();
  const out: CsvRecord[] = [];
  parser.push(text, out);
  parser.end(out);
  return out;
}

const rows = (text: string) => parseCsv(text).map((r) => [r.line, ...r.cells]);

/** Feeds `parts` one by one, as a stream would. */
function parseParts(parts: readonly string[]): CsvRecord[] {
  const parser = new CsvParser();
  const out: CsvRecord[] = [];
  for (const part of parts) parser.push(part, out);
  parser.end(out);
  return out;
}

describe('the CSV reader', () => {
  it('splits plain fields on commas and lines on LF', () => {
    expect(rows('a,b,c\n1,2,3\n')).toEqual([
      [1, 'a', 'b', 'c'],
      [2, '1', '2', '3'],
    ]);
  });

  it('reads a last line that has no line end', () => {
    expect(rows('a,b\n1,2')).toEqual([
      [1, 'a', 'b'],
      [2, '1', '2'],
    ]);
  });

  it('keeps empty fields, including a trailing empty field at the end of the input', () => {
    expect(rows('a,,c\n,,\n1,2,')).toEqual([
      [1, 'a', '', 'c'],
      [2, '', '', ''],
      [3, '1', '2', ''],
    ]);
  });

  it('reads quoted fields with commas and doubled quotes inside', () => {
    expect(rows('"a,b","say ""hi""",""\n')).toEqual([[1, 'a,b', 'say "hi"', '']]);
  });

  it('keeps line breaks inside quotes and numbers the following records by their real line', () => {
    const text = 'id,note\nP1,"two\nlines"\nP2,"three\r\nlines\rhere"\nP3,x\n';
    expect(rows(text)).toEqual([
      [1, 'id', 'note'],
      [2, 'P1', 'two\nlines'],
      [4, 'P2', 'three\r\nlines\rhere'],
      [7, 'P3', 'x'],
    ]);
  });

  it('accepts CRLF line ends', () => {
    expect(rows('a,b\r\n1,2\r\n3,4')).toEqual([
      [1, 'a', 'b'],
      [2, '1', '2'],
      [3, '3', '4'],
    ]);
  });

  it('accepts a lone CR as a line end', () => {
    expect(rows('a,b\r1,2\r3,4\r')).toEqual([
      [1, 'a', 'b'],
      [2, '1', '2'],
      [3, '3', '4'],
    ]);
  });

  it('skips completely blank lines but counts them in the line numbers', () => {
    expect(rows('a,b\n\n1,2\r\n\r\n\r\n3,4\n\n')).toEqual([
      [1, 'a', 'b'],
      [3, '1', '2'],
      [6, '3', '4'],
    ]);
  });

  it('keeps text written after a closing quote, as spreadsheets do', () => {
    expect(rows('"ab"c,d\n')).toEqual([[1, 'abc', 'd']]);
  });

  it('treats a quote inside an unquoted field as an ordinary character', () => {
    expect(rows('a"b,c\n')).toEqual([[1, 'a"b', 'c']]);
  });

  it('reports an unclosed quote with the line where it opened', () => {
    expect(() => parseCsv('a,b\n1,2\n3,"open\nmore\n')).toThrowError(CsvUnclosedQuoteError);
    try {
      parseCsv('a,b\n1,2\n3,"open\nmore\n');
    } catch (error) {
      expect((error as CsvUnclosedQuoteError).line).toBe(3);
    }
  });

  it('gives an empty input no records', () => {
    expect(rows('')).toEqual([]);
    expect(rows('\n\r\n')).toEqual([]);
  });
});

describe('the CSV reader across chunk boundaries', () => {
  const inputs = [
    'id,name,note\r\nP1,"A, B","x ""q"" y"\r\n\r\nP2,"multi\r\nline\rcell\nend",z\rP3,,\n"",last,"ab"c',
    'a,b\n"\r\n",2\r\n\n"""",""""""\r',
    'h\r\n\r\n"x\r\ny"\r\n',
  ];

  for (const [index, text] of inputs.entries()) {
    it(`gives the same records however input ${index + 1} is split in two`, () => {
      const whole = parseCsv(text);
      for (let at = 0; at <= text.length; at++) {
        expect(parseParts([text.slice(0, at), text.slice(at)]), `split at ${at}`).toEqual(whole);
      }
    });

    it(`gives the same records when input ${index + 1} arrives one character at a time`, () => {
      expect(parseParts([...text])).toEqual(parseCsv(text));
    });

    it(`gives the same records however input ${index + 1} is split in three`, () => {
      const whole = parseCsv(text);
      for (let a = 0; a <= text.length; a++) {
        for (let b = a; b <= text.length; b++) {
          expect(parseParts([text.slice(0, a), text.slice(a, b), text.slice(b)]), `split at ${a}, ${b}`).toEqual(whole);
        }
      }
    });
  }

  it('reports the unclosed quote at the same line wherever the input is split', () => {
    const text = 'a\n\r\n"x\r\n';
    for (let at = 0; at <= text.length; at++) {
      const parser = new CsvParser();
      const out: CsvRecord[] = [];
      parser.push(text.slice(0, at), out);
      parser.push(text.slice(at), out);
      expect(() => parser.end(out)).toThrowError(expect.objectContaining({ line: 3 }));
    }
  });
});

describe('the CSV reader: whole lines split at once agree with the field-by-field path', () => {
  /** Records, or the error's name and line, of `parts` fed one by one. */
  function outcome(parts: readonly string[], splitWholeLines: boolean): unknown {
    const parser = new CsvParser(splitWholeLines);
    const out: CsvRecord[] = [];
    try {
      for (const part of parts) parser.push(part, out);
      parser.end(out);
    } catch (error) {
      return { error: (error as Error).name, line: (error as { line?: number }).line, before: out };
    }
    return out;
  }

  // Characters that matter to the parser, plus ordinary ones of both string widths.
  const character = fc.constantFrom(',', ',', '"', '\n', '\r', '\r\n', 'a', 'b', ' ', '中', 'é');
  const text = fc.array(character, { maxLength: 60 }).map((pieces) => pieces.join(''));
  /** The text and where it is cut into chunks. */
  const chunked = text.chain((whole) =>
    fc.uniqueArray(fc.integer({ min: 0, max: whole.length }), { maxLength: 5 }).map((cuts) => {
      const at = [0, ...cuts.sort((a, b) => a - b), whole.length];
      return at.slice(1).map((end, k) => whole.slice(at[k], end));
    }),
  );

  it('gives the same records, line numbers and errors for any text cut anywhere', () => {
    fc.assert(
      fc.property(chunked, (parts) => {
        expect(outcome(parts, true)).toEqual(outcome(parts, false));
        expect(outcome(parts, true)).toEqual(outcome([parts.join('')], false));
      }),
      { numRuns: 3000 },
    );
  });

  /** The parts pushed as slices, or as ranges of their joined text (as the roster reader pushes); plain lines cut into cells. */
  function rangedOutcome(parts: readonly string[], plainLines: boolean, asRanges: boolean): unknown {
    const parser = new CsvParser(true, plainLines);
    const out: CsvLine[] = [];
    const whole = parts.join('');
    const cells = () => out.map((record) => (record instanceof PlainLine ? { line: record.line, cells: cellsOfPlainLine(record, 0) } : record));
    try {
      let from = 0;
      for (const part of parts) {
        if (asRanges) parser.push(whole, out, from, from + part.length);
        else parser.push(part, out);
        from += part.length;
      }
      parser.end(out);
    } catch (error) {
      return { error: (error as Error).name, line: (error as { line?: number }).line, before: cells() };
    }
    return cells();
  }

  it('gives the same records, line numbers and errors when the pieces are ranges of one text as when they are cut from it', () => {
    fc.assert(
      fc.property(chunked, fc.boolean(), (parts, plainLines) => {
        expect(rangedOutcome(parts, plainLines, true)).toEqual(rangedOutcome(parts, plainLines, false));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a text again from its start when the next chunk decodes to the same text (a file of two identical chunks)', () => {
    const text = 'P1,a\nP2,"b\nc"\nP3,d\n';
    const again = `${text}.`.slice(0, -1); // equal, another string
    const parser = new CsvParser(true, true);
    const out: CsvLine[] = [];
    parser.push(text, out, 0, 7);
    parser.push(text, out, 7, text.length);
    parser.push(again, out, 0, again.length);
    parser.end(out);
    const cells = out.map((record) => (record instanceof PlainLine ? cellsOfPlainLine(record, 0) : record.cells));
    expect(cells).toEqual([['P1', 'a'], ['P2', 'b\nc'], ['P3', 'd'], ['P1', 'a'], ['P2', 'b\nc'], ['P3', 'd']]);
  });

  it('agrees on mixed lines: with and without quotes, CRLF and LF, a quote in the last line', () => {
    const text = 'id,name\r\nP1,a\r\nP2,"b,c"\nP3,d\n\nP4,"multi\nline"\r\nP5,e"f\rP6,"last ""q"""';
    const whole = outcome([text], false);
    expect(whole).toEqual([
      { line: 1, cells: ['id', 'name'] },
      { line: 2, cells: ['P1', 'a'] },
      { line: 3, cells: ['P2', 'b,c'] },
      { line: 4, cells: ['P3', 'd'] },
      { line: 6, cells: ['P4', 'multi\nline'] },
      { line: 8, cells: ['P5', 'e"f'] },
      { line: 9, cells: ['P6', 'last "q"'] },
    ]);
    for (let at = 0; at <= text.length; at++) {
      expect(outcome([text.slice(0, at), text.slice(at)], true), `cut at ${at}`).toEqual(whole);
    }
  });

  it('gives each line its own number of cells, more or fewer than the line before', () => {
    const text = 'a,b,c,d\n1\n1,2,3,4,5,6\n,\n,,\nx\n';
    const expected = [['a', 'b', 'c', 'd'], ['1'], ['1', '2', '3', '4', '5', '6'], ['', ''], ['', '', ''], ['x']];
    expect(parseCsv(text).map((record) => record.cells)).toEqual(expected);
    expect(outcome([text], false)).toEqual(outcome([text], true));
  });

  it('refuses an unquoted cell longer than the limit when it runs over chunks, on the line it starts', () => {
    const long = 'x'.repeat(MAX_CELL_CHARS + 1);
    const parts = ['id\nP1\n', long.slice(0, MAX_CELL_CHARS / 2), long.slice(MAX_CELL_CHARS / 2), '\n'];
    for (const splitWholeLines of [true, false]) {
      expect(outcome(parts, splitWholeLines)).toMatchObject({ error: 'CsvCellTooLongError', line: 3 });
    }
  });

  it('refuses a quoted cell longer than the limit, on the line its quote opens', () => {
    const parts = ['id\n\n"', 'y'.repeat(MAX_CELL_CHARS), 'y\nz'];
    for (const splitWholeLines of [true, false]) {
      expect(outcome(parts, splitWholeLines)).toMatchObject({ error: 'CsvCellTooLongError', line: 3 });
    }
  });
});
