// Every sentence the CLI itself prints, in Chinese (default) and English. Policy labels (items,
// tiers, readings) come from the policy data; payer and county names from data/codes.json.
import type { Lang } from './lang.js';
import { MAX_YEAR, MIN_YEAR } from '../base/years.js';
import { tableMessages, type TableMessages } from './table-messages.js';

export interface Messages extends TableMessages {
  // help
  programDescription: string;
  helpOption: string;
  versionOption: string;
  helpCommand: string;
  langOption: string;
  quietOption: string;
  noInputOption: string;
  programUsage: string;
  rosterUsage: string;
  programExamples: string;
  rosterDescription: string;
  rosterArgument: string;
  rosterOptions: {
    year: string; output: string; encoding: string;
    rentRates: string; policy: string; header: string; reasons: string; summary: string; range: string; sheet: string;
  };
  rosterExamples: string;
  // usage errors (exit 2)
  unknownOption(option: string): string;
  unknownCommand(command: string): string;
  missingArgument(argument: string): string;
  optionMissingArgument(option: string): string;
  excessArguments(): string;
  didYouMean(suggestion: string): string;
  yearRequired: string;
  yearInvalid(value: string): string;
  /** --year 2016-2014: the range runs backwards. */
  yearReversed(value: string): string;
  /** A range given to a command that prices one year (check, explain, policy). */
  yearRangeNotAllowed(value: string): string;
  choiceInvalid(option: string, value: string, choices: readonly string[]): string;
  summaryOnlyTable: string;
  headerOnlyCsv: string;
  reasonsOnlyJson: string;
  formatNotForXlsx: string;
  xlsxOnlyForRoster: string;
  outputPlain: string;
  seeHelp(command: string): string;
  // input, data, output errors (exit 3, 4, 5)
  fileNotFound(path: string): string;
  isDirectory(path: string): string;
  cannotRead(path: string, reason: string): string;
  dataInvalid(file: string): string;
  ioReason(code: string): string;
  outputFailed(path: string, reason: string): string;
  amountTooLarge(): string;
  /** A fact the policy data in use (with its --set changes) needs for this row, left empty; `item` when one item needs it. */
  factMissing(column: string, item: string | null): string;
  /** The same for the person at the window (check): their answers, not a row, leave it out. */
  factMissingAnswer(column: string, item: string | null): string;
  /** A row whose amounts would take the roll-up's sums past exact integers (about 90 trillion yuan). */
  totalTooLarge(): string;
  // internal (exit 70)
  internal(message: string): string;
  // stderr summary
  summary(computed: number, rejected: number): string;
  uncomputedSummary(count: number): string;
  /** Claims not granted (issue #14), counted like rejected rows. */
  declinedSummary(count: number): string;
  rejectedLine(row: number, id: string | null, column: string, message: string): string;
  moreRejected(count: number, where: string): string;
  /** Where the full list of rejected rows is, for each kind of output. */
  rejectedWhere: { table: string; json: string; jsonl: string; xlsx: string; none: (file: string | null) => string };
  /** The progress line on a terminal's stderr: rows so far, rows a second, time left (null: unknown). */
  progress(rows: string, perSecond: string, secondsLeft: number | null): string;
}

