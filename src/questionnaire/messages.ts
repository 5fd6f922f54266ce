// Every sentence the window questionnaire and its result show, in Chinese (default) and English.
import type { Lang } from '../i18n/lang.js';

export interface CheckMessages {
  /** The question for a roster key. */
  question: Record<string, string>;
  honorsHint: string;
  /** A question with its hint in brackets of the language. */
  withHint(question: string, hint: string): string;
  optionalHint: string;
  rentHint(tableRate: string | null): string;
  salaryHint: string;
  shareHint: string;
  monthHint: string;
  endHint: string;
  /** The claim checklist (grants, awards, tax items, non-money facts) and its choices. */
  situationsQuestion: string;
  situationsLabel: string;
  situation: Record<string, string>;
  /** The hint of an amount follow-up; `range` as the policy gives it (rangeText), if it does. */
  amountHint(range: string | null): string;
  rangeText(low: string, high: string | null): string;
  amountUndecided: string;
  yuan(amount: string): string;
  summaryTitle: string;
  notAsked: string;
  confirm: string;
  changeWhich: string;
  change(label: string): string;
  answersInvalid: string;
  none: string;
  yes: string;
  no: string;
  cancelled: string;
  noTty: string;
  // --- the result ---
  noticeTitle(policy: string, year: number): string;
  basis(policy: string, edition: string): string;
  /** "购房补贴（§16）：…" */
  labelled(label: string, value: string): string;
  withClause(label: string, clause: string): string;
  sectionNumber(index: number): string;
  person(name: string | null, id: string): string;
  tier(tier: string | null, label: string | null): string;
  entitlements: string;
  noEntitlements: string;
  oneOff(amount: string): string;
  monthly(monthly: string | null, months: number | null, amount: string | null): string;
  /** A one-off amount not decided: the policy's range if it gives one. */
  oneOffUndecided(range: string | null): string;
  /** A yearly item (tax expenditures, §15 return): this year's amount, or undecided. */
  annual(amount: string | null): string;
  taxNote: string;
  taxTotal(amount: string): string;
  rateMissing: string;
  employerSet: string;
  payers: string;
  payerAmount(payer: string, amount: string | null): string;
  candidates: string;
  chosenMark: string;
  total(amount: string): string;
  uncomputedNote: string;
  rights: string;
  nearMisses: string;
  readings: string;
  facts: string;
  /** `policy` is the edition's own title (data/policies/<edition>/edition.json), so a new edition needs no code. */
  footer(date: string, policy: string): string;
  wrote(path: string): string;
  cannotWrite(path: string, reason: string): string;
  cannotReadAnswers(path: string, reason: string): string;
  answersRejected(count: number): string;
  // --- help ---
  description: string;
  options: { year: string; answers: string; format: string; output: string; rentRates: string; policy: string; fact(column: string): string };
  examples: string;
}

