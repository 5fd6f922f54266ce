// Sentences of the units and budget commands and of the roll-up's ranges (bounds) and §22 fund
// lines, in Chinese (default) and English. The roster command's own are in messages.ts.
import type { Lang } from './lang.js';

const zh = {
  unitsDescription: '按单位花名册（CSV）计算预算年度的单位层面项目（§11 省级基地、团队配套，技能大师工作室；§18 推介奖励、伯乐奖），并按支付方、项目、县区汇总',
  unitsUsage: '<单位花名册文件> --year <年度> [选项]',
  unitsArgument: '单位花名册 CSV 文件（UTF-8 或 GB18030）；- 表示标准输入',
  unitsExamples: [
    '',
    '示例：',
    '  rencai units data/examples/units.csv --year 2014',
    '  rencai units data/examples/units.csv --year 2014 --format json > 单位结果.json',
    '  rencai units data/examples/units.csv --year 2014 --format csv --header zh --output 单位结果.csv',
    '  rencai units data/examples/units.csv --year 2014 --range mid',
    '',
    '单位花名册的列：编号、名称、类别、注册地层级、所在县区、获批年月、省级资助金额、奖励金额（见 README）。',
    '退出状态：0 全部计算；1 有行被拒绝；2 命令行有误；3 花名册无法读取；4 数据有误；5 输出无法写入；70 内部错误。',
  ].join('\n'),
  budgetDescription: '人员花名册与单位花名册合编一份预算：按支付方、项目、县区汇总，另列税收支出、无法计算的项目、区间金额的上下限和 §22 专项资金下限',
  budgetUsage: '--people <人员花名册> --units <单位花名册> --year <年度> [选项]',
  budgetExamples: [
    '',
    '示例：',
    '  rencai budget --people data/examples/roster.csv --units data/examples/units.csv --year 2014',
    '  rencai budget --people data/examples/roster.csv --units data/examples/units.csv --year 2014 --revenue 市级=1200000000,钟山区=800000000',
    '  rencai budget --people data/examples/roster.csv --units data/examples/units.csv --year 2014 --format json > 预算.json',
    '  rencai budget --people data/examples/roster.csv --units data/examples/units.csv --year 2014 --detail     同时逐人、逐单位列出',
    '',
    '退出状态：0 全部计算；1 有行被拒绝；2 命令行有误；3 花名册无法读取；4 数据有误；5 输出无法写入；70 内部错误。',
  ].join('\n'),
  options: {
    people: '人员花名册 CSV 文件（与 rencai roster 相同）',
    units: '单位花名册 CSV 文件（与 rencai units 相同）',
    detail: '同时逐人、逐单位列出（默认只列汇总）；用于表格和 JSON 格式',
    revenue: '§22：各级一般性财政预算收入（元，不含非税收入），如 city=123456789.00,zhongshan=…（键可用支付方代码或中文县区名），汇总中逐级对照 3% 专项资金下限',
  },
  budgetNeedsInput: '请给出 --people（人员花名册）或 --units（单位花名册），或两者都给',
  detailNotCsv: '--detail 只用于表格和 JSON 格式；CSV 格式和 HTML 预算报告输出汇总（逐人、逐单位的 CSV 请用 rencai roster 和 rencai units）',
  revenueEntryInvalid: (entry: string) => `--revenue 中的“${entry}”应写成 级次=金额，如 city=123456789.00 或 钟山区=800000000`,
  revenueKeyUnknown: (key: string, allowed: string) => `--revenue 中的“${key}”不是可设专项资金的财政级次；可用：${allowed}`,
  revenueAmountInvalid: (key: string, value: string) => `--revenue 中 ${key} 的金额“${value}”应为以元为单位的数字，最多两位小数，不带逗号或单位`,
  revenueDuplicate: (payer: string) => `--revenue 中 ${payer} 给了两次`,
  noFund: (edition: string) => `政策版本 ${edition} 没有 §22 专项资金数据（fund.json），不能使用 --revenue`,
  unitsSummary: (computed: number, rejected: number) => rejected === 0
    ? `已计算 ${computed} 个单位，无被拒绝的行`
    : `已计算 ${computed} 个单位，拒绝 ${rejected} 行：`,
  budgetSummary: (people: number, units: number, rejected: number) => rejected === 0
    ? `已计算 ${people} 人、${units} 个单位，无被拒绝的行`
    : `已计算 ${people} 人、${units} 个单位，拒绝 ${rejected} 行：`,
  source: { people: '人员花名册', units: '单位花名册' } as Readonly<Record<string, string>>,
  /** stderr: the total and, beside it, what the ranged items add at their low and high end. */
  boundsSummary: (total: string, withoutPoint: number, addLow: string, addHigh: string | null) =>
    `合计 ${total} 元；另有区间项目 ${withoutPoint} 项未计入：下限 +${addLow} 元，上限 ${addHigh === null ? '无上限' : `+${addHigh} 元`}`,
  boundsPointSummary: (total: string, low: string, high: string | null) =>
    `合计 ${total} 元（区间项目按 --range 所选点计入）；按区间：下限 ${low} 元，上限 ${high === null ? '无上限' : `${high} 元`}`,
  fundSummary: (payer: string, floor: string, cost: string, exceeds: string | null) =>
    `§22 专项资金：${payer}专项资金下限 ${floor} 元，本预算支出 ${cost} 元，${exceeds === null ? '在下限之内' : `超出下限 ${exceeds} 元`}`,
  fundNotApplies: (year: number, first: number, last: number) => `§22 专项资金下限只适用于 ${first}—${last} 年度，${year} 年度不适用`,
  yearPrefix: (year: number) => `${year} 年度：`,
  table: {
    yearColumn: (year: number) => `${year}年`,
    rangeTotal: (first: number, last: number) => `${first}—${last}合计`,
    yearsUnit: '（元）',
    yearsHeading: (first: number, last: number, edition: string) => `${first}—${last} 年度  政策版本 ${edition}（逐年计算，每年按当年施行的版本）`,
    fundYear: (year: number) => `${year} 年度`,
    unitsComputed: (count: number) => `共 ${count} 个单位`,
    budgetComputed: (people: number, units: number) => `人员 ${people} 人、单位 ${units} 个`,
    boundsTitle: '区间金额：合计的下限和上限',
    low: '下限（元）',
    high: '上限（元）',
    unbounded: '无上限',
    boundsTotal: '合计',
    boundsNote: '区间金额未确定的项目不计入合计；下限、上限是全部区间项目分别按下限、上限计时的合计（用 --range low|mid|high 可按一个点计入合计）。',
    fundNotApplies: (year: number, first: number, last: number) => `${first}—${last} 年度适用，${year} 年度不适用此下限。`,
    revenue: '一般性财政预算收入（元）',
    floor: '专项资金下限（元）',
    cost: '本预算支出（元）',
    result: '结论',
    fits: '在下限之内',
    exceeds: (amount: string) => `超出下限 ${amount}`,
    fundNote: '本预算支出为该级财政承担的现金支出（不含税收支出和无金额项目）；下限按收入乘以比例向上取整到分。',
    source: '文件',
  },
};