const zh: Messages = {
  ...tableMessages('zh'),
  programDescription: '六盘水市 2013 年人才政策计算器：谁享受什么、当年多少钱、由哪一级财政支付。',
  helpOption: '显示帮助',
  versionOption: '显示版本号',
  helpCommand: '显示某个命令的帮助',
  langOption: '界面语言：zh（中文，默认）或 en（英文）',
  quietOption: '安静：标准错误上不输出运行结束时的汇总和提示（错误照常输出）',
  noInputOption: '从不提问（check 没有 --answers 时只用按列选项给出的信息）',
  programUsage: '[选项] [命令]',
  rosterUsage: '<花名册文件> --year <年度> [选项]',
  programExamples: [
    '',
    '示例：',
    '  rencai roster data/examples/roster.csv --year 2014               在终端以表格查看',
    '  rencai roster data/examples/roster.csv --year 2014 --format json > 结果.json     供脚本使用',
    '  rencai roster data/examples/roster.csv --year 2014 --format csv --output 结果.csv  供 Excel/WPS 打开',
    '  rencai roster --help                                            roster 命令的全部选项',
    '  rencai units data/examples/units.csv --year 2014                                单位层面项目（§11、§18）',
    '  rencai budget --people data/examples/roster.csv --units data/examples/units.csv --year 2014     人员和单位合编一份预算',
    '',
    '退出状态：0 全部计算；1 有行被拒绝（其余行照常计算）；2 命令行有误；3 花名册无法读取；',
    '          4 政策或租金数据有误；5 输出文件无法写入；70 内部错误。',
  ].join('\n'),
  rosterDescription: '按花名册（CSV 或 Excel）逐人计算预算年度应享待遇，并按支付方、项目、县区汇总',
  rosterArgument: '花名册 CSV 文件（UTF-8 或 GB18030）或 Excel 工作簿（.xlsx）；- 表示标准输入（CSV）',
  rosterOptions: {
    year: '预算年度（必填），如 2014',
    reasons: 'JSON / JSONL 中每项的理由：full（句子，默认）、ids（编号，句子见顶层 reasonTexts）、none（不输出）',
    output: '写入文件而非标准输出（写完才替换，失败不留半截文件）；以 .xlsx 结尾时写 Excel 工作簿，以 .html 结尾时写预算报告',
    encoding: '花名册编码：auto（默认）、utf-8、gb18030',
    rentRates: '各县区公租房月租金标准文件（JSON 或 CSV），覆盖内置表',
    policy: '指定政策版本（默认按年度选用，如 lps-2013）',
    header: 'CSV 表头：en（英文键，默认）或 zh（中文）',
    summary: '表格格式只输出汇总，不逐人列出',
    range: '区间金额（如科研启动经费 100–500 万元）按 low（下限）、mid（中值）或 high（上限）计入；默认不计金额',
    sheet: 'Excel 工作簿（.xlsx）花名册：读取哪个工作表（默认第一个）',
  },
  rosterExamples: [
    '',
    '示例：',
    '  rencai roster data/examples/roster.csv --year 2014',
    '  rencai roster data/examples/roster.csv --year 2014 --summary',
    '  rencai roster data/examples/roster.csv --year 2014 --format json > 结果.json',
    '  rencai roster data/examples/roster.csv --year 2014 --format csv --header zh --output 结果.csv',
    '  rencai roster data/examples/roster.csv --year 2014 --rent-rates data/examples/rent-rates.csv',
    '  rencai roster data/examples/roster.xlsx --sheet 花名册 --year 2014 --output 结果.xlsx   读写 Excel 工作簿',
    '',
    '结果写到标准输出（或 --output 文件），提示和错误写到标准错误。',
    '退出状态：0 全部计算；1 有行被拒绝；2 命令行有误；3 花名册无法读取；4 数据有误；5 输出无法写入；70 内部错误。',
  ].join('\n'),
  unknownOption: (option) => `未知选项 ${option}`,
  unknownCommand: (command) => `未知命令 ${command}`,
  missingArgument: (argument) => `缺少参数 ${argument}`,
  optionMissingArgument: (option) => `选项 ${option} 缺少取值`,
  excessArguments: () => '参数过多',
  didYouMean: (suggestion) => `（是否想用 ${suggestion}？）`,
  yearRequired: '缺少 --year（预算年度，如 --year 2014）',
  yearInvalid: (value) => `--year 应为 ${MIN_YEAR} 至 ${MAX_YEAR} 之间的整数年份（或年份区间，如 2014-2016），而不是“${value}”`,
  yearReversed: (value) => `--year 的年份区间应从早到晚（如 2014-2016），而不是“${value}”`,
  yearRangeNotAllowed: (value) => `此命令只计算一个年度，--year 应为一个年份（如 2014），而不是区间“${value}”`,
  choiceInvalid: (option, value, choices) => `${option} 只能是 ${choices.join('、')}，而不是“${value}”`,
  summaryOnlyTable: '--summary 只用于表格格式（--format table）',
  headerOnlyCsv: '--header 只用于 CSV 格式（--format csv）',
  reasonsOnlyJson: '--reasons 只用于 JSON 格式（--format json 或 jsonl）',
  formatNotForXlsx: '--output 为 .xlsx 文件时写 Excel 工作簿，不能再指定 --format、--header 或 --summary',
  xlsxOnlyForRoster: '只有 rencai roster 能写 Excel 工作簿；此命令请用 .csv、.json 或 .txt 文件名（配合 --format）',
  outputPlain: '写入文件而非标准输出（写完才替换，失败不留半截文件）',
  seeHelp: (command) => `（运行 ${command} --help 查看用法）`,
  fileNotFound: (path) => `找不到文件 ${path}`,
  isDirectory: (path) => `${path} 是目录，不是花名册文件`,
  cannotRead: (path, reason) => `无法读取 ${path}：${reason}`,
  dataInvalid: (file) => `数据文件 ${file} 有误：`,
  ioReason: (code) => ({
    ENOENT: '所在目录不存在', EACCES: '没有写入权限', EPERM: '没有写入权限', EISDIR: '这是一个目录',
    ENOSPC: '磁盘空间不足', EROFS: '文件系统只读', ENOTDIR: '路径中有一段不是目录',
  } as Record<string, string>)[code] ?? code,
  outputFailed: (path, reason) => `无法写入输出文件 ${path}：${reason}`,
  amountTooLarge: () => `金额过大，超出可精确到分计算的范围；请核对这一行的金额、基本工资或租金。`,
  factMissing: (column, item) => `按所用的政策数据（含 --set、--scenario 的修改），${item === null ? '这一行' : `计算“${item}”`}须填写“${column}”，这一行没有填写。`,
  factMissingAnswer: (column, item) => `按所用的政策数据（含 --set、--scenario 的修改），${item === null ? '计算' : `计算“${item}”`}须知道此人的“${column}”，回答中没有这一项。`,
  totalTooLarge: () => `这一行的金额计入合计后，合计将超过能精确到分计算的上限（约 90 万亿元），所以这一行不计入合计；请核对这一行和前面各行的金额。`,
  internal: (message) => `内部错误：${message}。请报告此问题（设置 RENCAI_DEBUG=1 可显示详细信息）`,
  summary: (computed, rejected) => rejected === 0
    ? `已计算 ${computed} 人，无被拒绝的行`
    : `已计算 ${computed} 人，拒绝 ${rejected} 行：`,
  uncomputedSummary: (count) => `；${count} 个项目无金额（缺租金、单位自定等，不计入合计，见汇总）`,
  declinedSummary: (count) => `；${count} 项申请条件不符、不予享受（见各人的 declined / “未予享受”）`,
  rejectedLine: (row, id, column, message) => `第${row}行${id ? ` ${id}` : ''} ${column ? `${column}：` : ''}${message}`,
  moreRejected: (count, where) => `……另有 ${count} 行被拒绝（${where}）`,
  rejectedWhere: {
    table: '完整列表见输出中的“被拒绝的行”', json: '完整列表见输出中的 rejected', jsonl: '完整列表见输出中 type 为 rejected 的行', xlsx: '完整列表见工作簿的“未通过的行”工作表',
    none: (file) => `这种输出不列出被拒绝的行；用 ${file === null ? '' : `rencai validate ${file} 或 `}--format json 查看全部`,
  },
  progress: (rows, perSecond, secondsLeft) => `${rows} 行  每秒 ${perSecond} 行${secondsLeft === null ? '' : `  约剩 ${secondsLeft} 秒`}`,
};

