// What a what-if scenario (--set, --scenario) could not do, in Chinese (default) and English. The
// policy model reports each problem as data (src/policy/scenario.ts); the sentences are here.
import type { KeyPart, ScenarioFileIssue, ScenarioProblem } from '../policy/scenario.js';
import type { Lang } from './lang.js';

const SET_EXAMPLE = 'items.talent_allowance.lines.doctor_enterprise_institution.monthly=1000';
const FILE_SHAPE = '{"name", "description", "sets": [{"key", "value"}]}';

interface Words {
  part: Record<KeyPart, string>;
  field: string;
  top: string;
  list: (names: readonly string[]) => string;
  type: (expected: string) => string;
  issue: Record<ScenarioFileIssue['kind'], (issue: ScenarioFileIssue, words: Words) => string>;
  problem: { [K in ScenarioProblem['kind']]: (problem: Extract<ScenarioProblem, { kind: K }>, words: Words) => string };
}

const where = (path: readonly (string | number)[], words: Words) => (path.length ? path.join('.') : words.top);
const shape = (problem: Extract<ScenarioProblem, { kind: 'key_incomplete' }>, words: Words) => [
  problem.head, ...(problem.part ? [`<${words.part[problem.part]}>`] : []), ...(problem.field ? [`<${words.field}>…`] : []),
].join('.');

const ZH_TYPES: Record<string, string> = { string: '文字', number: '数字', array: '列表', object: '对象（{…}）', boolean: 'true 或 false' };

const zh: Words = {
  part: { item: '项目代码', unitItem: '单位项目代码', right: '权利id', columnRule: '列规则id', county: '县区代码', tier: '层次', reading: '解读id', condition: '条件名' },
  field: '字段',
  top: '(根)',
  list: (names) => names.join('、'),
  type: (expected) => ZH_TYPES[expected] ?? expected,
  issue: {
    missing: (issue, w) => `${where(issue.path, w)}：缺少这一项`,
    wrong_type: (issue, w) => `${where(issue.path, w)}：应为${w.type(issue.expected ?? '')}`,
    unknown_keys: (issue, w) => `${where(issue.path, w)}：不认识的键 ${w.list(issue.keys ?? [])}`,
    empty: (issue, w) => `${where(issue.path, w)}：不能为空`,
    other: (issue, w) => `${where(issue.path, w)}：写法不对`,
  },
  problem: {
    set_form: (p) => `--set 需要 键=值 的形式（例如 ${SET_EXAMPLE}），收到“${p.text}”`,
    key_empty_part: (p) => `键“${p.key}”有空的部分`,
    key_incomplete: (p, w) => `键“${p.key}”不完整：应为 ${shape(p, w)}`,
    key_unknown_head: (p) => `键“${p.key}”不认识：应以 ${p.heads.slice(0, -1).map((head) => `${head}.`).join('、')} 或 ${p.heads.at(-1)}. 开头`,
    key_missing: (p, w) => `键“${p.key}”不存在：${p.where ?? w.top} 中没有“${p.segment}”（已有：${w.list(p.known)}）`,
    key_through_value: (p, w) => `键“${p.key}”不存在：${p.where ?? w.top} 是一个值，不能再往下取“${p.segment}”`,
    not_number: (p) => `${p.key}：“${p.value}”不是数字`,
    not_boolean: (p) => `${p.key}：“${p.value}”应为 true 或 false`,
    not_json: (p) => `${p.key}：替换对象或列表的值须为 JSON，收到“${p.value}”`,
    file_invalid: (p) => `情景文件 ${p.file} 有误（应为 ${FILE_SHAPE}）：`,
    file_unreadable: (p) => `无法读取情景文件 ${p.file}；请检查文件后重试`,
    keys_unapplied: (p, w) => `政策版本 ${p.edition} 中没有这些键对应的数据文件：${w.list(p.keys)}`,
  },
};

const en: Words = {
  part: { item: 'item code', unitItem: 'unit item code', right: 'right id', columnRule: 'column rule id', county: 'county code', tier: 'tier', reading: 'reading id', condition: 'condition name' },
  field: 'field',
  top: '(top level)',
  list: (names) => names.join(', '),
  type: (expected) => (expected === 'boolean' ? 'true or false' : `a${/^[aeiou]/.test(expected) ? 'n' : ''} ${expected}`),
  issue: {
    missing: (issue, w) => `${where(issue.path, w)}: missing`,
    wrong_type: (issue, w) => `${where(issue.path, w)}: should be ${w.type(issue.expected ?? '')}`,
    unknown_keys: (issue, w) => `${where(issue.path, w)}: unknown key ${w.list(issue.keys ?? [])}`,
    empty: (issue, w) => `${where(issue.path, w)}: must not be empty`,
    other: (issue, w) => `${where(issue.path, w)}: not written correctly`,
  },
  problem: {
    set_form: (p) => `--set takes KEY=VALUE (e.g. ${SET_EXAMPLE}), got "${p.text}"`,
    key_empty_part: (p) => `the key "${p.key}" has an empty part`,
    key_incomplete: (p, w) => `the key "${p.key}" is incomplete: it should be ${shape(p, w)}`,
    key_unknown_head: (p) => `the key "${p.key}" is not known: it should start with ${p.heads.slice(0, -1).map((head) => `${head}.`).join(', ')} or ${p.heads.at(-1)}.`,
    key_missing: (p, w) => `the key "${p.key}" does not exist: ${p.where ?? w.top} has no "${p.segment}" (it has: ${w.list(p.known)})`,
    key_through_value: (p, w) => `the key "${p.key}" does not exist: ${p.where ?? w.top} is a single value, so it has no "${p.segment}"`,
    not_number: (p) => `${p.key}: "${p.value}" is not a number`,
    not_boolean: (p) => `${p.key}: "${p.value}" should be true or false`,
    not_json: (p) => `${p.key}: a value replacing an object or a list must be JSON, got "${p.value}"`,
    file_invalid: (p) => `the scenario file ${p.file} is invalid (it should be ${FILE_SHAPE}):`,
    file_unreadable: (p) => `the scenario file ${p.file} cannot be read; check the file and try again`,
    keys_unapplied: (p, w) => `policy edition ${p.edition} has no data file for these keys: ${w.list(p.keys)}`,
  },
};

/** The sentence for a scenario problem, and for a file of the wrong shape one line per problem found. */
export function scenarioProblemText(problem: ScenarioProblem, lang: Lang): { message: string; details: string[] } {
  const words = lang === 'en' ? en : zh;
  const render = words.problem[problem.kind] as (p: ScenarioProblem, w: Words) => string;
  const details = problem.kind === 'file_invalid' ? problem.issues.map((issue) => words.issue[issue.kind](issue, words)) : [];
  return { message: render(problem, words), details };
}
