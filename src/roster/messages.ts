// Every text the roster reader shows a clerk, as functions, so that a second language is a second
// object of the same shape. rosterMessages(lang) gives the one in use; whoever reads passes it on.
//
// Conventions: `column` is the column's Chinese header (e.g. 学历) in zh and its key in en; `value` is
// the cell as the clerk typed it; `allowed` is a ready-made list of what may be written.

export interface RosterMessages {
  /** The language of these messages (the xlsx reader's own follow it). */
  readonly lang: 'zh' | 'en';
  // --- the whole file ---
  fileMissing(path: string): string;
  fileIsDirectory(path: string): string;
  fileUnreadable(path: string, reason: string): string;
  fileEmpty(path: string): string;
  noHeader(path: string): string;
  noIdColumn(headers: readonly string[]): string;
  duplicateColumn(key: string, first: string, second: string): string;
  utf8Mixed(nearLine: number): string;
  utf8Invalid(nearLine: number): string;
  gb18030Invalid(nearLine: number): string;
  truncatedAtEnd(encoding: string): string;
  unclosedQuote(line: number): string;
  utf16(): string;
  nulByte(line: number): string;
  cellTooLong(line: number, limit: number): string;
  /** A record (the header too) with more cells than the limit (Excel's widest sheet). */
  recordTooManyCells(line: number, limit: number): string;
  recordTooLong(line: number, limit: number): string;
  spreadsheetNotCsv(): string;
  // --- one row ---
  tooManyCells(cells: number, headerCells: number): string;
  duplicateId(id: string, earlierLine: number): string;
  exampleRow(): string;
  required(column: string): string;
  requiredNoGuess(column: string, allowed: string): string;
  unknownCode(column: string, value: string, allowed: string): string;
  unknownHonors(values: readonly string[], where: string): string;
  notYesNo(column: string, value: string): string;
  notYuan(column: string, value: string): string;
  yuanTooPrecise(column: string, value: string): string;
  notDecimal(column: string, value: string): string;
  percentNotAllowed(column: string, value: string): string;
  shareOutOfRange(column: string, value: string): string;
  notPositive(column: string, value: string): string;
  /** 人数: a whole number of people, at least 1. */
  countInvalid(column: string, value: string): string;
  notDate(column: string, value: string): string;
  noSuchDay(column: string, value: string): string;
  yearOutOfRange(column: string, value: string, min: number, max: number): string;
  endBeforeStart(end: string, start: string): string;
  fiscalShareRequired(employerType: string): string;
  fiscalShareRefused(employerType: string): string;
  countyRequired(employerLevel: string, workLevel: string): string;
  freshGraduateCounty(): string;
  // --- grants, awards, tax items (issue #3 columns) ---
  notYuanOrYes(column: string, value: string): string;
  notWholeNumber(column: string, value: string): string;
  needsColumn(column: string, other: string): string;
  needsCountyFor(column: string): string;
  /** A rule of the text's (column-rules.json) in this language, its placeholders still to fill. */
  columnRule(text: { zh: string; en: string }): string;
  // --- unit rosters ---
  noUnitIdColumn(headers: readonly string[]): string;
  unitCountyRequired(): string;
  // --- `rencai check --answers` ---
  answersNotObject(): string;
  answersUnknownKey(key: string): string;
  answersDuplicateKey(key: string, first: string, second: string): string;
  answersWrongType(column: string, expected: string): string;
  /** How a column is named in messages: its Chinese header in zh, its key in en. */
  columnName(key: string, zh: string): string;
  /** Separator between items of a list shown in a message. */
  listSeparator: string;
  /** How a code is shown beside its label in a list: 本科（bachelor）. */
  codeWithLabel(label: string, code: string): string;
  honorsWhere: string;
  expectText: string;
  expectTextOrNumber: string;
  expectTextOrList: string;
  expectTextOrBoolean: string;
}

