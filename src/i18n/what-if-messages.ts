// Sentences of the policy, explain, compare, template and validate commands, in Chinese
// (default) and English. The roster command's are in messages.ts.
import type { Lang } from './lang.js';

const zh = {
  policyOptions: {
    year: '年度：按年度选用当时有效的政策版本（默认今年）',
    policy: '指定政策版本（如 lps-2013），不按年度选用',
    rentRates: '各县区公租房月租金标准文件（JSON 或 CSV），覆盖内置表',
    set: '假设：修改一项政策参数，键=值，可重复（如 items.talent_allowance.lines.doctor_enterprise_institution.monthly=1000）',
    scenario: '假设：情景文件（JSON：name、description、sets 列表）',
  },
  scenarioInvalid: (message: string) => `假设情景有误：${message}`,
  scenarioDataInvalid: (file: string) => `按假设情景修改后的政策数据有误：${file}`,
  scenarioApplied: (name: string, count: number) => `按假设情景“${name}”计算（修改了 ${count} 项政策参数），不是现行政策；与现行政策比较请用 rencai compare`,
  // policy
  policyDescription: '浏览政策：各项目的标准（按层次、按津贴档次）、支付方、解读，以及所依据条款的原文',
  policyArgument: '项目代码（如 talent_allowance）、tiers、payers、conditions、fund、readings，或条款号（如 §16）；省略则列出全部项目',
  policyExamples: [
    '',
    '示例：',
    '  rencai policy                              全部项目一览',
    '  rencai policy talent_allowance             人才津贴：各档标准、解读和 §17 原文',
    '  rencai policy §16                          第16条原文',
    '  rencai policy readings                     全部解读',
    '  rencai policy talent_allowance --set items.talent_allowance.lines.doctor_enterprise_institution.monthly=1000',
    '  rencai policy --format json',
    '',
    '退出状态：0 成功；2 命令行有误（如未知的主题、错误的 --set 键）；4 政策数据有误；70 内部错误。',
  ].join('\n'),
  unknownPolicyTopic: (topic: string, known: string) => `没有“${topic}”：可用 ${known}`,
  noArticle: (clause: string) => `政策原文中没有 ${clause}`,
  rightMarker: '权利',
  noPolicyText: (edition: string) => `政策版本 ${edition} 未附原文（data/policies/${edition}/policy.zh.txt）`,
  clauseTextNote: '',
  // explain
  explainDescription: '说明一个人每项待遇的来历：人才层次及依据、各项条件满足与否、津贴候选档次、计发月数、取整、支付方分担，逐项注明条款',
  explainArgument: '花名册 CSV 文件（与 --id 一起用）；或用 --answers 给出一个人',
  explainOptions: {
    answers: '一个人的情况（JSON，键与花名册列相同）',
    id: '花名册中要说明的人员编号',
    encoding: '花名册编码：auto（默认）、utf-8、gb18030',
  },
  explainExamples: [
    '',
    '示例：',
    '  rencai explain data/examples/roster.csv --id P001 --year 2014',
    '  rencai explain --answers data/examples/person.json --year 2014',
    '  rencai explain --answers data/examples/person.json --year 2014 --format json',
    '  rencai explain --answers data/examples/person.json --year 2014 --set items.talent_allowance.lines.doctor_enterprise_institution.monthly=1000',
    '',
    '退出状态：0 成功；1 要说明的人未通过校验；2 命令行有误；3 花名册或答案文件无法读取、--id 找不到；4 数据有误；70 内部错误。',
  ].join('\n'),
  explainNeedsOne: '请给出 --answers 文件，或花名册文件和 --id（二者取一）',
  explainNeedsId: '花名册需配合 --id 指定要说明的人员',
  idNotFound: (id: string, file: string) => `花名册 ${file} 中没有编号为 ${id} 的人员`,
  idRejected: (id: string, row: number) => `编号 ${id}（第${row}行）未通过校验，无法说明：`,
  answersInvalid: (file: string) => `${file} 中的人员情况有误：`,
  answersUnreadable: (file: string, reason: string) => `无法读取 ${file}：${reason}`,
  // compare
  compareDescription: '比较基准与假设情景：同一花名册分别按现行政策和假设计算，按支付方、项目、县区列出差额',
  compareExamples: [
    '',
    '示例：',
    '  rencai compare data/examples/roster.csv --year 2014 --scenario data/examples/scenario-phd.json',
    '  rencai compare data/examples/roster.csv --year 2014 --set items.talent_allowance.lines.doctor_enterprise_institution.monthly=1000',
    '  rencai compare data/examples/roster.csv --year 2014 --scenario data/examples/scenario-phd.json --format csv --output 差额.csv',
    '',
    '退出状态：0 全部计算；1 有行被拒绝；2 命令行有误（如没有情景）；3 花名册无法读取；4 数据有误；5 输出无法写入；70 内部错误。',
  ].join('\n'),
  compareNeedsScenario: 'compare 需要 --scenario 文件或至少一个 --set',
  // template
  templateDescription: '生成空白花名册模板：表头和一行示例，UTF-8 带 BOM，Excel 和 WPS 可直接打开',
  templateOptions: { lang: '表头语言：zh（中文，默认）或 en（英文键）', output: '写入文件（默认标准输出）' },
  templateExamples: ['', '示例：', '  rencai template --output 花名册模板.csv', '  rencai template --lang en --output roster-template.csv', '', '示例行的编号是“示例行-请删除”：填写前请删除这一行，否则它会被拒绝。', '退出状态：0 成功；2 命令行有误；5 输出无法写入。'].join('\n'),
  // validate
  validateDescription: '只校验花名册，不计算：逐行检查，列出被拒绝的行',
  validateExamples: ['', '示例：', '  rencai validate data/examples/roster-bad-rows.csv', '  rencai validate data/examples/roster-bad-rows.csv --format json', '', '退出状态：0 每一行都通过；1 有行被拒绝；2 命令行有误；3 花名册无法读取；70 内部错误。'].join('\n'),
  validateSummary: (valid: number, rejected: number) => (rejected === 0 ? `共 ${valid} 行，全部通过校验` : `共 ${valid + rejected} 行，${valid} 行通过，${rejected} 行被拒绝：`),
};

