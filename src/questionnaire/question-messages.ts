// The questionnaire's own sentences, in Chinese (default) and English: the hints of a kind of answer,
// the claim checklist, the review screen and why nothing is asked. Each column's question is its entry
// in the column table (policy/columns.ts); the result's sentences are result-messages.ts.

export interface QuestionMessages {
  /** A question with its hint in brackets of the language. */
  withHint(question: string, hint: string): string;
  rentHint(tableRate: string | null): string;
  salaryHint: string;
  shareHint: string;
  monthHint: string;
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
  noInput: string;
}

export const QUESTION_ZH: QuestionMessages = {
  withHint: (question, hint) => `${question}（${hint}）`,
  rentHint: (rate) => (rate === null ? '留空：县区租金表没有数字，将列出该项但不计金额' : `留空：按县区租金表 ${rate}`),
  salaryHint: '元，如 3200 或 3200.50',
  shareHint: '如 0.6',
  monthHint: '如 2014-03',
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
    technical_staff: '从事技术工作的专业技术人员（§19）',
    technical_years: '在县及乡镇从事技术工作（§19，按年限）',
    frontline_scientist: '生产第一线科技人员（§19）',
    tech_transfer_tax_exempt: '技术转让、技术开发等收入经认定免征营业税（§15）',
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
  noInput: '用了 --no-input 就不会提问。请用 --answers 文件.json 提供人员信息（键与花名册列相同），例如：rencai check --answers data/examples/person.json',
};

export const QUESTION_EN: QuestionMessages = {
  withHint: (question, hint) => `${question} (${hint})`,
  rentHint: (rate) => (rate === null ? 'empty: the county table has no figure; the item is listed without an amount' : `empty: county table, ${rate}`),
  salaryHint: 'yuan, e.g. 3200 or 3200.50',
  shareHint: 'e.g. 0.6',
  monthHint: 'e.g. 2014-03',
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
    technical_staff: 'Professional technical staff doing technical work (§19)',
    technical_years: 'Technical work at county or township level (§19, by years)',
    frontline_scientist: 'Scientist or technician on the production front line (§19)',
    tech_transfer_tax_exempt: 'Certified technology-transfer income exempt from business tax (§15)',
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
  noInput: 'With --no-input nothing is asked. Give the facts with --answers FILE.json (keys as the roster columns), e.g. rencai check --answers data/examples/person.json',
};
