// Renders the engine's structured reasons as one sentence each, in Chinese (default) or English.
import type { Reason } from '../engine/types.js';
import type { Policy } from '../policy/types.js';
import { loadVocabulary, type CodeField } from '../policy/vocabulary.js';
import { codeLabel } from './code-labels.js';
import { englishPayerLabel } from './english-names.js';
import type { Lang } from './lang.js';

type Params = Readonly<Record<string, string | number>>;
type Render = (params: Params, names: Names) => string;

interface Names {
  code(field: CodeField, code: string | number | undefined): string;
  payer(code: string | number | undefined): string;
  tier(tier: string | number | undefined): string;
  line(id: string | number | undefined): string;
  /** A claim rule's sentence (claim-rules.json). */
  rule(id: string | number | undefined): string;
  item(code: string | number | undefined): string;
}

/** The rounding modes of the data (RoundingMode), as the reasons say them. */
const ROUNDED_ZH: Record<string, string> = { half_up: '四舍五入到分', down: '舍去不足一分', up: '不足一分进为一分' };
const ROUNDED_EN: Record<string, string> = { half_up: 'rounded half up', down: 'rounded down to the fen', up: 'rounded up to the fen' };

const ZH: Record<string, Render> = {
  condition_failed: (p, n) => `条件不符：${n.rule(p.rule)}`,
  check_claim_rule: (p, n) => `申请条件：${n.rule(p.rule)}`,
  approved_before: (p) => `获批于 ${p.approved}，早于 ${p.from}：“从2013年起”不含此前获批的`,
  tier: (p, n) => `人才层次 ${p.tier} 类（${n.tier(p.tier)}）`,
  intro_mode: (p, n) => `引进方式：${n.code('intro_mode', p.mode)}`,
  amount_by_tier: (p) => `${p.tier} 类标准 ${p.amount} 元`,
  amount_each_tier: (p) => `符合 ${String(p.tiers).split(',').join('、')} 类的条件，各类标准相加 ${p.amount} 元`,
  housing_reform_not_excluded: (p, n) => `已享受房改，但“已享受房改政策的除外”不适用于${n.code('intro_mode', p.mode)}人员`,
  granted_in_start_month: (p) => `一次性发放，发放月份 ${p.month}`,
  granted_at_effective: (p) => `起始月 ${p.start} 早于政策生效，于生效当月 ${p.month} 发放`,
  counted_from_effective: (p) => `起始月 ${p.start} 早于政策生效，自 ${p.month} 起计`,
  months_in_year: (p) => `${p.year} 年内计发 ${p.first} 至 ${p.last}，共 ${p.months} 个月`,
  payer_fixed: (p, n) => `由${n.payer(p.payer)}承担`,
  payer_county_of_employer: (p, n) => `由企业所在县（特区、区）财政承担：${n.payer(p.payer)}`,
  payer_employer: (p, n) => `${n.code('employer_type', p.employer_type)}按各自开支渠道，由用人单位承担`,
  payer_finance_all: (p, n) => `${n.code('employer_type', p.employer_type)}，由同级财政全额承担：${n.payer(p.payer)}`,
  payer_split_unknown: (p, n) => `差额拨款事业单位：${n.payer(p.payer)}按拨款比例 ${p.share} 承担，其余由用人单位承担（金额未定）`,
  payer_split: (p, n) => `差额拨款事业单位：${p.amount} × ${p.share} ${ROUNDED_ZH[String(p.rounding ?? 'half_up')] ?? p.rounding} = ${p.finance} 由${n.payer(p.payer)}承担，其余 ${p.employer} 由用人单位承担`,
  rate_missing: (p, n) => `工作所在地${p.county ? `（${n.code('county', p.county)}）` : ''}公共租赁住房月租金未知：不计金额，请在花名册 rent_per_m2 列或 --rent-rates 文件中提供`,
  rate_from_roster: (p) => `公租房月租金 ${p.rate} 元/平方米（花名册）`,
  rate_from_table: (p, n) => `公租房月租金 ${p.rate} 元/平方米（${n.code('county', p.county)}租金表）`,
  area_times_rate: (p) => `${p.area} 平方米 × ${p.rate} 元/平方米 = 每月 ${p.monthly} 元`,
  fresh_graduate: (p) => `应届高校毕业生，在企业签订一年以上劳动合同并缴纳社保、在外租房：每月 ${p.monthly} 元`,
  graduate_cap: (p) => `发放期限不超过 ${p.max} 个月：${p.first} 至 ${p.last}`,
  condition_met: (p, n) => `符合“${n.item(p.item)}”的适用条件`,
  monthly_fixed: (p) => `每月 ${p.monthly} 元`,
  allowance_line_met: (p, n) => `符合：${n.line(p.line)}，每月 ${p.monthly} 元`,
  allowance_highest: (p, n) => `就高不就低：${p.count} 项中取最高的“${n.line(p.line)}”，每月 ${p.monthly} 元`,
  employer_set: () => `柔性引进：由用人单位根据工作时限和工作内容发放，不计金额`,
  works_at_township: (p, n) => `在${n.code('work_level', p.level)}工作`,
  share_of_salary: (p) => `基本工资 ${p.salary} 元 × ${p.share} ${ROUNDED_ZH[String(p.rounding ?? 'half_up')] ?? p.rounding} = 每月 ${p.monthly} 元`,
  payer_same_level_of_employer: (p, n) => `由企业注册地同级财政承担：${n.payer(p.payer)}`,
  payer_project_registration: (p, n) => `按项目所在企业注册地所属财政分级承担：${n.payer(p.payer)}`,
  payer_unit_registration: (p, n) => `按注册地所属财政分级承担：${n.payer(p.payer)}`,
  new_honors: (p, n) => `新获称号：${String(p.honors).split('、').map((code) => n.code('honors', code)).join('、')}`,
  matched_amount: (p) => `配套：${p.claimed} 元 × ${p.share} = ${p.amount} 元`,
  claimed_amount: (p) => `花名册给出的金额：${p.amount} 元`,
  outside_range: (p) => `注意：金额不在政策规定的 ${p.low}${p.high ? `–${p.high}` : ' 元以上'} 元范围内，请核实`,
  fixed_amount: (p) => (Number(p.count) > 1 ? `标准 ${p.amount} 元 × ${p.count} 项` : `标准 ${p.amount} 元`),
  range: (p) => `政策规定 ${p.low}–${p.high} 元，具体金额未定：按区间计入汇总的下限和上限`,
  range_open: (p) => `政策规定不低于 ${p.low} 元，具体金额未定：下限 ${p.low} 元，无上限`,
  range_point: (p) => `按 --range ${p.point} 取 ${p.amount} 元`,
  amount_missing: () => `政策未规定金额或金额须由花名册提供：不计金额`,
  per_year: (p) => `每年定额 ${p.amount} 元（${p.first}${p.last ? `–${p.last}` : ''} 年）`,
  unit_type: (p, n) => `单位类别：${n.code('unit_type', p.type)}`,
};

