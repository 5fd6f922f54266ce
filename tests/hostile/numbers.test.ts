// Numbers as clerks type them (README "What rencai does with bad input"): the unambiguous forms are
// read exactly, the ambiguous ones refused with the value shown. Money stays integer fen throughout.
import { describe, expect, it } from 'vitest';
import { foldDecimal, foldMoney } from '../../src/roster/numbers.js';
import { type PersonRecord } from '../../src/roster/person.js';
import { parseRecord } from '../bundled-rules.js';

const BASE: PersonRecord = {
  id: 'P1', intro_mode: 'direct', employer_type: 'organ', employer_level: 'county', county: 'zhongshan',
  work_level: 'township', start: '2014-01',
};

function salary(cell: string): number | null | 'refused' {
  const parsed = parseRecord({ ...BASE, base_salary: cell });
  if (parsed.ok) return parsed.person.base_salary;
  expect(parsed.errors.map((error) => error.column)).toEqual(['base_salary']);
  return 'refused';
}

describe('a money cell (base_salary)', () => {
  it('reads full-width digits and point as the same amount: １２００．５０ = 1200.50 = 120050 fen', () => {
    expect(salary('１２００．５０')).toBe(120050);
    expect(salary('１２００')).toBe(120000);
  });

  it('reads thousands separators in groups of three: 1,200.00 = 120000 fen, 123,456.78 = 12345678 fen', () => {
    expect(salary('1,200.00')).toBe(120000);
    expect(salary('123,456.78')).toBe(12345678);
    expect(salary('１，２００')).toBe(120000);
  });

  it('reads a leading ¥ or ￥ (half- or full-width, a space after it allowed): ¥1200 = 120000 fen', () => {
    expect(salary('¥1200')).toBe(120000);
    expect(salary('￥1,200.50')).toBe(120050);
    expect(salary('¥ 3500')).toBe(350000);
  });

  it('refuses an exponent, a sign, a unit word, badly grouped thousands and a trailing ¥', () => {
    for (const bad of ['1e3', '1E3', '-1200', '+1200', '1200元', '1,20', '12,00.00', '1200¥', '¥-5', '¥', '1.2.3', '0x10', 'Infinity', 'NaN']) {
      expect(salary(bad), bad).toBe('refused');
    }
  });

  it('shows the cell as the clerk wrote it in the message, not the folded text', () => {
    const parsed = parseRecord({ ...BASE, base_salary: '１e３' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]?.message).toContain('“１e３”');
  });

  it('still stops at the fen: ¥1,200.005 is refused as too precise', () => {
    const parsed = parseRecord({ ...BASE, base_salary: '¥1,200.005' });
    expect(parsed.ok ? null : parsed.errors[0]?.message).toContain('两位小数');
  });
});

describe('the other number cells', () => {
  it('reads a full-width fiscal share (０．６ = 0.6) but no ¥ or thousands there', () => {
    const partial = { ...BASE, base_salary: '3000', employer_type: 'inst_partial' };
    const read = parseRecord({ ...partial, fiscal_share: '０．６' });
    expect(read.ok && read.person.fiscal_share).toEqual({ numerator: 6, denominator: 10, text: '0.6' });
    for (const bad of ['¥0.6', '0,6', '6e-1']) expect(parseRecord({ ...partial, fiscal_share: bad }).ok, bad).toBe(false);
  });

  it('reads a rent of ￥１２．５ per m² as 12.5', () => {
    const read = parseRecord({ ...BASE, base_salary: '3000', rent_per_m2: '￥１２．５' });
    expect(read.ok && read.person.rent_per_m2).toEqual({ numerator: 125, denominator: 10, text: '12.5' });
  });

  it('reads a claimed amount (income tax returned) written ¥1,200.00 as 120000 fen', () => {
    const read = parseRecord({ ...BASE, base_salary: '3000', income_tax_return: '¥1,200.00' });
    expect(read.ok && read.person.claims?.income_tax_return).toEqual({ amount: 120000 });
  });

  it('leaves plain cells untouched (the fast path) and never turns text into a number', () => {
    expect(foldMoney('4500.50')).toBe('4500.50');
    expect(foldDecimal('0.65')).toBe('0.65');
    expect(foldMoney('四千五')).toBe('四千五');
  });
});
