// The budget roll-up: accumulates each computed person (and each unit, §11/§18) as the rosters
// stream past, by payer, by item and by county, in integer fen. Cash outlays make the total; tax
// expenditures (revenue forgone, §14–§15) and items whose amount is unknown (rate missing, set by
// the employer, a range not decided, an amount not supplied) are reported beside it, never inside
// it. Ranged amounts also give the total's low and high bounds; with revenue given, each level's
// cost is set against its §22 fund floor.
import { addFen, type Fen } from '../base/money.js';
import { NO_COUNTY } from '../base/person.js';
import type { County, ItemResult, ItemStatus } from '../engine/types.js';
import { checkFund, type FundCheck, type FundInput } from './fund.js';

/** The key of byCounty for people with no county (city-level employer and place of work). */
export { NO_COUNTY };

export type UncomputedStatus = Exclude<ItemStatus, 'computed'>;

/** How many items could not be computed, by status. */
export type StatusCounts = Partial<Record<UncomputedStatus, number>>;

/** What the roll-up reads of a person's or a unit's result. */
export interface ComputedResult {
  items: readonly ItemResult[];
  total: Fen;
  taxTotal?: Fen | undefined;
  /** Claims not granted (issue #14). */
  declined?: readonly unknown[] | undefined;
}

/** A ranged amount's bounds; high null = no upper bound (无上限). */
export interface AmountBounds {
  low: Fen;
  high: Fen | null;
}

/**
 * The cash total as it would be with every ranged amount at its low and at its high end. Items
 * without a range count at their amount; a point picked by --range is replaced by the range, so
 * the bounds are the same with or without --range.
 */
export interface RollupBounds extends AmountBounds {
  /** Ranged items added (with or without a point). */
  ranged: number;
  /** Ranged items with no point, outside the total (status range). */
  withoutPoint: number;
  /** Only the items with at least one ranged amount: that item's total at the low and high end. */
  byItem: ReadonlyMap<string, AmountBounds>;
}

export interface RollupTotals {
  /** People added. */
  people: number;
  /** Claims declined (issue #14): claimed items whose conditions were not met, counted like rejected rows. */
  declined: number;
  /** Units added (rencai units, rencai budget). */
  units: number;
  byPayer: ReadonlyMap<string, Fen>;
  byItem: ReadonlyMap<string, Fen>;
  /** County code of the person, or NO_COUNTY. */
  byCounty: ReadonlyMap<string, Fen>;
  total: Fen;
  /** Tax expenditures, apart from the cash total. */
  tax: {
    byPayer: ReadonlyMap<string, Fen>;
    byItem: ReadonlyMap<string, Fen>;
    total: Fen;
  };
  uncomputed: {
    /** Items with no amount. */
    count: number;
    byItem: ReadonlyMap<string, StatusCounts>;
    /** Payer parts with no amount (an item paid by two payers counts for each). */
    byPayer: ReadonlyMap<string, StatusCounts>;
  };
  bounds: RollupBounds;
  /** Each level's cash cost against its §22 fund floor; absent unless revenue was given. */
  fund?: FundCheck;
  /**
   * Cash cost by county (key as byCounty) and, within it, by item: each county's items sum to its
   * byCounty amount. Only when asked for (RollupOptions.byCountyItem), for the budget report.
   */
  byCountyItem?: ReadonlyMap<string, ReadonlyMap<string, Fen>>;
  /** --year over a range: each year's own roll-up, in year order (src/budget/years.ts); the rest is the range's sum. */
  byYear?: ReadonlyMap<number, RollupTotals>;
}

export interface RollupOptions {
  /** General budget revenue per payer, for the §22 fund check. */
  fund?: FundInput;
  /** Also keep the cash cost by county and item (the report's county chart); off, it costs nothing. */
  byCountyItem?: boolean;
}

/** Per item: the points picked inside ranges, and the ranges' ends. */
interface RangeSums {
  points: Fen;
  low: Fen;
  high: Fen;
  /** Open-ended ranges ("not less than"): the high end is unbounded. */
  open: number;
}

/** An engine result that does not add up: a bug, reported as an internal error. */
export class RollupMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RollupMismatchError';
  }
}

/**
 * Adding this result could take a sum of the roll-up past the integers a double holds exactly
 * (about 90 trillion yuan in fen): the result is not added (nothing is), and the caller rejects its row.
 */
