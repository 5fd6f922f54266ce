// The roster's columns and the unit roster's, each described once: its key, what kind of cell it
// is (which decides how a roster cell and an answers-JSON value are read, and how `rencai check`
// asks it), the code list it takes, whether it is a claim (a grant, award or tax fact, read only
// when a row has such a column), its English name (--lang en), its cell in the template's example
// row, and whether, when and in which words the questionnaire asks it. The Chinese header and its
// aliases stay with the codes in data/codes.json, where clerks' words are kept; roster/columns.ts
// checks that every key here has them. The order is the roster's: it is the order of the template's
// header and of a row's positions, claims last; the questionnaire's order is each question's own.
//
// It lives in policy/ because the reader, the questionnaire and the engine's conditions all speak of
// these columns, and policy/ is the room below all of them.
import type { CodeField } from './vocabulary.js';

/**
 * id: the person's id. text: free text. honors: a list of honour codes. code: one code of `field`.
 * yes_no: 是/否. yuan: money in yuan to two places. share: a decimal 0–1. rent: a positive decimal
 * (yuan per m²). month: a year and month. amount_claim: yes, or a sum in yuan. whole: a whole number.
 */
export type ColumnKind = 'id' | 'text' | 'honors' | 'code' | 'yes_no' | 'yuan' | 'share' | 'rent' | 'month' | 'amount_claim' | 'whole';

export interface ColumnSpec {
  readonly key: string;
  readonly kind: ColumnKind;
  /** The code list of a code column. */
  readonly field?: CodeField;
  readonly claim: boolean;
  /** The column's English name, where --lang en names it (the questionnaire's summary); the key if none. */
  readonly en?: string;
  /**
   * The column's cell in `rencai template`'s example row, in roster codes (printed as Chinese labels
   * under the Chinese header); none is an empty cell.
   */
  readonly example?: string;
  /** How `rencai check` asks the column; a column without one is not asked (id, count, the flags the checklist sets). */
  readonly ask?: ColumnQuestion;
  /**
   * README's words (zh) for the column's values that the table cannot say itself: appended as written to what
   * it can (a code column's labels, 是/否, 金额或“是”), so it brings its own punctuation; the rules between
   * columns follow it (roster/column-tables.ts, `npm run docs:columns`).
   */
  readonly readme?: string;
}

/**
 * A test the questionnaire makes before asking a column (questionnaire/questions.ts decides each):
 * required / allowed: a rule between columns (roster/cross-field.ts) requires it or lets it be given;
 * weighed: the engine says its answer can change the result (a qualification, the employer's level
 * or county); rent_priced: an item priced by the rent per m² would pay; yes_matters: yes changes the
 * result; employer_known: the employer's type is answered; no_honour_tier: the honours alone give no
 * tier; claim_rules_allow_yes: yes breaks no claim rule of the text (claim-rules.json);
 * project_registration_matters: where the project enterprise is registered changes who pays §11;
 * grant_month_item: a one-off grant is paid in the grant month. `{ column, in }`: that column's answer
 * is one of these codes.
 */
export type AskTest =
  | 'required' | 'allowed' | 'weighed' | 'rent_priced' | 'yes_matters' | 'employer_known' | 'no_honour_tier'
  | 'claim_rules_allow_yes' | 'project_registration_matters' | 'grant_month_item'
  | { readonly column: string; readonly in: readonly string[] };

/**
 * The answer a question offers: a code; another column's answer (when it is one of `in`, if given;
 * `else` otherwise); or a month of the budget year (its first, or the grant month the start suggests).
 */
export type AskDefault =
  | { readonly code: string }
  | { readonly from: string; readonly in?: readonly string[]; readonly else?: string }
  | { readonly month: 'year_start' | 'grant_month' };

/**
 * How the questionnaire asks a column. The kind of answer follows from the column's kind: a choice of
 * its codes, yes/no, a checklist of honours, an amount (or Enter for "amount not decided"), or text
 * with its kind's hint (yuan, share, month, rent).
 */
export interface ColumnQuestion {
  /**
   * Its place: the core columns are asked in this order, then the checklist of claims, then the claim
   * columns' follow-ups in this order.
   */
  readonly order: number;
  readonly zh: string;
  readonly en: string;
  /** A follow-up of the checklist: asked when one of these situations (questionnaire/situations.ts) is ticked. */
  readonly ticked?: readonly string[];
  /** When the column applies at all (every test holds); an earlier answer is dropped when it stops applying. */
  readonly when?: readonly AskTest[];
  /** When asking can still change the result (every test holds), checked only before asking; a stand-in answers otherwise. */
  readonly worth?: readonly AskTest[];
  readonly default?: AskDefault;
  /** A hint of its own in place of its kind's. */
  readonly hint?: { readonly zh: string; readonly en: string };
  /** A checklist of honours offering only the codes that, given, change the result (honours newly won). */
  readonly rewarding?: true;
}