const EN: Record<string, Render> = {
  tier: (p, n) => `Talent tier ${p.tier} (${n.tier(p.tier)})`,
  intro_mode: (p, n) => `Introduced: ${n.code('intro_mode', p.mode)}`,
  amount_by_tier: (p) => `Tier ${p.tier} standard: ${p.amount} yuan`,
  amount_each_tier: (p) => `meets the conditions of tiers ${String(p.tiers).split(',').join(', ')}: their standards added, ${p.amount} yuan`,
  housing_reform_not_excluded: (p, n) => `Has had housing-reform housing, but the exclusion does not apply to this way of coming (${n.code('intro_mode', p.mode)})`,
  granted_in_start_month: (p) => `One-off, granted in ${p.month}`,
  granted_at_effective: (p) => `Start ${p.start} precedes the policy: granted when it took effect, ${p.month}`,
  counted_from_effective: (p) => `Start ${p.start} precedes the policy: counted from ${p.month}`,
  months_in_year: (p) => `In ${p.year}: ${p.first} to ${p.last}, ${p.months} months`,
  payer_fixed: (p, n) => `Paid by ${n.payer(p.payer)}`,
  payer_county_of_employer: (p, n) => `Paid by the finance of the enterprise's county: ${n.payer(p.payer)}`,
  payer_employer: (p, n) => `${n.code('employer_type', p.employer_type)}: through its own channels, paid by the employer`,
  payer_finance_all: (p, n) => `${n.code('employer_type', p.employer_type)}: paid in full by same-level finance, ${n.payer(p.payer)}`,
  payer_split_unknown: (p, n) => `Partially funded institution: ${n.payer(p.payer)} pays share ${p.share}, the employer the rest (amount unknown)`,
  payer_split: (p, n) => `Partially funded institution: ${p.amount} × ${p.share} ${ROUNDED_EN[String(p.rounding ?? 'half_up')] ?? p.rounding} = ${p.finance} from ${n.payer(p.payer)}, the rest ${p.employer} from the employer`,
  rate_missing: (p, n) => `No public rental rate known for the place of work${p.county ? ` (${n.code('county', p.county)})` : ''}: no amount; supply rent_per_m2 or --rent-rates`,
  rate_from_roster: (p) => `Public rental rate ${p.rate} yuan/m² (roster)`,
  rate_from_table: (p, n) => `Public rental rate ${p.rate} yuan/m² (${n.code('county', p.county)} rate table)`,
  area_times_rate: (p) => `${p.area} m² × ${p.rate} yuan/m² = ${p.monthly} yuan a month`,
  fresh_graduate: (p) => `Fresh graduate under contract with an enterprise, insured, renting: ${p.monthly} yuan a month`,
  graduate_cap: (p) => `At most ${p.max} months: ${p.first} to ${p.last}`,
  condition_met: (p, n) => `Meets the condition of "${n.item(p.item)}"`,
  monthly_fixed: (p) => `${p.monthly} yuan a month`,
  allowance_line_met: (p, n) => `Meets: ${n.line(p.line)}, ${p.monthly} yuan a month`,
  allowance_highest: (p, n) => `Highest of ${p.count} lines applies: "${n.line(p.line)}", ${p.monthly} yuan a month`,
  employer_set: () => `Flexible introduction: the employer sets the allowance by work time and content; no amount`,
  works_at_township: (p, n) => `Works at ${n.code('work_level', p.level)} level`,
  share_of_salary: (p) => `Basic salary ${p.salary} × ${p.share} ${ROUNDED_EN[String(p.rounding ?? 'half_up')] ?? p.rounding} = ${p.monthly} yuan a month`,
  payer_same_level_of_employer: (p, n) => `Paid by the finance of the level where the enterprise is registered: ${n.payer(p.payer)}`,
  payer_project_registration: (p, n) => `Paid by the finance of the level where the project enterprise is registered: ${n.payer(p.payer)}`,
  payer_unit_registration: (p, n) => `Paid by the finance of the level where the unit is registered: ${n.payer(p.payer)}`,
  new_honors: (p, n) => `Newly won: ${String(p.honors).split('、').map((code) => n.code('honors', code)).join('; ')}`,
  matched_amount: (p) => `Match: ${p.claimed} × ${p.share} = ${p.amount} yuan`,
  claimed_amount: (p) => `Amount given on the roster: ${p.amount} yuan`,
  outside_range: (p) => `Check: the amount is outside the policy's ${p.low}${p.high ? `–${p.high}` : ' or more'} yuan`,
  fixed_amount: (p) => (Number(p.count) > 1 ? `Standard ${p.amount} yuan × ${p.count}` : `Standard ${p.amount} yuan`),
  range: (p) => `The policy gives ${p.low}–${p.high} yuan, not decided: counted as low and high bounds`,
  range_open: (p) => `The policy gives at least ${p.low} yuan, not decided: low bound ${p.low}, no upper bound`,
  range_point: (p) => `--range ${p.point} picks ${p.amount} yuan`,
  amount_missing: () => `No amount in the policy, or the roster must supply it: no amount`,
  per_year: (p) => `${p.amount} yuan a year (${p.first}${p.last ? `–${p.last}` : ''})`,
  unit_type: (p, n) => `Unit type: ${n.code('unit_type', p.type)}`,
  condition_failed: (p, n) => `Condition not met: ${n.rule(p.rule)}`,
  check_claim_rule: (p, n) => `Claim condition: ${n.rule(p.rule)}`,
  approved_before: (p) => `Approved ${p.approved}, before ${p.from}: "from 2013 on" gives nothing to earlier approvals`,
};