export class RollupOverflowError extends Error {
  constructor(readonly id: string) {
    super(`the roll-up would no longer be exact with ${id} added`);
    this.name = 'RollupOverflowError';
  }
}

/**
 * What a result can add to any one sum of the roll-up, at most: every sum grows by non-negative
 * amounts, and each (a payer's, an item's, a county's, the bounds' ends) is at most the cash total
 * plus the tax total plus every range's ends.
 */
function reachOf(result: ComputedResult): number {
  let reach = result.total + (result.taxTotal ?? 0);
  for (const item of result.items) {
    if (item.range && item.category !== 'tax') reach += item.range.low + (item.range.high ?? 0);
  }
  return reach;
}

/** A running sum kept in its map as an object, so that adding to it is one lookup and no set. */
interface Sum {
  fen: Fen;
}

function addTo(map: Map<string, Sum>, key: string, amount: Fen): void {
  const sum = map.get(key);
  if (sum === undefined) map.set(key, { fen: addFen(0 as Fen, amount) });
  else sum.fen = addFen(sum.fen, amount);
}

function sumsOf(map: ReadonlyMap<string, Sum>): Map<string, Fen> {
  return new Map([...map].map(([key, sum]) => [key, sum.fen]));
}

function countIn(map: Map<string, StatusCounts>, key: string, status: UncomputedStatus): void {
  let counts = map.get(key);
  if (counts === undefined) map.set(key, (counts = {}));
  counts[status] = (counts[status] ?? 0) + 1;
}

function addCountyItems(map: Map<string, Map<string, Sum>>, county: string, items: readonly ItemResult[]): void {
  let byItem = map.get(county);
  if (byItem === undefined) map.set(county, (byItem = new Map()));
  for (const item of items) if (item.amount !== null && item.category !== 'tax') addTo(byItem, item.item, item.amount);
}

export class Rollup {
  private people = 0;
  private total = 0 as Fen;
  private readonly byPayer = new Map<string, Sum>();
  private readonly byItem = new Map<string, Sum>();
  private readonly byCounty = new Map<string, Sum>();
  private taxTotal = 0 as Fen;
  private readonly taxByPayer = new Map<string, Sum>();
  private readonly taxByItem = new Map<string, Sum>();
  private uncomputedCount = 0;
  private readonly uncomputedByItem = new Map<string, StatusCounts>();
  private readonly uncomputedByPayer = new Map<string, StatusCounts>();
  private units = 0;
  private declined = 0;
  private ranged = 0;
  private rangedWithoutPoint = 0;
  private readonly rangesByItem = new Map<string, RangeSums>();
  /** The sum of every result's reach (reachOf): while it is exact, so is every sum. */
  private reach = 0;
  private readonly byCountyItem: Map<string, Map<string, Sum>> | null;

  constructor(private readonly options: RollupOptions = {}) {
    this.byCountyItem = options.byCountyItem ? new Map() : null;
  }

  /**
   * Adds one person. Checks first that the result adds up (each item's payer parts sum to the
   * item, the cash items to the person's total, the tax items to its taxTotal), so that the roll-up
   * can never disagree with the people printed; nothing is added when it does not.
   */
  add(person: { id: string; county: County | null }, result: ComputedResult, heads = 1): void {
    this.addEntity(person, result);
    // A counted row (人数) is that many people.
    this.people += heads;
  }

  /** Throws RollupOverflowError when `result` cannot be added exactly; adds nothing either way. */
  assertRoom(id: string, result: ComputedResult): void {
    if (!Number.isSafeInteger(this.reach + reachOf(result))) throw new RollupOverflowError(id);
  }

  /** Adds one unit (organisation-level items), checked like a person. */
  addUnit(unit: { id: string; county: County | null }, result: ComputedResult): void {
    this.addEntity(unit, result);
    this.units += 1;
  }