const messagesZh: RosterMessages = {
  lang: 'zh',
  fileMissing: (path) => `找不到花名册文件“${path}”，请检查路径和文件名。`,
  fileIsDirectory: (path) => `“${path}”是一个文件夹，不是花名册文件；请给出 CSV 文件的路径。`,
  fileUnreadable: (path, reason) => `无法读取花名册文件“${path}”：${reason}。`,
  fileEmpty: (path) => `花名册文件“${path}”是空的，没有任何内容。`,
  noHeader: (path) => `花名册文件“${path}”只有空行，没有表头行；第一行应是列名，如“编号,姓名,学历,…”。`,
  noIdColumn: (headers) =>
    `表头中没有“编号”（id）列，无法区分每个人；现有列名为：${headers.map((h) => `“${h}”`).join('、') || '（无）'}。请加一列“编号”。`,
  duplicateColumn: (key, first, second) =>
    `表头中“${first}”和“${second}”是同一列（${key}），只能保留一个；请删除或改名其中一列。`,
  utf8Mixed: (line) =>
    `文件开头按 UTF-8 读取，但在约第 ${line} 行之后出现了不是 UTF-8 的字节：文件混用了编码，或并非 UTF-8。若文件是 Excel/WPS 另存的 GBK 格式，请加 --encoding gb18030 重试。`,
  utf8Invalid: (line) =>
    `文件在约第 ${line} 行之后含有不是 UTF-8 的字节。若文件是 Excel/WPS 另存的 GBK 格式，请改用 --encoding gb18030。`,
  gb18030Invalid: (line) =>
    `文件在约第 ${line} 行之后含有无法按 GB18030/GBK 解码的字节；请确认文件编码，或用 --encoding utf-8 重试。`,
  truncatedAtEnd: (encoding) => `文件末尾的字节不完整，无法按 ${encoding} 解码；文件可能被截断了。`,
  unclosedQuote: (line) =>
    `第 ${line} 行开始的引号（"）直到文件末尾都没有闭合；请检查该单元格，单元格内的引号应写成两个（""）。`,
  nulByte: (line) =>
    `第 ${line} 行含有空字符（字节 0x00）；CSV 文本中不会有这种字符，文件可能已损坏，或是二进制文件。请在 Excel/WPS 中打开并另存为“CSV UTF-8（逗号分隔）”后再读取。`,
  cellTooLong: (line, limit) =>
    `第 ${line} 行开始的一个单元格超过 ${limit.toLocaleString('en-US')} 个字符，不可能是花名册的内容；最常见的原因是该处的引号（"）没有闭合，把后面的行都吞进了一个单元格。请检查该行。`,
  recordTooManyCells: (line, limit) =>
    `第 ${line} 行开始的一行有 ${limit.toLocaleString('en-US')} 个以上的单元格（每行单元格个数上限，即 Excel 的最大列数），不可能是花名册（表头行也一样）；请检查该行是否有大量多余的逗号。`,
  recordTooLong: (line, limit) =>
    `第 ${line} 行开始的一行超过 ${limit.toLocaleString('en-US')} 个字符（每行长度上限），不可能是花名册的内容；请检查该行，常见原因是引号（"）没有闭合。`,
  utf16: () => `文件是 UTF-16（Excel 的“Unicode 文本”）格式，不能读取；请在 Excel/WPS 中另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”。`,
  spreadsheetNotCsv: () => `这是 Excel/WPS 工作簿（.xlsx/.xls），不是 CSV 文件；请在 Excel/WPS 中另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”后再读取。`,

  notYuanOrYes: (column, value) => `“${column}”填的是“${value}”，应填金额（元，如 1500000），或填“是”表示享受但金额未定，不享受则留空或填“否”。`,
  notWholeNumber: (column, value) => `“${column}”填的是“${value}”，应为不小于 0 的整数，如 3。`,
  needsColumn: (column, other) => `填写了“${column}”，但“${other}”为空或为“否”；请先填写“${other}”。`,
  columnRule: (text) => text.zh,
  needsCountyFor: (column) => `填写了“${column}”，须同时填写县区（“所在县区”或“项目所在县区”），以确定由哪个县（特区、区）财政承担。`,
  noUnitIdColumn: (headers) => `单位名册表头中没有“编号”（id）列；现有列名为：${headers.map((h) => `“${h}”`).join('、') || '（无）'}。`,
  unitCountyRequired: () => `注册地层级为县级时须填写“所在县区”，以确定由哪个县（特区、区）财政承担。`,

  tooManyCells: (cells, headerCells) =>
    `这一行有 ${cells} 个单元格，比表头的 ${headerCells} 列多；可能是某个单元格里有未加引号的逗号。`,
  duplicateId: (id, earlierLine) => `编号“${id}”与第 ${earlierLine} 行重复；每人的编号必须唯一。`,
  exampleRow: () => '这是模板自带的示例行，不是真实人员；请删除这一行后再计算。',
  required: (column) => `“${column}”不能为空。`,
  requiredNoGuess: (column, allowed) => `“${column}”不能为空，请填写：${allowed}。`,
  unknownCode: (column, value, allowed) => `“${column}”填的是“${value}”，无法识别；可填：${allowed}。`,
  unknownHonors: (values, where) =>
    `“人才称号”中的 ${values.map((v) => `“${v}”`).join('、')} 无法识别；多个称号用“;”“；”或“、”分隔，可填的称号代码及中文名称${where}。`,
  notYesNo: (column, value) => `“${column}”填的是“${value}”，只能填“是”或“否”（也可写 yes/no、Y/N、1/0）。`,
  notYuan: (column, value) => `“${column}”填的是“${value}”，应为不小于 0 的金额（元），如 4500、4500.50 或 4,500.50，不带“元”等单位。`,
  yuanTooPrecise: (column, value) => `“${column}”填的是“${value}”，金额最多精确到分（两位小数）。`,
  notDecimal: (column, value) => `“${column}”填的是“${value}”，应为一个不带单位的非负小数，如 0.65。`,
  percentNotAllowed: (column, value) => `“${column}”填的是“${value}”，请写成 0 到 1 之间的小数（如 65% 写 0.65）。`,
  shareOutOfRange: (column, value) => `“${column}”填的是“${value}”，应在 0 到 1 之间（含 0 和 1），如 0.65。`,
  notPositive: (column, value) => `“${column}”填的是“${value}”，应为大于 0 的数，如 8.5（元/平方米/月）。`,
  countInvalid: (column, value) => `“${column}”填的是“${value}”，应为不小于 1 的整数人数，如 10；不填即 1 人。`,
  notDate: (column, value) =>
    `“${column}”填的是“${value}”，无法识别为年月；请写成 2014-03 或 2014-03-15（也可写 2014/3、2014.3、2014年3月）。`,
  noSuchDay: (column, value) => `“${column}”填的是“${value}”，这一天不存在。`,
  yearOutOfRange: (column, value, min, max) => `“${column}”填的是“${value}”，年份应在 ${min} 到 ${max} 之间。`,
  endBeforeStart: (end, start) => `“终止年月”（${end}）早于“起始年月”（${start}）；终止年月不能早于起始年月。`,
  fiscalShareRequired: (employerType) =>
    `单位性质为“${employerType}”，必须填写“财政拨款比例”（0 到 1 之间的小数，如 0.65），否则无法划分财政与单位各自承担的金额。`,
  fiscalShareRefused: (employerType) =>
    `“财政拨款比例”只适用于差额拨款事业单位，本行单位性质为“${employerType}”，请清空该单元格。`,
  countyRequired: (employerLevel, workLevel) =>
    `单位层级为“${employerLevel}”、工作地层级为“${workLevel}”，必须填写“所在县区”（钟山区、六枝特区、盘州市、水城区），以确定由哪一级财政支付。`,
  freshGraduateCounty: () =>
    `“应届毕业生”为“是”，必须填写“所在县区”：应届毕业生租房补贴由企业所在县（特区、区）财政支付（第十六条）。`,

  answersNotObject: () => `答案文件应是一个 JSON 对象，如 {"id": "P001", "education": "博士研究生", …}。`,
  answersUnknownKey: (key) => `答案中的“${key}”不是花名册的列名；可用的键见 data/codes.json 的 columns 一节。`,
  answersDuplicateKey: (key, first, second) => `答案中“${first}”和“${second}”是同一项（${key}），只能保留一个。`,
  answersWrongType: (column, expected) => `“${column}”的值类型不对，应为${expected}。`,
  columnName: (_key, zh) => zh,
  listSeparator: '、',
  codeWithLabel: (label, code) => `${label}（${code}）`,
  honorsWhere: '见 data/codes.json 的 honors 一节（或花名册说明的“Honour codes”表）',
  expectText: '文字（字符串）',
  expectTextOrNumber: '数字或文字',
  expectTextOrList: '文字或文字列表',
  expectTextOrBoolean: '“是”/“否”或 true/false',
};