/** A roster column: every one has an English name. */
interface PersonColumnSpec extends ColumnSpec {
  readonly en: string;
}

// The template's example row (the `example` cells) is a tier-E doctor introduced directly into a
// state-owned enterprise, working at township level in 盘州市: 购房补贴 180,000 and 人才津贴 1,000 a month
// (§16, §17). Its id is replaced by the marker of roster/example-row.ts, which the reader refuses, so a
// forgotten example never reaches a budget.

export const PERSON_COLUMNS = [
  { key: 'id', kind: 'id', claim: false, readme: '必填，花名册内唯一', en: 'ID' },
  { key: 'name', kind: 'text', claim: false, en: 'Name', example: '张三',
    ask: { order: 10, zh: '姓名（可留空）', en: 'Name (may be left empty)' } },
  { key: 'honors', kind: 'honors', field: 'honors', claim: false, readme: '以 `;` `；` `、` 分隔，如 `中国工程院院士`、`长江学者`、`市管专家`', en: 'Titles and honours',
    ask: { order: 20, zh: '人才称号（可多选；没有就不勾选）', en: 'Titles and honours (several allowed; tick none if none)' } },
  { key: 'education', kind: 'code', field: 'education', claim: false, en: 'Education', example: 'doctor',
    ask: { order: 90, zh: '学历', en: 'Education', worth: ['weighed'], default: { code: 'bachelor' } } },
  { key: 'degree', kind: 'code', field: 'degree', claim: false, en: 'Degree', example: 'doctor',
    ask: { order: 100, zh: '学位', en: 'Degree', worth: ['weighed'], default: { from: 'education', in: ['bachelor', 'master', 'doctor'], else: 'none' } } },
  { key: 'title', kind: 'code', field: 'title', claim: false, en: 'Professional title', example: 'associate_senior',
    ask: { order: 110, zh: '专业技术职称', en: 'Professional title', worth: ['weighed'], default: { code: 'none' } } },
  { key: 'skill', kind: 'code', field: 'skill', claim: false, en: 'Skill level', example: 'none',
    ask: { order: 120, zh: '职业技能等级', en: 'Vocational skill level', worth: ['weighed'], default: { code: 'none' } } },
  { key: 'intro_mode', kind: 'code', field: 'intro_mode', claim: false, en: 'How the person came', example: 'direct',
    ask: { order: 30, zh: '引进方式', en: 'How the person came', default: { code: 'direct' } } },
  { key: 'employer_type', kind: 'code', field: 'employer_type', claim: false, en: 'Employer type', example: 'soe',
    ask: { order: 40, zh: '单位性质', en: 'Type of employer' } },
  { key: 'fiscal_share', kind: 'share', claim: false, readme: '0–1 的小数', en: "Finance's share",
    ask: { order: 50, zh: '财政拨款比例（0 到 1 之间的小数）', en: "Finance's funding share (a decimal from 0 to 1)", when: ['required'] } },
  { key: 'employer_level', kind: 'code', field: 'employer_level', claim: false, en: 'Employer level', example: 'county',
    ask: { order: 60, zh: '单位层级', en: "Employer's level", worth: ['weighed'], default: { code: 'city' } } },
  { key: 'county', kind: 'code', field: 'county', claim: false, en: 'County', example: 'panzhou',
    ask: { order: 80, zh: '所在县（特区、区）', en: 'County (special district, district)', when: ['required'], worth: ['weighed'] } },
  { key: 'work_level', kind: 'code', field: 'work_level', claim: false, en: 'Place of work', example: 'township',
    ask: { order: 70, zh: '工作地层级（按工作地点，而非单位层级）', en: 'Level of the place of work (where the person works, not the employer)', default: { from: 'employer_level', in: ['county'], else: 'city' } } },
  { key: 'housing_reform', kind: 'yes_no', claim: false, readme: '，默认否', en: 'Has had housing-reform housing', example: 'no',
    ask: { order: 130, zh: '是否已享受房改政策？', en: 'Has the person already had housing-reform housing?', worth: ['weighed'] } },
  { key: 'base_salary', kind: 'yuan', claim: false, readme: '元/月', en: 'Monthly basic salary', example: '4200',
    ask: { order: 140, zh: '月基本工资', en: 'Monthly basic salary', when: ['required'] } },
  { key: 'start', kind: 'month', claim: false, readme: '`YYYY-MM` 或 `YYYY-MM-DD`，必填', en: 'First month', example: '2014-01',
    ask: { order: 170, zh: '起始年月（到岗、签约或获得称号的月份）', en: 'First month of entitlement (arrival, contract or honour)', default: { month: 'year_start' } } },
  { key: 'end', kind: 'month', claim: false, readme: '同上，可空', en: 'Last month',
    ask: { order: 180, zh: '终止年月', en: 'Last month of entitlement', hint: { zh: '如 2016-12，没有则留空', en: 'e.g. 2016-12, empty if none' } } },
  { key: 'rent_per_m2', kind: 'rent', claim: false, readme: '元/平方米/月，优先于县区租金表', en: 'Public rental rent per m²',
    ask: { order: 150, zh: '工作所在地公共租赁住房月租金（元/平方米/月）', en: 'Public rental housing rent where the person works (yuan per m² per month)', when: [{ column: 'intro_mode', in: ['flexible'] }], worth: ['rent_priced'] } },
  { key: 'fresh_graduate', kind: 'yes_no', claim: false, en: 'Fresh graduate', example: 'no',
    ask: { order: 160, zh: '是否应届高校毕业生（全日制、具有学历学位、毕业两年内未就业，与本市企业签订一年以上劳动合同并缴纳社保、在外租房）？', en: 'A fresh graduate (full-time, education and degree, within two years and no first job, contract of a year or more with an enterprise in the city, insured, renting)?', when: ['employer_known', 'allowed', 'no_honour_tier', 'claim_rules_allow_yes'] } },
  // 人数: a row standing for that many identical people, a cohort of a plan (issue #17).
  { key: 'count', kind: 'whole', claim: false, readme: '这一行代表的人数，不小于 1 的整数，默认 1（引进计划的一批；`check` 只算一个人，不用此列）', en: 'Count' },
  // Grants, awards, tax items and non-money facts (README "Contract extensions").
  { key: 'grant_month', kind: 'month', claim: true, readme: '年月', en: 'Grant month',
    ask: { order: 160, zh: '发放年月（新获称号、项目或奖励获批的月份）', en: 'Month of the grant (honour won, project or award approved)', when: ['grant_month_item'], default: { month: 'grant_month' } } },
  { key: 'new_honors', kind: 'honors', field: 'honors', claim: true, readme: '称号，写法同“人才称号”', en: 'Honours newly won',
    ask: { order: 10, zh: '本年度新获哪些称号？（可多选）', en: 'Which honours were newly won this year? (several allowed)', ticked: ['new_honors'], rewarding: true } },
  { key: 'innovation_team', kind: 'yes_no', claim: true, en: 'Leads an innovation team',
    ask: { order: 30, zh: '是否引进的海内外创新创业人才团队带头人？', en: 'Leader of an introduced innovation and entrepreneurship team?', ticked: ['research_grant'], worth: ['yes_matters'] } },
  { key: 'research_grant', kind: 'amount_claim', claim: true, en: 'Research start-up funding',
    ask: { order: 20, zh: '科研启动经费和创新创业资金', en: 'Research start-up and innovation funding', ticked: ['research_grant'] } },
  { key: 'project_level', kind: 'code', field: 'employer_level', claim: true, en: 'Project registered at',
    ask: { order: 140, zh: '项目所在企业注册地层级', en: 'Level where the project enterprise is registered', when: ['project_registration_matters'], default: { from: 'employer_level' } } },
  { key: 'project_county', kind: 'code', field: 'county', claim: true, en: 'Project county',
    ask: { order: 150, zh: '项目所在企业注册地所在县（特区、区）', en: 'County where the project enterprise is registered', when: [{ column: 'project_level', in: ['county'] }, 'project_registration_matters'], default: { from: 'county' } } },
  { key: 'sci_award', kind: 'code', field: 'sci_award', claim: true, en: 'S&T progress award level' },
  { key: 'sci_award_amount', kind: 'amount_claim', claim: true, en: 'S&T progress award amount',
    ask: { order: 40, zh: '国家、省级科技进步奖奖励金额', en: 'Amount of the national or provincial S&T progress award', ticked: ['sci_award'] } },
  { key: 'hired_graduate', kind: 'yes_no', claim: true, en: 'Fresh graduate hired by a private employer' },
  { key: 'grassroots_program', kind: 'code', field: 'grassroots_program', claim: true, en: 'Grassroots programme',
    ask: { order: 50, zh: '参加的高校毕业生基层就业项目', en: 'Grassroots employment programme joined', ticked: ['grassroots_program', 'tuition_compensation'] } },
  { key: 'settlement_amount', kind: 'amount_claim', claim: true, en: 'Settlement grant',
    ask: { order: 60, zh: '一次性安置费', en: 'One-off settlement grant', ticked: ['grassroots_program'], when: ['allowed'] } },
  { key: 'tuition_compensation', kind: 'amount_claim', claim: true, en: 'Tuition compensation',
    ask: { order: 70, zh: '学费补偿和国家助学贷款代偿金额', en: 'Tuition compensation and student-loan repayment', ticked: ['tuition_compensation'] } },
  { key: 'sme_graduate', kind: 'yes_no', claim: true, en: 'Registered graduate hired by an SME' },
  { key: 'first_year_insurance', kind: 'amount_claim', claim: true, en: 'First-year social insurance',
    ask: { order: 80, zh: '第一年由用人单位及个人缴纳的社会保险费', en: 'First-year social insurance paid by employer and person', ticked: ['sme_graduate'] } },
  { key: 'startup_tax_exempt', kind: 'amount_claim', claim: true, en: 'Sole-proprietor tax exempted',
    ask: { order: 90, zh: '本年度免征的营业税及附征税费', en: 'Business tax and surcharges exempted this year', ticked: ['startup_tax_exempt'] } },
  { key: 'income_tax_return', kind: 'amount_claim', claim: true, en: 'Income-tax return',
    ask: { order: 100, zh: '本年度缴纳的个人所得税市内留成部分', en: 'City-retained part of the income tax paid this year', ticked: ['income_tax_return'] } },
  { key: 'urgent_talent', kind: 'yes_no', claim: true, en: 'Urgently needed talent' },
  { key: 'scientist_in_enterprise', kind: 'yes_no', claim: true, en: 'Scientist in an enterprise post' },
  { key: 'coal_safety_inspector', kind: 'yes_no', claim: true, en: 'Coal-mine safety inspector' },
  { key: 'registered_safety_engineer', kind: 'yes_no', claim: true, en: 'Registered safety engineer' },
  { key: 'grassroots_years', kind: 'whole', claim: true, readme: '整数（年）', en: 'Years at township or village level',
    ask: { order: 130, zh: '在乡镇（街道）、村（社区）工作的年数', en: 'Years worked at township (street) or village (community) level', ticked: ['grassroots_years', 'tuition_compensation'] } },
  // §19 title rights (issue #14).
  { key: 'technical_staff', kind: 'yes_no', claim: true, readme: '（§19 乡镇专业技术人员的两项职称待遇）', en: 'Professional technical staff doing technical work' },
  { key: 'technical_years', kind: 'whole', claim: true, readme: '整数（年；§19 满5年按现从事专业申报）', en: 'Years of technical work at county or township level',
    ask: { order: 120, zh: '在县及乡镇从事技术工作的年数', en: 'Years of technical work at county or township level', ticked: ['technical_years'] } },
  { key: 'frontline_scientist', kind: 'yes_no', claim: true, readme: '（§19 破格申报）', en: 'Scientist or technician on the production front line' },
  // §15 (issue #14).
  { key: 'tech_transfer_tax_exempt', kind: 'amount_claim', claim: true, readme: '（§15，税收支出）', en: 'Technology-transfer business tax exempted',
    ask: { order: 110, zh: '技术转让、技术开发收入当年免征的营业税', en: 'Business tax exempted this year on technology-transfer income', ticked: ['tech_transfer_tax_exempt'] } },
] as const satisfies readonly PersonColumnSpec[];

