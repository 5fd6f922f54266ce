import { describe, expect, test } from 'vitest';
import { IdSet } from '../../src/roster/id-set.js';

describe('the set of ids seen in a roster', () => {
  test('a new id is added (-1) and a repeated one answers the line it was first seen on', () => {
    const ids = new IdSet();
    expect(ids.addOrFind('P001', 2)).toBe(-1);
    expect(ids.addOrFind('P002', 3)).toBe(-1);
    expect(ids.addOrFind('P001', 9)).toBe(2);
    expect(ids.addOrFind('P001', 12)).toBe(2); // still the first line, not the last duplicate
    expect(ids.size).toBe(2);
  });

  test('ids that differ only in length or case, or that are prefixes of each other, are different ids', () => {
    const ids = new IdSet();
    for (const [k, id] of ['P1', 'P10', 'p1', 'P1 ', '编号1', '编号10', ''].entries()) expect(ids.addOrFind(id, k + 2)).toBe(-1);
    expect(ids.addOrFind('编号1', 100)).toBe(6);
    expect(ids.addOrFind('', 100)).toBe(8);
    expect(ids.addOrFind('P10', 100)).toBe(3); // stored a byte a character, found again after the set widened for 编号
    expect(ids.addOrFind('é1', 100)).toBe(-1); // Latin-1 but not ASCII
    expect(ids.addOrFind('é1', 101)).toBe(100);
  });

  test('200,000 ids through many regrowths: every one is found again at its own line, none is confused', () => {
    const ids = new IdSet();
    const count = 200_000;
    let wrong = 0;
    for (let k = 0; k < count; k++) if (ids.addOrFind(`52020${k}`, k + 2) !== -1) wrong++;
    for (let k = 0; k < count; k++) if (ids.addOrFind(`52020${k}`, 0) !== k + 2) wrong++;
    expect(wrong).toBe(0);
    expect(ids.size).toBe(count);
    expect(ids.addOrFind('52020-new', 1)).toBe(-1);
  });

  test('touching ids first (as the reader does for a batch) changes no answer, through regrowths too', () => {
    const touched = new IdSet();
    const plain = new IdSet();
    const ids = Array.from({ length: 30_000 }, (_, k) => `P${k % 20_000}`); // the last 10,000 repeat
    for (let from = 0; from < ids.length; from += 97) {
      const batch = ids.slice(from, from + 97);
      const hashes = Int32Array.from([...batch, 'never-added'], (id) => IdSet.hashOf(id));
      touched.touch(hashes, hashes.length);
      for (const [k, id] of batch.entries()) expect(touched.addOrFind(id, from + k + 2)).toBe(plain.addOrFind(id, from + k + 2));
    }
    expect(touched.size).toBe(20_000);
    expect(touched.addOrFind('P19999', 0)).toBe(20_001);
  });

  test('textAt gives back each entry as added, Chinese and long texts too, in the order they were added', () => {
    const set = new IdSet();
    const texts = ['r-first', '差额拨款事业单位：11864.40 × 0.8 四舍五入到分 = 9491.52 由六枝特区财政承担', 'x'.repeat(10_000), ''];
    for (const [k, text] of texts.entries()) expect(set.addOrFind(text, k + 1)).toBe(-1);
    expect(set.addOrFind(texts[1]!, 99)).toBe(2);
    expect(texts.map((_, k) => set.textAt(k))).toEqual(texts);
  });
});