export type WhatIfMessages = typeof zh;

const en: WhatIfMessages = {
  policyOptions: {
    year: 'year: picks the policy edition in force then (default: this year)',
    policy: 'policy edition to use (e.g. lps-2013) instead of the one for the year',
    rentRates: 'public rental rent per county (JSON or CSV), overrides the bundled table',
    set: 'what-if: change one policy value, KEY=VALUE, repeatable (e.g. items.talent_allowance.lines.doctor_enterprise_institution.monthly=1000)',
    scenario: 'what-if: a scenario file (JSON: name, description, a list of sets)',
  },
  scenarioInvalid: (message) => `scenario problem: ${message}`,
  scenarioDataInvalid: (file) => `the policy data as changed by the scenario is invalid: ${file}`,
  scenarioApplied: (name, count) => `computed under the what-if scenario "${name}" (${count} policy parameters changed), not the policy in force; rencai compare sets the two side by side`,
  policyDescription: 'browse the policy: each item\'s amounts (by tier, by allowance line), payers, readings, and the text of its clause',
  policyArgument: 'an item code (e.g. talent_allowance), tiers, payers, conditions, fund, readings, or a clause (e.g. §16); all items when omitted',
  policyExamples: [
    '',
    'Examples:',
    '  rencai policy --lang en                     every item',
    '  rencai policy talent_allowance --lang en    the allowance lines, readings and the text of §17',
    '  rencai policy §16 --lang en                 article 16 (in Chinese)',
    '  rencai policy --format json',
    '',
    'Exit status: 0 done; 2 bad command line (e.g. unknown topic, bad --set key); 4 policy data invalid; 70 internal error.',
  ].join('\n'),
  unknownPolicyTopic: (topic, known) => `no "${topic}": use ${known}`,
  noArticle: (clause) => `the policy text has no ${clause}`,
  rightMarker: 'right',
  noPolicyText: (edition) => `policy edition ${edition} ships no text (data/policies/${edition}/policy.zh.txt)`,
  clauseTextNote: 'Clause text in the original Chinese; no official English translation is bundled.',
  explainDescription: 'explain how each of a person\'s amounts came about: tier and why, conditions met and not met, allowance lines, months, rounding, payer split, each with its clause',
  explainArgument: 'a roster CSV file (with --id); or give one person with --answers',
  explainOptions: {
    answers: 'one person\'s facts (JSON with the roster keys)',
    id: 'the id of the person in the roster to explain',
    encoding: 'roster encoding: auto (default), utf-8, gb18030',
  },
  explainExamples: [
    '',
    'Examples:',
    '  rencai explain data/examples/roster.csv --id P001 --year 2014 --lang en',
    '  rencai explain --answers data/examples/person.json --year 2014 --format json',
    '',
    'Exit status: 0 done; 1 the person fails validation; 2 bad command line; 3 roster or answers unreadable, --id not found; 4 data invalid; 70 internal error.',
  ].join('\n'),
  explainNeedsOne: 'give either --answers FILE, or a roster file with --id',
  explainNeedsId: 'a roster needs --id to say whom to explain',
  idNotFound: (id, file) => `no person with id ${id} in ${file}`,
  idRejected: (id, row) => `${id} (line ${row}) fails validation and cannot be explained:`,
  answersInvalid: (file) => `the facts in ${file} are invalid:`,
  answersUnreadable: (file, reason) => `cannot read ${file}: ${reason}`,
  compareDescription: 'compare the baseline with a what-if scenario: one roster computed under both, differences by payer, item and county',
  compareExamples: [
    '',
    'Examples:',
    '  rencai compare data/examples/roster.csv --year 2014 --scenario data/examples/scenario-phd.json --lang en',
    '  rencai compare data/examples/roster.csv --year 2014 --set items.talent_allowance.lines.doctor_enterprise_institution.monthly=1000 --format json',
    '',
    'Exit status: 0 all computed; 1 rows rejected; 2 bad command line (e.g. no scenario); 3 roster unreadable; 4 data invalid; 5 output not writable; 70 internal error.',
  ].join('\n'),
  compareNeedsScenario: 'compare needs --scenario FILE or at least one --set',
  templateDescription: 'write a blank roster template: the header and one example row, UTF-8 with BOM for Excel and WPS',
  templateOptions: { lang: 'header language: zh (Chinese, default) or en (English keys)', output: 'write to a file (default: stdout)' },
  templateExamples: ['', 'Examples:', '  rencai template --lang en --output roster-template.csv', '', 'The example row has the id EXAMPLE-delete-this-row: delete it before filling in, or it is rejected.', 'Exit status: 0 done; 2 bad command line; 5 output not writable.'].join('\n'),
  validateDescription: 'check a roster without computing: every row validated, rejected rows listed',
  validateExamples: ['', 'Examples:', '  rencai validate data/examples/roster-bad-rows.csv --lang en', '  rencai validate data/examples/roster-bad-rows.csv --format json', '', 'Exit status: 0 every row valid; 1 rows rejected; 2 bad command line; 3 roster unreadable; 70 internal error.'].join('\n'),
  validateSummary: (valid, rejected) => (rejected === 0 ? `${valid} rows, all valid` : `${valid + rejected} rows: ${valid} valid, ${rejected} rejected:`),
};

export function whatIfMessages(lang: Lang): WhatIfMessages {
  return lang === 'en' ? en : zh;
}