const ZH: CheckMessages = {
  question: {
    name: '姓名（可留空）',
    id: '编号',
    honors: '人才称号（可多选；没有就不勾选）',
    intro_mode: '引进方式',
    employer_type: '单位性质',
    fiscal_share: '财政拨款比例（0 到 1 之间的小数）',
    employer_level: '单位层级',
    work_level: '工作地层级（按工作地点，而非单位层级）',
    county: '所在县（特区、区）',
    education: '学历',
    degree: '学位',
    title: '专业技术职称',
    skill: '职业技能等级',
    housing_reform: '是否已享受房改政策？',
    base_salary: '月基本工资',
    rent_per_m2: '工作所在地公共租赁住房月租金（元/平方米/月）',
    fresh_graduate: '是否应届高校毕业生（全日制、具有学历学位、毕业两年内未就业，与本市企业签订一年以上劳动合同并缴纳社保、在外租房）？',
    start: '起始年月（到岗、签约或获得称号的月份）',
    end: '终止年月',
    grant_month: '发放年月（新获称号、项目或奖励获批的月份）',
    new_honors: '本年度新获哪些称号？（可多选）',
    research_grant: '科研启动经费和创新创业资金',
    innovation_team: '是否引进的海内外创新创业人才团队带头人？',
    project_level: '项目所在企业注册地层级',
    project_county: '项目所在企业注册地所在县（特区、区）',
    sci_award_amount: '国家、省级科技进步奖奖励金额',
    grassroots_program: '参加的高校毕业生基层就业项目',
    settlement_amount: '一次性安置费',
    tuition_compensation: '学费补偿和国家助学贷款代偿金额',
    first_year_insurance: '第一年由用人单位及个人缴纳的社会保险费',
    startup_tax_exempt: '本年度免征的营业税及附征税费',
    income_tax_return: '本年度缴纳的个人所得税市内留成部分',
    grassroots_years: '在乡镇（街道）、村（社区）工作的年数',
  },
  honorsHint: '',
  withHint: (question, hint) => `${question}（${hint}）`,
  optionalHint: '可留空',
  rentHint: (rate) => (rate === null ? '留空：县区租金表没有数字，将列出该项但不计金额' : `留空：按县区租金表 ${rate}`),
  salaryHint: '元，如 3200 或 3200.50',
  shareHint: '如 0.6',
  monthHint: '如 2014-03',
  endHint: '如 2016-12，没有则留空',
  situationsQuestion: '是否有以下情况？（可多选；都没有就不勾选）',
  situationsLabel: '其他情况',
  situation: {
    new_honors: '本年度新当选（入选）高层次人才称号，或列入“两院”院士候选人才培养工程（§11、§18）',
    research_grant: '有创新创业项目，申请科研启动经费和创新创业资金（§11）',
    sci_award: '获得国家、省级科技进步奖（§18）',
    hired_graduate: '民营经济组织吸纳的应届高校毕业生，签订1年以上劳动合同并缴纳社会保险费（§14）',
    grassroots_program: '高校毕业生基层就业项目新聘人员：大学生村官、“三支一扶”人员、西部计划志愿者（§14）',
    tuition_compensation: '参加基层就业项目到基层工作三年以上：学费补偿和国家助学贷款代偿（§14）',
    sme_graduate: '中小企业吸纳的持《就业失业登记证》高校毕业生（§14）',
    startup_tax_exempt: '初次创业从事个体经营，营业额不足2万元：免征营业税及附加（§14）',
    income_tax_return: '企业奖励股权形成的收入或经认定的急需重要人才收入：个人所得税市内留成部分奖励（§15）',
    urgent_talent: '经认定的急需紧缺人才（§13）',
    scientist_in_enterprise: '科技人员在企业任职（§9）',
    coal_safety_inspector: '煤矿安全监管监察人员（§20）',
    registered_safety_engineer: '取得注册安全工程师（§20）',
    grassroots_years: '在乡镇（街道）、村（社区）工作（§8，按年限）',
  },
  amountHint: (range) => `元${range === null ? '' : `，政策规定 ${range}`}；金额未定则直接回车`,
  rangeText: (low, high) => (high === null ? `不低于 ${low} 元` : `${low}–${high} 元`),
  amountUndecided: '是（金额未定）',
  yuan: (amount) => `${amount} 元`,
  summaryTitle: '请核对以下信息：',
  notAsked: '（未问：不影响结果）',
  confirm: '信息无误，计算待遇',
  changeWhich: '确认或修改',
  change: (label) => `修改：${label}`,
  answersInvalid: '以下信息需要修改：',
  none: '无',
  yes: '是',
  no: '否',
  cancelled: '已退出问卷，未计算。',
  noTty: '没有可交互的终端，无法逐项提问。请用 --answers 文件.json 提供人员信息（键与花名册列相同），例如：rencai check --answers data/examples/person.json',
  labelled: (label, value) => `${label}：${value}`,
  withClause: (label, clause) => `${label}（${clause}）`,
  basis: (policy, edition) => `依据：${policy}（${edition}）`,
  sectionNumber: (index) => `${'一二三四五六七八九十'[index] ?? String(index + 1)}、`,
  noticeTitle: (_policy, year) => `六盘水市人才政策待遇告知单（${year} 年度）`,
  person: (name, id) => `姓名：${name ?? '（未填）'}　编号：${id}`,
  tier: (tier, label) => (tier === null ? '人才层次：无' : `人才层次：${tier} 类（${label ?? ''}）`),
  entitlements: '享受的待遇',
  noEntitlements: '本年度没有可享受的资金待遇。',
  oneOff: (amount) => `一次性 ${amount} 元`,
  monthly: (monthly, months, amount) =>
    monthly === null ? `按月，${months ?? 0} 个月，金额未定` : `每月 ${monthly} 元 × ${months ?? 0} 个月 = ${amount ?? '—'} 元`,
  oneOffUndecided: (range) => (range === null ? '一次性，金额未定' : `一次性，金额未定（${range}）`),
  annual: (amount) => (amount === null ? '本年度，金额未定' : `本年度 ${amount} 元`),
  taxNote: '税收支出，不计入现金合计',
  taxTotal: (amount) => `本年度税收支出合计：${amount} 元（减免的税费，不计入上面的资金合计）`,
  rateMissing: '缺少公租房租金标准，金额未定',
  employerSet: '由用人单位确定，不计金额',
  payers: '承担',
  payerAmount: (payer, amount) => (amount === null ? `${payer}（金额未定）` : `${payer} ${amount} 元`),
  candidates: '符合的津贴档次（就高不就低）：',
  chosenMark: '← 适用（最高）',
  total: (amount) => `本年度资金待遇合计：${amount} 元`,
  uncomputedNote: '金额未定的项目不计入合计。',
  rights: '非资金待遇（可申请）',
  nearMisses: '值得了解',
  readings: '适用的政策解读',
  facts: '填报信息',
  footer: (date, policy) => `本告知单依据${policy}计算，仅供参考，以主管部门审核为准。打印日期：${date}`,
  wrote: (path) => `已写出告知单：${path}`,
  cannotWrite: (path, reason) => `无法写出 ${path}：${reason}`,
  cannotReadAnswers: (path, reason) => `无法读取答案文件 ${path}：${reason}`,
  answersRejected: (count) => `人员信息有 ${count} 处错误：`,
  description: '人才服务窗口：逐项提问一个人的情况，给出应享受的待遇、金额、条款和承担方，并可写出告知单',
  options: {
    year: '预算年度（默认今年）',
    answers: '从 JSON 文件读取人员信息（键与花名册列相同），不再提问；- 表示标准输入',
    format: '结果格式：table（默认，文字）、json（与 roster 的一个 people 条目相同）、md（Markdown）',
    output: '另写一份可打印的告知单：.html 为网页（可打印），.md 为 Markdown，其他扩展名为纯文本',
    rentRates: '公租房月租金表（JSON 或 CSV：county,rent_per_m2），覆盖内置县区表',
    policy: '指定政策版本（默认按年度选择）',
    fact: (column) => `花名册“${column}”列的值（写法与花名册相同：代码或中文名称；给出后不再提问）`,
  },
  examples: [
    '',
    '示例：',
    '  rencai check                                  # 在终端逐项提问',
    '  rencai check --year 2014 --output 告知单.md     # 提问后另写一份告知单',
    '  rencai check --answers data/examples/person.json --format json',
    '  rencai check --work-level 乡镇 --base-salary 3200   # 已知的信息不再提问',
    '',
    '  rencai check --answers data/examples/person.json --year 2014 --output 告知单.html   # 不提问，写一份可打印的告知单',
    '',
    '没有终端时（脚本、管道）或用 --no-input 时不提问，必须给出 --answers 或全部必填信息；按 Ctrl-C 随时退出。',
    '--output 的扩展名决定告知单的格式：.html（网页，可直接打印在 A4 纸上）、.md（Markdown）、其他为纯文本。',
    '退出状态：0 成功；1 给出的信息未通过校验；2 命令行有误；3 答案文件无法读取；4 数据有误；5 告知单无法写入；130 按了 Ctrl-C。',
  ].join('\n'),
};

