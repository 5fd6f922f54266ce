// The sentences of `rencai check`'s result (text, Markdown), its file errors and its help, in
// Chinese (default) and English. The questionnaire's own are question-messages.ts.

export interface ResultMessages {
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
  /** Claims made but not granted (issue #14), each with the condition it fails. */
  declined: string;
  nearMisses: string;
  readings: string;
  facts: string;
  /** `policy` is the edition's own title (data/policies/<edition>/edition.json), so a new edition needs no code. */
  footer(date: string, policy: string): string;
  wrote(path: string): string;
  cannotReadAnswers(path: string, reason: string): string;
  answersRejected(count: number): string;
  // --- help ---
  description: string;
  options: { year: string; answers: string; output: string; rentRates: string; policy: string; fact(column: string): string };
  examples: string;
}

export const RESULT_ZH: ResultMessages = {
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
  declined: '未予享受（申请条件不符）',
  nearMisses: '值得了解',
  readings: '适用的政策解读',
  facts: '填报信息',
  footer: (date, policy) => `本告知单依据${policy}计算，仅供参考，以主管部门审核为准。打印日期：${date}`,
  wrote: (path) => `已写出告知单：${path}`,
  cannotReadAnswers: (path, reason) => `无法读取答案文件 ${path}：${reason}`,
  answersRejected: (count) => `人员信息有 ${count} 处错误：`,
  description: '人才服务窗口：逐项提问一个人的情况，给出应享受的待遇、金额、条款和承担方，并可写出告知单',
  options: {
    year: '预算年度（默认今年）',
    answers: '从 JSON 文件读取人员信息（键与花名册列相同），不再提问；- 表示标准输入',
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

export const RESULT_EN: ResultMessages = {
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
  declined: 'Declined (conditions not met)',
  nearMisses: 'Worth knowing',
  readings: 'Readings of the policy applied',
  facts: 'Facts given',
  footer: (date, policy) => `Computed under ${policy}; for information, subject to review by the competent department. Printed ${date}.`,
  wrote: (path) => `Notice written: ${path}`,
  cannotReadAnswers: (path, reason) => `Cannot read the answers file ${path}: ${reason}`,
  answersRejected: (count) => `The person's facts have ${count} error(s):`,
  description: "Service window: asks about one person and shows the entitlements, amounts, clauses and payers; can write a printable notice",
  options: {
    year: 'budget year (default: this year)',
    answers: 'read the facts from a JSON file (keys as the roster columns) instead of asking; - for stdin',
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