export type BudgetMessages = typeof zh;

const en: BudgetMessages = {
  unitsDescription: 'compute the organisation-level items of a budget year from a CSV roster of units (§11 provincial bases, teams, skill-master studios; §18 recommendation rewards, Bole award), with a roll-up by payer, item and county',
  unitsUsage: '<file> --year <year> [options]',
  unitsArgument: 'units roster CSV file (UTF-8 or GB18030); - for standard input',
  unitsExamples: [
    '',
    'Examples:',
    '  rencai units data/examples/units.csv --year 2014 --lang en',
    '  rencai units data/examples/units.csv --year 2014 --format json > units.json',
    '  rencai units data/examples/units.csv --year 2014 --format csv --output units-result.csv',
    '',
    'Columns of a units roster: id, name, unit_type, level, county, approved, provincial_grant, reward_amount (see README).',
    'Exit status: 0 all computed; 1 rows rejected; 2 bad command line; 3 roster unreadable; 4 data invalid; 5 output not writable; 70 internal error.',
  ].join('\n'),
  budgetDescription: 'one budget over a roster of people and one of units: roll-up by payer, item and county, with tax expenditures, items without an amount, the bounds of ranged amounts and the §22 fund floor',
  budgetUsage: '--people <file> --units <file> --year <year> [options]',
  budgetExamples: [
    '',
    'Examples:',
    '  rencai budget --people data/examples/roster.csv --units data/examples/units.csv --year 2014 --lang en',
    '  rencai budget --people data/examples/roster.csv --units data/examples/units.csv --year 2014 --revenue city=1200000000,zhongshan=800000000',
    '  rencai budget --people data/examples/roster.csv --units data/examples/units.csv --year 2014 --format json > budget.json',
    '',
    'Exit status: 0 all computed; 1 rows rejected; 2 bad command line; 3 roster unreadable; 4 data invalid; 5 output not writable; 70 internal error.',
  ].join('\n'),
  options: {
    people: 'roster of people (CSV, as for rencai roster)',
    units: 'roster of units (CSV, as for rencai units)',
    detail: 'also list each person and unit (default: the roll-up only); table and JSON formats',
    revenue: '§22: general budget revenue per level in yuan (non-tax revenue excluded), e.g. city=123456789.00,zhongshan=… (payer codes or Chinese county names); the roll-up sets each level against its 3% fund floor',
  },
  budgetNeedsInput: 'give --people (a roster of people) or --units (a roster of units), or both',
  detailNotCsv: '--detail applies to the table and JSON formats; CSV and the HTML report print the roll-up (use rencai roster and rencai units for per-person and per-unit CSV)',
  revenueEntryInvalid: (entry) => `"${entry}" in --revenue should read level=amount, e.g. city=123456789.00`,
  revenueKeyUnknown: (key, allowed) => `"${key}" in --revenue is not a fiscal level that sets the fund; use one of: ${allowed}`,
  revenueAmountInvalid: (key, value) => `the amount "${value}" for ${key} in --revenue must be yuan with at most two decimals, no separators or units`,
  revenueDuplicate: (payer) => `--revenue gives ${payer} twice`,
  noFund: (edition) => `policy edition ${edition} has no §22 fund data (fund.json); --revenue cannot be used`,
  unitsSummary: (computed, rejected) => rejected === 0
    ? `${computed} units computed, no rows rejected`
    : `${computed} units computed, ${rejected} rows rejected:`,
  budgetSummary: (people, units, rejected) => rejected === 0
    ? `${people} people and ${units} units computed, no rows rejected`
    : `${people} people and ${units} units computed, ${rejected} rows rejected:`,
  source: { people: 'people roster', units: 'units roster' },
  boundsSummary: (total, withoutPoint, addLow, addHigh) =>
    `total ${total} yuan; ${withoutPoint} ranged items outside it add +${addLow} at the low end and ${addHigh === null ? 'an unbounded amount' : `+${addHigh}`} at the high end`,
  boundsPointSummary: (total, low, high) =>
    `total ${total} yuan (ranged items at the --range point); by their ranges: low ${low}, high ${high === null ? 'unbounded' : high}`,
  fundSummary: (payer, floor, cost, exceeds) =>
    `§22 fund: ${payer}'s fund floor is ${floor} yuan, this budget costs ${cost} yuan, ${exceeds === null ? 'inside the floor' : `exceeding the floor by ${exceeds}`}`,
  fundNotApplies: (year, first, last) => `the §22 fund floor applies to the budget years ${first}–${last}, not to ${year}`,
  yearPrefix: (year) => `${year}: `,
  table: {
    yearColumn: (year) => `${year}`,
    rangeTotal: (first, last) => `${first}–${last}`,
    yearsUnit: ' (yuan)',
    yearsHeading: (first, last, edition) => `Budget years ${first}–${last}  policy ${edition} (each year priced by the editions in force that year)`,
    fundYear: (year) => `${year}`,
    unitsComputed: (count) => `${count} units`,
    budgetComputed: (people, units) => `${people} people, ${units} units`,
    boundsTitle: 'Ranged amounts: low and high bounds of the total',
    low: 'Low (yuan)',
    high: 'High (yuan)',
    unbounded: 'unbounded',
    boundsTotal: 'Total',
    boundsNote: 'Ranged items with no decided amount are outside the total; the bounds are the total with every range at its low, or its high end (--range low|mid|high counts one point in the total).',
    fundNotApplies: (year, first, last) => `Applies to the budget years ${first}–${last}; not to ${year}.`,
    revenue: 'General budget revenue',
    floor: 'Fund floor',
    cost: 'Cost in this budget',
    result: 'Result',
    fits: 'inside the floor',
    exceeds: (amount) => `exceeds the floor by ${amount}`,
    fundNote: 'Cost is the cash this level pays in the budget (no tax expenditures, no items without an amount); the floor is revenue × share rounded up to the fen.',
    source: 'File',
  },
};

export function budgetMessages(lang: Lang): BudgetMessages {
  return lang === 'en' ? en : zh;
}