  private addEntity(person: { id: string; county: County | null }, result: ComputedResult): void {
    let personTotal = 0 as Fen;
    let personTax = 0 as Fen;
    for (const item of result.items) {
      if (item.amount === null) continue;
      let parts = 0 as Fen;
      for (const part of item.payers) {
        if (part.amount === null) throw new RollupMismatchError(`${person.id} ${item.item}: a payer part has no amount but the item has one`);
        parts = addFen(parts, part.amount);
      }
      if (parts !== item.amount) throw new RollupMismatchError(`${person.id} ${item.item}: payer parts ${parts} ≠ amount ${item.amount} (fen)`);
      if (item.category === 'tax') personTax = addFen(personTax, item.amount);
      else personTotal = addFen(personTotal, item.amount);
    }
    if (personTotal !== result.total) throw new RollupMismatchError(`${person.id}: cash items sum to ${personTotal} ≠ total ${result.total} (fen)`);
    if (personTax !== (result.taxTotal ?? 0)) throw new RollupMismatchError(`${person.id}: tax items sum to ${personTax} ≠ taxTotal ${result.taxTotal ?? 0} (fen)`);
    this.assertRoom(person.id, result);
    this.reach += reachOf(result);

    for (const item of result.items) {
      if (item.range && item.category !== 'tax') this.addRange(item.item, item.range, item.amount);
      if (item.amount === null) {
        const status = item.status;
        if (status === 'computed') throw new RollupMismatchError(`${person.id} ${item.item}: computed but no amount`);
        this.uncomputedCount += 1;
        countIn(this.uncomputedByItem, item.item, status);
        for (const part of item.payers) countIn(this.uncomputedByPayer, part.payer, status);
        continue;
      }
      const tax = item.category === 'tax';
      addTo(tax ? this.taxByItem : this.byItem, item.item, item.amount);
      for (const part of item.payers) addTo(tax ? this.taxByPayer : this.byPayer, part.payer, part.amount ?? (0 as Fen));
    }
    if (result.declined) this.declined += result.declined.length;
    addTo(this.byCounty, person.county ?? NO_COUNTY, personTotal);
    if (this.byCountyItem) addCountyItems(this.byCountyItem, person.county ?? NO_COUNTY, result.items);
    this.total = addFen(this.total, personTotal);
    this.taxTotal = addFen(this.taxTotal, personTax);
  }

  private addRange(item: string, range: AmountBounds, point: Fen | null): void {
    const sums: RangeSums = this.rangesByItem.get(item) ?? { points: 0 as Fen, low: 0 as Fen, high: 0 as Fen, open: 0 };
    sums.points = addFen(sums.points, point ?? (0 as Fen));
    sums.low = addFen(sums.low, range.low);
    if (range.high === null) sums.open += 1;
    else sums.high = addFen(sums.high, range.high);
    this.rangesByItem.set(item, sums);
    this.ranged += 1;
    if (point === null) this.rangedWithoutPoint += 1;
  }

  private bounds(): RollupBounds {
    // Start from the total without the points picked inside ranges, then add each range's ends.
    let low = this.total;
    let high: Fen | null = this.total;
    const byItem = new Map<string, AmountBounds>();
    for (const [item, sums] of this.rangesByItem) {
      const rest = addFen(this.byItem.get(item)?.fen ?? (0 as Fen), -sums.points as Fen);
      byItem.set(item, { low: addFen(rest, sums.low), high: sums.open ? null : addFen(rest, sums.high) });
      low = addFen(addFen(low, -sums.points as Fen), sums.low);
      high = high === null || sums.open ? null : addFen(addFen(high, -sums.points as Fen), sums.high);
    }
    return { low, high, ranged: this.ranged, withoutPoint: this.rangedWithoutPoint, byItem };
  }

  totals(): RollupTotals {
    const byPayer = sumsOf(this.byPayer);
    return {
      people: this.people,
      declined: this.declined,
      units: this.units,
      byPayer,
      byItem: sumsOf(this.byItem),
      byCounty: sumsOf(this.byCounty),
      total: this.total,
      tax: { byPayer: sumsOf(this.taxByPayer), byItem: sumsOf(this.taxByItem), total: this.taxTotal },
      uncomputed: {
        count: this.uncomputedCount,
        byItem: new Map([...this.uncomputedByItem].map(([key, counts]) => [key, { ...counts }])),
        byPayer: new Map([...this.uncomputedByPayer].map(([key, counts]) => [key, { ...counts }])),
      },
      bounds: this.bounds(),
      ...(this.options.fund ? { fund: checkFund(this.options.fund, byPayer) } : {}),
      ...(this.byCountyItem ? { byCountyItem: new Map([...this.byCountyItem].map(([county, byItem]) => [county, sumsOf(byItem)])) } : {}),
    };
  }
}