const EN: CheckMessages = {
  question: {
    name: 'Name (may be left empty)',
    id: 'Identifier',
    honors: 'Titles and honours (several allowed; tick none if none)',
    intro_mode: 'How the person came',
    employer_type: 'Type of employer',
    fiscal_share: "Finance's funding share (a decimal from 0 to 1)",
    employer_level: "Employer's level",
    work_level: 'Level of the place of work (where the person works, not the employer)',
    county: 'County (special district, district)',
    education: 'Education (学历)',
    degree: 'Degree (学位)',
    title: 'Professional title',
    skill: 'Vocational skill level',
    housing_reform: 'Has the person already had housing-reform housing (房改)?',
    base_salary: 'Monthly basic salary',
    rent_per_m2: 'Public rental housing rent where the person works (yuan per m² per month)',
    fresh_graduate: 'A fresh graduate (full-time, education and degree, within two years and no first job, contract of a year or more with an enterprise in the city, insured, renting)?',
    start: 'First month of entitlement (arrival, contract or honour)',
    end: 'Last month of entitlement',
    grant_month: 'Month of the grant (honour won, project or award approved)',
    new_honors: 'Which honours were newly won this year? (several allowed)',
    research_grant: 'Research start-up and innovation funding',
    innovation_team: 'Leader of an introduced innovation and entrepreneurship team?',
    project_level: 'Level where the project enterprise is registered',
    project_county: 'County where the project enterprise is registered',
    sci_award_amount: 'Amount of the national or provincial S&T progress award',
    grassroots_program: 'Grassroots employment programme joined',
    settlement_amount: 'One-off settlement grant',
    tuition_compensation: 'Tuition compensation and student-loan repayment',
    first_year_insurance: 'First-year social insurance paid by employer and person',
    startup_tax_exempt: 'Business tax and surcharges exempted this year',
    income_tax_return: 'City-retained part of the income tax paid this year',
    grassroots_years: 'Years worked at township (street) or village (community) level',
  },
  honorsHint: '',
  withHint: (question, hint) => `${question} (${hint})`,
  optionalHint: 'may be left empty',
  rentHint: (rate) => (rate === null ? 'empty: the county table has no figure; the item is listed without an amount' : `empty: county table, ${rate}`),
  salaryHint: 'yuan, e.g. 3200 or 3200.50',
  shareHint: 'e.g. 0.6',
  monthHint: 'e.g. 2014-03',
  endHint: 'e.g. 2016-12, empty if none',
  situationsQuestion: 'Do any of these apply? (several allowed; tick none if none apply)',
  situationsLabel: 'Other situations',
  situation: {
    new_honors: 'Newly elected or selected for a high-level honour this year, or listed in the academician candidate programme (§11, §18)',
    research_grant: 'Has an innovation or start-up project and applies for research start-up funding (§11)',
    sci_award: 'Won a national or provincial S&T progress award (§18)',
    hired_graduate: 'A fresh graduate hired by a private economic organisation, contract of a year or more, insured (§14)',
    grassroots_program: 'New recruit of a graduate grassroots programme: village official, "three supports", western volunteer (§14)',
    tuition_compensation: 'Three or more years at the grassroots in such a programme: tuition compensation and loan repayment (§14)',
    sme_graduate: 'A graduate holding an employment registration card hired by a small or medium enterprise (§14)',
    startup_tax_exempt: 'First business as a sole proprietor, turnover under 20,000: business tax exempted (§14)',
    income_tax_return: 'Income from equity rewards or as certified urgently needed talent: city part of income tax returned (§15)',
    urgent_talent: 'Certified as urgently needed talent (§13)',
    scientist_in_enterprise: 'A scientist taking a post in an enterprise (§9)',
    coal_safety_inspector: 'Coal-mine safety inspector (§20)',
    registered_safety_engineer: 'Registered safety engineer (§20)',
    grassroots_years: 'Works at township or village level (§8, by years)',
  },
  amountHint: (range) => `yuan${range === null ? '' : `; the policy gives ${range}`}; enter if not decided`,
  rangeText: (low, high) => (high === null ? `at least ${low} yuan` : `${low}–${high} yuan`),
  amountUndecided: 'Yes (amount not decided)',
  yuan: (amount) => `${amount} yuan`,
  summaryTitle: 'Please check these facts:',
  notAsked: '(not asked: cannot change the result)',
  confirm: 'Correct: compute the entitlements',
  changeWhich: 'Confirm or change',
  change: (label) => `Change: ${label}`,
  answersInvalid: 'These facts need changing:',
  none: 'None',
  yes: 'Yes',
  no: 'No',
  cancelled: 'Questionnaire left; nothing computed.',
  noTty: 'No interactive terminal to ask questions on. Give the facts with --answers FILE.json (keys as the roster columns), e.g. rencai check --answers data/examples/person.json',
  labelled: (label, value) => `${label}: ${value}`,
  withClause: (label, clause) => `${label} (${clause})`,
  basis: (policy, edition) => `Under: ${policy} (${edition})`,
  sectionNumber: (index) => `${index + 1}. `,
  noticeTitle: (_policy, year) => `Liupanshui talent policy: notice of entitlements (budget year ${year})`,
  person: (name, id) => `Name: ${name ?? '(not given)'}   Identifier: ${id}`,
  tier: (tier, label) => (tier === null ? 'Talent tier: none' : `Talent tier: ${tier} (${label ?? ''})`),
  entitlements: 'Entitlements',
  noEntitlements: 'No money entitlements in this year.',
  oneOff: (amount) => `one-off ${amount} yuan`,
  monthly: (monthly, months, amount) =>
    monthly === null ? `monthly, ${months ?? 0} months, amount unknown` : `${monthly} yuan a month × ${months ?? 0} months = ${amount ?? '—'} yuan`,
  oneOffUndecided: (range) => (range === null ? 'one-off, amount not decided' : `one-off, amount not decided (${range})`),
  annual: (amount) => (amount === null ? 'this year, amount not decided' : `this year ${amount} yuan`),
  taxNote: 'tax expenditure, not in the cash total',
  taxTotal: (amount) => `Tax expenditures in the year: ${amount} yuan (taxes forgone, not in the total above)`,
  rateMissing: 'no public rental rate: amount unknown',
  employerSet: 'set by the employer: no amount',
  payers: 'Paid by',
  payerAmount: (payer, amount) => `${payer} ${amount === null ? '(amount unknown)' : `${amount} yuan`}`,
  candidates: 'Allowance lines met (the highest applies):',
  chosenMark: '← applies (highest)',
  total: (amount) => `Total money entitlements in the year: ${amount} yuan`,
  uncomputedNote: 'Items without an amount are not in the total.',
  rights: 'Non-money entitlements (on application)',
  nearMisses: 'Worth knowing',
  readings: 'Readings of the policy applied',
  facts: 'Facts given',
  footer: (date, policy) => `Computed under ${policy}; for information, subject to review by the competent department. Printed ${date}.`,
  wrote: (path) => `Notice written: ${path}`,
  cannotWrite: (path, reason) => `Cannot write ${path}: ${reason}`,
  cannotReadAnswers: (path, reason) => `Cannot read the answers file ${path}: ${reason}`,
  answersRejected: (count) => `The person's facts have ${count} error(s):`,
  description: "Service window: asks about one person and shows the entitlements, amounts, clauses and payers; can write a printable notice",
  options: {
    year: 'budget year (default: this year)',
    answers: 'read the facts from a JSON file (keys as the roster columns) instead of asking; - for stdin',
    format: 'result format: table (default, text), json (one `people` entry of roster), md (Markdown)',
    output: 'also write a printable notice: a web page for .html, Markdown for .md, plain text otherwise',
    rentRates: 'public rental rent table (JSON or CSV county,rent_per_m2), overriding the bundled one',
    policy: 'policy edition (default: chosen by year)',
    fact: (column) => `the roster's ${column} column (written as in a roster cell; not asked when given)`,
  },
  examples: [
    '',
    'Examples:',
    '  rencai check --lang en                         # ask at the terminal',
    '  rencai check --year 2014 --output notice.md    # ask, then also write a notice',
    '  rencai check --answers data/examples/person.json --format json',
    '  rencai check --work-level township --base-salary 3200   # facts given are not asked',
    '',
    '  rencai check --answers data/examples/person.json --year 2014 --output notice.html   # no questions, a printable notice',
    '',
    'Without a terminal (scripts, pipes) or with --no-input nothing is asked: give --answers or every required fact; Ctrl-C leaves at any time.',
    'The --output extension decides the notice format: .html (a page to print on A4), .md (Markdown), anything else plain text.',
    'Exit status: 0 done; 1 the facts fail validation; 2 bad command line; 3 answers unreadable; 4 data invalid; 5 notice not writable; 130 Ctrl-C.',
  ].join('\n'),
};

export function checkMessages(lang: Lang): CheckMessages {
  return lang === 'en' ? EN : ZH;
}
