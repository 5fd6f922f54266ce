// The budget roll-up: accumulates each computed person as the roster streams past, by payer,
// by item and by county, in integer fen. Cash outlays make the total; tax expenditures (revenue
// forgone, §14–§15) and items whose amount is unknown (rate missing, set by the employer, a range
// not decided, an amount not supplied) are reported beside it, never inside it.
import { addFen, type Fen } from '../engine/money.js';
import type { ItemStatus, Person, PersonResult } from '../engine/types.js';

/** The key of byCounty for people with no county (city-level employer and place of work). */
export const NO_COUNTY = 'city';

export type UncomputedStatus = Exclude<ItemStatus, 'computed'>;

/** How many items could not be computed, by status. */
export type StatusCounts = Partial<Record<UncomputedStatus, number>>;

export interface RollupTotals {
  /** People added. */
  people: number;
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
}

/** An engine result that does not add up: a bug, reported as an internal error. */
export class RollupMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RollupMismatchError';
  }
}

function addTo(map: Map<string, Fen>, key: string, amount: Fen): void {
  map.set(key, addFen(map.get(key) ?? 0, amount));
}

function countIn(map: Map<string, StatusCounts>, key: string, status: UncomputedStatus): void {
  const counts = map.get(key) ?? {};
  counts[status] = (counts[status] ?? 0) + 1;
  map.set(key, counts);
}

export class Rollup {
  private people = 0;
  private total: Fen = 0;
  private readonly byPayer = new Map<string, Fen>();
  private readonly byItem = new Map<string, Fen>();
  private readonly byCounty = new Map<string, Fen>();
  private taxTotal: Fen = 0;
  private readonly taxByPayer = new Map<string, Fen>();
  private readonly taxByItem = new Map<string, Fen>();
  private uncomputedCount = 0;
  private readonly uncomputedByItem = new Map<string, StatusCounts>();
  private readonly uncomputedByPayer = new Map<string, StatusCounts>();

  /**
   * Adds one person. Checks first that the result adds up (each item's payer parts sum to the
   * item, the cash items to the person's total, the tax items to its taxTotal), so that the roll-up
   * can never disagree with the people printed; nothing is added when it does not.
   */
  add(person: Pick<Person, 'id' | 'county'>, result: PersonResult): void {
    let personTotal: Fen = 0;
    let personTax: Fen = 0;
    for (const item of result.items) {
      if (item.amount === null) continue;
      let parts: Fen = 0;
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

    this.people += 1;
    for (const item of result.items) {
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
      for (const part of item.payers) addTo(tax ? this.taxByPayer : this.byPayer, part.payer, part.amount ?? 0);
    }
    addTo(this.byCounty, person.county ?? NO_COUNTY, personTotal);
    this.total = addFen(this.total, personTotal);
    this.taxTotal = addFen(this.taxTotal, personTax);
  }

  totals(): RollupTotals {
    return {
      people: this.people,
      byPayer: new Map(this.byPayer),
      byItem: new Map(this.byItem),
      byCounty: new Map(this.byCounty),
      total: this.total,
      tax: { byPayer: new Map(this.taxByPayer), byItem: new Map(this.taxByItem), total: this.taxTotal },
      uncomputed: {
        count: this.uncomputedCount,
        byItem: new Map([...this.uncomputedByItem].map(([key, counts]) => [key, { ...counts }])),
        byPayer: new Map([...this.uncomputedByPayer].map(([key, counts]) => [key, { ...counts }])),
      },
    };
  }
}