const en: Messages = {
  ...tableMessages('en'),
  programDescription: 'Calculator for the 2013 talent policy of Liupanshui: who is entitled to what, how much in a year, and which level of finance pays.',
  helpOption: 'show help',
  versionOption: 'show the version',
  helpCommand: 'show help for a command',
  langOption: 'language of everything printed: zh (default) or en',
  quietOption: 'quiet: no closing summary or notes on stderr (errors are still printed)',
  noInputOption: 'never prompt (check without --answers uses only the facts given as options)',
  programUsage: '[options] [command]',
  rosterUsage: '<file> --year <year> [options]',
  programExamples: [
    '',
    'Examples:',
    '  rencai roster data/examples/roster.csv --year 2014                 tables at a terminal',
    '  rencai roster data/examples/roster.csv --year 2014 --format json > result.json    for scripts',
    '  rencai roster data/examples/roster.csv --year 2014 --format csv --output out.csv  for Excel/WPS',
    '  rencai units data/examples/units.csv --year 2014                                  organisation-level items (§11, §18)',
    '  rencai budget --people data/examples/roster.csv --units data/examples/units.csv --year 2014     one budget over people and units',
    '',
    'Exit status: 0 all computed; 1 some rows rejected (the rest computed); 2 bad command line;',
    '             3 roster unreadable; 4 policy or rent data invalid; 5 output not writable; 70 internal error.',
  ].join('\n'),
  rosterDescription: 'compute each person\'s entitlements for a budget year from a CSV roster, with a roll-up by payer, item and county',
  rosterArgument: 'roster CSV file (UTF-8 or GB18030) or Excel workbook (.xlsx); - for standard input (CSV)',
  rosterOptions: {
    year: 'budget year (required), e.g. 2014',
    reasons: 'reasons of each item in JSON / JSONL: full (sentences, default), ids (ids, the sentences in the top-level reasonTexts), none (left out)',
    output: 'write to a file instead of stdout (replaced only when complete); a name ending in .xlsx writes an Excel workbook, in .html the budget report',
    encoding: 'roster encoding: auto (default), utf-8, gb18030',
    rentRates: 'public rental rent per county (JSON or CSV), overrides the bundled table',
    policy: 'policy edition (default: the one in force for the year, e.g. lps-2013)',
    header: 'CSV header row: en (English keys, default) or zh (Chinese)',
    summary: 'table format: print the roll-up only',
    range: 'count ranged amounts (e.g. research funding 1–5 million) at their low, mid or high point; default: no amount',
    sheet: 'Excel workbook (.xlsx) roster: the worksheet to read (default: the first)',
  },
  rosterExamples: [
    '',
    'Examples:',
    '  rencai roster data/examples/roster.csv --year 2014 --lang en',
    '  rencai roster data/examples/roster.csv --year 2014 --format json > result.json',
    '  rencai roster data/examples/roster.csv --year 2014 --format csv --output result.csv',
    '  rencai roster data/examples/roster.xlsx --year 2014 --output result.xlsx',
    '',
    'Results go to stdout (or --output), messages to stderr.',
    'Exit status: 0 all computed; 1 rows rejected; 2 bad command line; 3 roster unreadable; 4 data invalid; 5 output not writable; 70 internal error.',
  ].join('\n'),
  unknownOption: (option) => `unknown option ${option}`,
  unknownCommand: (command) => `unknown command ${command}`,
  missingArgument: (argument) => `missing argument ${argument}`,
  optionMissingArgument: (option) => `option ${option} needs a value`,
  excessArguments: () => 'too many arguments',
  didYouMean: (suggestion) => ` (did you mean ${suggestion}?)`,
  yearRequired: 'missing --year (the budget year, e.g. --year 2014)',
  yearInvalid: (value) => `--year must be a whole year between ${MIN_YEAR} and ${MAX_YEAR} (or a range of years such as 2014-2016), not "${value}"`,
  yearReversed: (value) => `--year must name a range from the earlier year to the later (e.g. 2014-2016), not "${value}"`,
  yearRangeNotAllowed: (value) => `this command prices one year: --year must be one year (e.g. 2014), not the range "${value}"`,
  choiceInvalid: (option, value, choices) => `${option} must be one of ${choices.join(', ')}, not "${value}"`,
  summaryOnlyTable: '--summary applies to the table format only (--format table)',
  headerOnlyCsv: '--header applies to the CSV format only (--format csv)',
  reasonsOnlyJson: '--reasons applies to the JSON formats only (--format json or jsonl)',
  formatNotForXlsx: '--output to an .xlsx file writes an Excel workbook; --format, --header and --summary do not apply',
  xlsxOnlyForRoster: 'only rencai roster writes Excel workbooks; give this command a .csv, .json or .txt file name (with --format)',
  outputPlain: 'write to a file instead of stdout (replaced only when complete)',
  seeHelp: (command) => ` (run ${command} --help for usage)`,
  fileNotFound: (path) => `file not found: ${path}`,
  isDirectory: (path) => `${path} is a directory, not a roster file`,
  cannotRead: (path, reason) => `cannot read ${path}: ${reason}`,
  dataInvalid: (file) => `invalid data file ${file}:`,
  ioReason: (code) => ({
    ENOENT: 'no such directory', EACCES: 'permission denied', EPERM: 'permission denied', EISDIR: 'it is a directory',
    ENOSPC: 'disk full', EROFS: 'read-only file system', ENOTDIR: 'a part of the path is not a directory',
  } as Record<string, string>)[code] ?? code,
  outputFailed: (path, reason) => `cannot write the output file ${path}: ${reason}`,
  amountTooLarge: () => `an amount is too large to compute exactly to the fen; check this row's amounts, salary or rent.`,
  factMissing: (column, item) => `under the policy data in use (with its --set and --scenario changes), ${item === null ? 'this row' : item} needs ${column}, which this row leaves empty.`,
  factMissingAnswer: (column, item) => `under the policy data in use (with its --set and --scenario changes), ${item === null ? 'the computation' : item} needs the person's ${column}, which the answers do not give.`,
  totalTooLarge: () => `with this row's amounts the totals would pass the limit of exact computation to the fen (about 90 trillion yuan), so the row is left out of them; check the amounts of this row and the rows before it.`,
  internal: (message) => `internal error: ${message}. Please report this problem (set RENCAI_DEBUG=1 for details)`,
  summary: (computed, rejected) => rejected === 0
    ? `${computed} people computed, no rows rejected`
    : `${computed} people computed, ${rejected} rows rejected:`,
  uncomputedSummary: (count) => `; ${count} items have no amount (rent missing, employer-set …; outside the total, see the roll-up)`,
  declinedSummary: (count) => `; ${count} claims declined: conditions not met (see each person's declined)`,
  rejectedLine: (row, id, column, message) => `line ${row}${id ? ` ${id}` : ''} ${column ? `${column}: ` : ''}${message}`,
  moreRejected: (count, where) => `… and ${count} more rows rejected (${where})`,
  rejectedWhere: {
    table: 'see "Rejected rows" in the output', json: 'see "rejected" in the output', jsonl: 'see the lines of type "rejected" in the output', xlsx: 'see the "Rejected rows" sheet of the workbook',
    none: (file) => `this output does not list rejected rows; ${file === null ? '' : `run rencai validate ${file} or `}use --format json to see them all`,
  },
  progress: (rows, perSecond, secondsLeft) => `${rows} rows  ${perSecond} rows/s${secondsLeft === null ? '' : `  about ${secondsLeft} s left`}`,
};

export function messages(lang: Lang): Messages {
  return lang === 'en' ? en : zh;
}
