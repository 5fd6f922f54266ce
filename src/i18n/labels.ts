// Names shown to people for the codes in results: items (policy data), payers, counties and
// roster columns (data/codes.json), reasons (src/i18n/reasons.ts), in the chosen language.
import type { Reason } from '../engine/types.js';
import type { Policy } from '../policy/types.js';
import { loadVocabulary } from '../policy/vocabulary.js';
import type { Lang } from './lang.js';
import { messages } from './messages.js';
import { NO_COUNTY } from '../base/person.js';
import { ENGLISH_COUNTIES, englishPayerLabel } from './english-names.js';
import { renderReason } from './reasons.js';

export interface Labels {
  readonly lang: Lang;
  item(code: string): string;
  /** A non-money entitlement (digest §6). */
  right(id: string): string;
  /** The right's one-line description (rights.json). */
  rightDescription(id: string): string;
  payer(code: string): string;
  /** A county code, or NO_COUNTY for people paid at city level. */
  county(code: string): string;
  /** A roster column key ("education") as its header ("学历"). */
  column(key: string): string;
  reason(reason: Reason): string;
}

export function createLabels(policy: Policy, lang: Lang): Labels {
  const vocabulary = loadVocabulary();
  const rights = new Map(policy.rights.map((right) => [right.id, right.label]));
  const rightDescriptions = new Map(policy.rights.map((right) => [right.id, right.description]));
  const zhColumns = new Map(vocabulary.columns.map((column) => [column.key, column.zh]));
  return {
    lang,
    item: (code) => policy.itemLabels.get(code)?.label[lang] ?? code,
    right: (id) => rights.get(id)?.[lang] ?? id,
    rightDescription: (id) => rightDescriptions.get(id)?.[lang] ?? '',
    payer: (code) => (lang === 'en' ? englishPayerLabel(code) : vocabulary.payerLabel(code)),
    county: (code) => {
      if (code === NO_COUNTY) return messages(lang).table.cityNoCounty;
      return lang === 'en' ? ENGLISH_COUNTIES[code] ?? code : vocabulary.labelOf('county', code);
    },
    column: (key) => (lang === 'en' ? key : zhColumns.get(key) ?? key),
    reason: (reason) => renderReason(reason, lang, policy),
  };
}