function names(lang: Lang, policy: Policy): Names {
  const vocabulary = loadVocabulary();
  const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));
  return {
    code: (field, code) => codeLabel(field, text(code), lang),
    payer: (code) => (lang === 'zh' ? vocabulary.payerLabel(text(code)) : englishPayerLabel(text(code))),
    tier: (tier) => policy.tiers.find((entry) => entry.tier === tier)?.label[lang] ?? text(tier),
    line: (id) => policy.lineLabels.get(text(id))?.[lang] ?? text(id),
    rule: (id) => policy.claimRules.find((rule) => rule.id === id)?.label[lang] ?? text(id),
    item: (code) => policy.itemLabels.get(text(code))?.label[lang] ?? text(code),
  };
}

/** names() per policy and language, made once: a roster renders millions of reasons. */
const namesMade = new WeakMap<Policy, Partial<Record<Lang, Names>>>();

function namesFor(lang: Lang, policy: Policy): Names {
  let byLang = namesMade.get(policy);
  if (!byLang) namesMade.set(policy, (byLang = {}));
  return (byLang[lang] ??= names(lang, policy));
}

export function renderReason(reason: Reason, lang: Lang, policy: Policy): string {
  const render = (lang === 'zh' ? ZH : EN)[reason.key];
  if (!render) return reason.key;
  return render(reason.params ?? {}, namesFor(lang, policy));
}

export function renderReading(id: string, lang: Lang, policy: Policy): string {
  const reading = policy.readings.get(id);
  return reading ? `[${lang === 'zh' ? '解读' : 'reading'} ${reading.clause}] ${reading[lang]}` : id;
}

/** Every reason key the engine may emit has a sentence in both languages (checked by a test). */
export const REASON_KEYS = Object.keys(ZH);
export const REASON_KEYS_EN = Object.keys(EN);
