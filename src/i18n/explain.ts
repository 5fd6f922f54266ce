// Sentences for the explanation's own reasons (src/engine/explain.ts): the tier's source and each
// data condition met or not. The engine's computation reasons are rendered by renderReason.
import type { Reason } from '../engine/types.js';
import type { Policy } from '../policy/types.js';
import { loadVocabulary, type CodeField } from '../policy/vocabulary.js';
import type { Lang } from './lang.js';
import { renderReason } from './reasons.js';

type Params = Readonly<Record<string, string | number>>;
type Render = (params: Params, met: boolean, names: Names) => string;

interface Names {
  code(field: CodeField, code: string | number | undefined): string;
  codes(field: CodeField, list: string | number | undefined): string;
  line(id: string | number | undefined): string;
  column(key: string | number | undefined): string;
}

const ZH: Record<string, Render> = {
  tier_given_by: (p, _met, n) => `依据：${n.column(p.field)} ${p.field === 'honors' ? n.code('honors', p.value) : n.code(p.field as CodeField, p.value)}`,
  check_tier: (p) => `有人才层次（${p.tier} 类）`,
  check_no_tier: () => `没有人才层次（不符合 A–G 任何一类）`,
  check_intro_mode: (p, met, n) => `引进方式“${n.code('intro_mode', p.mode)}”${met ? '属于' : '不属于'}本项适用的 ${n.codes('intro_mode', p.allowed)}`,
  check_housing_reform: (p, met, n) => (met
    ? `已享受房改，但房改排除只适用于 ${n.codes('intro_mode', p.excluded)}`
    : `已享受房改政策的${n.code('intro_mode', p.mode)}人员除外`),
  check_amount_for_tier: (p, met) => (met ? `${p.tier} 类有标准` : `${p.tier} 类在本项没有标准`),
  check_area_for_tier: (p, met) => (met ? `${p.tier} 类有住房面积标准` : `${p.tier} 类在本项没有住房面积标准`),
  check_rent_rate: (p, met, n) => (met ? `公租房月租金已知：${p.rate} 元/平方米` : `工作所在地${p.county ? `（${n.code('county', p.county)}）` : ''}公租房月租金未知`),
  check_fresh_graduate: (_p, met) => (met ? '符合应届毕业生各项条件（花名册“应届毕业生”为是）' : '不是符合条件的应届毕业生（花名册“应届毕业生”为否）'),
  check_line: (p, met, n) => `${met ? '符合' : '不符合'}：${n.line(p.line)}（每月 ${p.monthly} 元）`,
  check_work_level: (p, met, n) => `工作地层级：${n.code('work_level', p.level)}，${met ? '属于' : '不属于'}乡镇及以下`,
  check_base_salary: (p, met) => (met ? `基本工资 ${p.salary} 元` : '缺少基本工资'),
  check_condition: (_p, met) => (met ? '符合本项的适用条件' : '不符合本项的适用条件'),
  check_in_year: (p) => (p.kind === 'one_off'
    ? `条件均满足，但一次性发放不在 ${p.year} 年（起始 ${p.start}）`
    : `条件均满足，但 ${p.year} 年内没有计发月份（${p.start} 至 ${p.end || '今'}）`),
};

const EN: Record<string, Render> = {
  tier_given_by: (p, _met, n) => `Because of: ${p.field} ${n.code(p.field as CodeField, p.value)}`,
  check_tier: (p) => `Has a talent tier (${p.tier})`,
  check_no_tier: () => 'Has no talent tier (meets none of A–G)',
  check_intro_mode: (p, met) => `Introduction "${p.mode}" is ${met ? '' : 'not '}one this item covers (${String(p.allowed).split(',').join(', ')})`,
  check_housing_reform: (p, met) => (met
    ? `Has had housing-reform housing, but the exclusion covers only ${String(p.excluded).split(',').join(', ')}`
    : `Excluded: ${p.mode} introductions who had housing-reform housing`),
  check_amount_for_tier: (p, met) => (met ? `Tier ${p.tier} has an amount` : `Tier ${p.tier} has no amount for this item`),
  check_area_for_tier: (p, met) => (met ? `Tier ${p.tier} has an area standard` : `Tier ${p.tier} has no area standard`),
  check_rent_rate: (p, met) => (met ? `Public rental rate known: ${p.rate} yuan/m²` : `No public rental rate for the place of work${p.county ? ` (${p.county})` : ''}`),
  check_fresh_graduate: (_p, met) => (met ? 'Meets every fresh-graduate condition (fresh_graduate = yes)' : 'Not a qualifying fresh graduate (fresh_graduate = no)'),
  check_line: (p, met, n) => `${met ? 'Meets' : 'Does not meet'}: ${n.line(p.line)} (${p.monthly} yuan a month)`,
  check_work_level: (p, met) => `Place of work: ${p.level} level, ${met ? '' : 'not '}township level or below`,
  check_base_salary: (p, met) => (met ? `Basic salary ${p.salary} yuan` : 'Basic salary missing'),
  check_condition: (_p, met) => (met ? 'Meets the condition of this item' : 'Does not meet the condition of this item'),
  check_in_year: (p) => (p.kind === 'one_off'
    ? `Conditions met, but the one-off is not granted in ${p.year} (start ${p.start})`
    : `Conditions met, but no month of ${p.year} is paid (${p.start} to ${p.end || 'open'})`),
};

function names(lang: Lang, policy: Policy): Names {
  const vocabulary = loadVocabulary();
  const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));
  const columns = new Map(vocabulary.columns.map((column) => [column.key, column.zh]));
  const code = (field: CodeField, value: string | number | undefined) => (lang === 'zh' ? vocabulary.labelOf(field, text(value)) : text(value));
  return {
    code,
    codes: (field, list) => text(list).split(',').map((entry) => code(field, entry)).join(lang === 'zh' ? '、' : ', '),
    line: (id) => policy.lineLabels.get(text(id))?.[lang] ?? text(id),
    column: (key) => (lang === 'zh' ? columns.get(text(key)) ?? text(key) : text(key)),
  };
}

/** An explanation reason (met or not), or an engine reason through renderReason. */
export function renderExplainReason(reason: Reason, met: boolean, lang: Lang, policy: Policy): string {
  const render = (lang === 'zh' ? ZH : EN)[reason.key];
  return render ? render(reason.params ?? {}, met, names(lang, policy)) : renderReason(reason, lang, policy);
}

export const EXPLAIN_KEYS = Object.keys(ZH);
export const EXPLAIN_KEYS_EN = Object.keys(EN);
