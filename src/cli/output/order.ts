// A stable, readable order for roll-up keys: payers city → counties → employer → funds,
// items in the policy's order (the contract's item order), counties in the vocabulary's order with city level last.
import { NO_COUNTY } from '../../budget/rollup.js';
import type { Policy } from '../../policy/types.js';
import { loadVocabulary } from '../../policy/vocabulary.js';

function byRank<V>(entries: Iterable<[string, V]>, rank: (key: string) => number): [string, V][] {
  return [...entries].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function countyRank(): (county: string) => number {
  const counties = loadVocabulary().codesOf('county');
  return (county) => {
    const index = counties.indexOf(county);
    return index === -1 ? counties.length : index;
  };
}

export function orderPayers<V>(entries: Iterable<[string, V]>): [string, V][] {
  const county = countyRank();
  return byRank(entries, (payer) => {
    if (payer === 'city') return 0;
    if (payer.startsWith('county:')) return 1 + county(payer.slice('county:'.length));
    if (payer === 'employer') return 100;
    if (payer === 'employment_fund') return 101;
    if (payer === 'national') return 102;
    if (payer === 'tax_forgone') return 103;
    return 200;
  });
}

export function orderItems<V>(entries: Iterable<[string, V]>, policy: Policy): [string, V][] {
  const items = [...policy.itemLabels.keys()];
  return byRank(entries, (item) => {
    const index = items.indexOf(item);
    return index === -1 ? items.length : index;
  });
}

export function orderCounties<V>(entries: Iterable<[string, V]>): [string, V][] {
  const county = countyRank();
  return byRank(entries, (key) => (key === NO_COUNTY ? 1000 : county(key)));
}