export type PersonColumnKey = (typeof PERSON_COLUMNS)[number]['key'];
export type ClaimColumnKey = Extract<(typeof PERSON_COLUMNS)[number], { claim: true }>['key'];

export const UNIT_COLUMNS = [
  { key: 'id', kind: 'id', claim: false, readme: '必填，花名册内唯一' },
  { key: 'name', kind: 'text', claim: false },
  { key: 'unit_type', kind: 'code', field: 'unit_type', claim: false, readme: '（或代码），必填' },
  { key: 'level', kind: 'code', field: 'employer_level', claim: false, readme: '，必填；决定 §11 配套和补贴由哪一级财政承担' },
  { key: 'county', kind: 'code', field: 'county', claim: false, readme: '；县级必填' },
  { key: 'approved', kind: 'month', claim: false, readme: '`YYYY-MM`，必填；一次性项目在该月所在年度发放' },
  { key: 'provincial_grant', kind: 'yuan', claim: false, readme: '元；基地、团队的市级配套 = 该额 × 50%，不填则按 50–200 万元 × 50% 的区间计' },
  { key: 'reward_amount', kind: 'yuan', claim: false, readme: '元；推介奖励（不填按 5–10 万元区间）和“伯乐奖”（不填为“缺少金额”）' },
] as const satisfies readonly ColumnSpec[];

export type UnitColumnKey = (typeof UNIT_COLUMNS)[number]['key'];

/** Keys of the columns of `kinds`, in table order. */
export function keysOfKind<Spec extends ColumnSpec>(columns: readonly Spec[], kinds: readonly ColumnKind[]): Spec['key'][] {
  return columns.filter((column) => kinds.includes(column.kind)).map((column) => column.key);
}