const messagesEn: RosterMessages = {
  lang: 'en',
  fileMissing: (path) => `Roster file "${path}" not found; check the path and file name.`,
  fileIsDirectory: (path) => `"${path}" is a folder, not a roster file; give the path of a CSV file.`,
  fileUnreadable: (path, reason) => `Cannot read roster file "${path}": ${reason}.`,
  fileEmpty: (path) => `Roster file "${path}" is empty.`,
  noHeader: (path) => `Roster file "${path}" has only blank lines and no header row; the first line must name the columns, e.g. "id,name,education,…".`,
  noIdColumn: (headers) =>
    `The header has no "id" (编号) column, so people cannot be told apart; the columns are: ${headers.map((h) => `"${h}"`).join(', ') || '(none)'}. Add an "id" column.`,
  duplicateColumn: (key, first, second) => `Header cells "${first}" and "${second}" are the same column (${key}); keep only one.`,
  utf8Mixed: (line) =>
    `The file starts as UTF-8 but has bytes that are not UTF-8 after about line ${line}: it mixes encodings or is not UTF-8. If Excel/WPS saved it as GBK, retry with --encoding gb18030.`,
  utf8Invalid: (line) => `The file has bytes that are not UTF-8 after about line ${line}. If Excel/WPS saved it as GBK, use --encoding gb18030.`,
  gb18030Invalid: (line) => `The file has bytes after about line ${line} that cannot be decoded as GB18030/GBK; check its encoding or retry with --encoding utf-8.`,
  truncatedAtEnd: (encoding) => `The last bytes of the file are incomplete and cannot be decoded as ${encoding}; the file may be truncated.`,
  unclosedQuote: (line) => `The quote (") opened on line ${line} is never closed before the end of the file; a quote inside a cell must be doubled ("").`,
  nulByte: (line) =>
    `Line ${line} contains a NUL character (byte 0x00), which CSV text never has: the file may be damaged or binary. Open it in Excel/WPS and save it as "CSV UTF-8 (comma delimited)".`,
  cellTooLong: (line, limit) =>
    `A cell starting on line ${line} is longer than ${limit.toLocaleString('en-US')} characters, which no roster cell is; most often a quote (") there is never closed and swallows the following lines. Check that line.`,
  recordTooManyCells: (line, limit) =>
    `The row starting on line ${line} has more than ${limit.toLocaleString('en-US')} cells (the limit of cells in a row, Excel's widest sheet), which no roster row or header has; check it for a run of stray commas.`,
  recordTooLong: (line, limit) =>
    `The row starting on line ${line} is longer than ${limit.toLocaleString('en-US')} characters (the limit of a row's length), which no roster row is; check it, most often for a quote (") never closed.`,
  utf16: () => `The file is UTF-16 (Excel "Unicode text") and cannot be read; save it from Excel/WPS as "CSV UTF-8 (comma delimited)" or "CSV (comma delimited)".`,
  spreadsheetNotCsv: () => `This is an Excel/WPS workbook (.xlsx/.xls), not a CSV file; save it from Excel/WPS as "CSV UTF-8 (comma delimited)" or "CSV (comma delimited)" first.`,

  tooManyCells: (cells, headerCells) => `This row has ${cells} cells, more than the header's ${headerCells} columns; a cell may contain an unquoted comma.`,
  duplicateId: (id, earlierLine) => `id "${id}" repeats line ${earlierLine}; every person's id must be unique.`,
  exampleRow: () => 'This is the example row of the template, not a real person; delete this row before computing.',
  required: (column) => `"${column}" must not be empty.`,
  requiredNoGuess: (column, allowed) => `"${column}" must not be empty; write one of: ${allowed}.`,
  unknownCode: (column, value, allowed) => `"${column}" is "${value}", which is not known; write one of: ${allowed}.`,
  unknownHonors: (values, where) =>
    `honors ${values.map((v) => `"${v}"`).join(', ')} not known; separate several with ";", "；" or "、"; the honour codes and their Chinese names are ${where}.`,
  notYesNo: (column, value) => `"${column}" is "${value}"; write yes or no (also 是/否, Y/N, 1/0).`,
  notYuan: (column, value) => `"${column}" is "${value}"; write an amount in yuan ≥ 0 such as 4500, 4500.50 or 4,500.50, without a unit word.`,
  yuanTooPrecise: (column, value) => `"${column}" is "${value}"; amounts have at most two decimals (fen).`,
  notDecimal: (column, value) => `"${column}" is "${value}"; write a non-negative decimal without unit, such as 0.65.`,
  percentNotAllowed: (column, value) => `"${column}" is "${value}"; write a decimal between 0 and 1 (65% is 0.65).`,
  shareOutOfRange: (column, value) => `"${column}" is "${value}"; it must be between 0 and 1 inclusive, such as 0.65.`,
  notPositive: (column, value) => `"${column}" is "${value}"; it must be a number greater than 0, such as 8.5 (yuan per m² per month).`,
  countInvalid: (column, value) => `"${column}" is "${value}"; it must be a whole number of people, at least 1, such as 10 (empty = 1).`,
  notDate: (column, value) => `"${column}" is "${value}", not a month; write 2014-03 or 2014-03-15 (also 2014/3, 2014.3, 2014年3月).`,
  noSuchDay: (column, value) => `"${column}" is "${value}"; that day does not exist.`,
  yearOutOfRange: (column, value, min, max) => `"${column}" is "${value}"; the year must be between ${min} and ${max}.`,
  endBeforeStart: (end, start) => `end (${end}) is before start (${start}); end must not be before start.`,
  fiscalShareRequired: (employerType) =>
    `employer_type is "${employerType}", so fiscal_share is required (a decimal between 0 and 1 such as 0.65) to split the cost between finance and employer.`,
  fiscalShareRefused: (employerType) => `fiscal_share applies only to inst_partial; this row's employer_type is "${employerType}"; leave it empty.`,
  countyRequired: (employerLevel, workLevel) =>
    `employer_level is "${employerLevel}" and work_level is "${workLevel}", so county is required (zhongshan, liuzhi, panzhou, shuicheng) to know which finance pays.`,
  freshGraduateCounty: () => `fresh_graduate is yes, so county is required: the graduate rental subsidy is paid by the county where the enterprise is (§16).`,

  notYuanOrYes: (column, value) => `"${column}" is "${value}"; write an amount in yuan (such as 1500000), or yes for "entitled, amount not decided"; leave it empty or write no otherwise.`,
  notWholeNumber: (column, value) => `"${column}" is "${value}"; write a whole number ≥ 0, such as 3.`,
  needsColumn: (column, other) => `"${column}" is given but "${other}" is empty or no; fill in "${other}" first.`,
  columnRule: (text) => text.en,
  needsCountyFor: (column) => `"${column}" is given, which needs a county (county or project_county) to know which county's finance pays.`,
  noUnitIdColumn: (headers) => `The units roster has no id column; its columns are: ${headers.join(', ') || '(none)'}.`,
  unitCountyRequired: () => `A county-level unit needs its county, to know which county's finance pays.`,
  answersNotObject: () => `The answers must be one JSON object, such as {"id": "P001", "education": "doctor", …}.`,
  answersUnknownKey: (key) => `"${key}" is not a roster column; the keys are listed under columns in data/codes.json.`,
  answersDuplicateKey: (key, first, second) => `"${first}" and "${second}" are the same answer (${key}); keep only one.`,
  answersWrongType: (column, expected) => `"${column}" has the wrong type; expected ${expected}.`,
  columnName: (key) => key,
  listSeparator: ', ',
  codeWithLabel: (_label, code) => code, // English says the code; the Chinese names a cell may also hold are the Chinese messages' to list
  honorsWhere: 'listed under honors in data/codes.json (and in the contract\'s "Honour codes" table)',
  expectText: 'text (a string)',
  expectTextOrNumber: 'a number or text',
  expectTextOrList: 'text or a list of texts',
  expectTextOrBoolean: 'yes/no or true/false',
};

/** The reader's messages in a language: passed to every reader and parser, no language is kept here. */
export function rosterMessages(lang: 'zh' | 'en'): RosterMessages {
  return lang === 'en' ? messagesEn : messagesZh;
}
