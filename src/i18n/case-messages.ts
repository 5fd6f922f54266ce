// Messages of `rencai test`, in both languages.
import type { Lang } from './lang.js';

export interface CaseMessages {
  description: string;
  argument: string;
  examples: string;
  failed(file: string, name: string, year: number, problems: string): string;
  difference(field: string, expected: string, actual: string): string;
  personInvalid(column: string, message: string): string;
  separator: string;
  summary(total: number, failed: number): string;
  noCases(path: string): string;
  notFound(path: string): string;
}

const zh: CaseMessages = {
  description: '运行政策版本自带的案例（data/policies/<版本>/tests/*.yaml 或 *.json），逐条核对金额与支付方',
  argument: '版本目录、其中的 tests 目录或一个案例文件（默认：data/policies 下的每个版本）',
  examples: `
示例：
  $ rencai test                                  # 每个内置版本的案例
  $ rencai test data/policies/lps-2013           # 一个版本（含其继承版本的案例）
  $ rencai test data/policies/lps-2013/tests/talent_allowance.yaml

每个失败的案例输出一行（期望值与实际值）。

退出状态：0 全部案例通过；1 有案例失败；2 命令行有误（如路径不是版本目录或案例文件）；4 政策数据或案例文件有误；70 内部错误。`,
  failed: (file, name, year, problems) => `✗ ${file}：${name}（${year}年）— ${problems}`,
  difference: (field, expected, actual) => `${field} 期望 ${expected}，实际 ${actual}`,
  personInvalid: (column, message) => `人员 ${column}：${message}`,
  separator: '；',
  summary: (total, failed) => (failed === 0 ? `rencai: ${total} 个案例全部通过` : `rencai: ${total} 个案例中 ${failed} 个失败`),
  noCases: (path) => `${path} 中没有案例（tests/*.yaml 或 *.json）`,
  notFound: (path) => `${path} 不是政策版本目录、tests 目录或案例文件`,
};

const en: CaseMessages = {
  description: "run a policy edition's own cases (data/policies/<edition>/tests/*.yaml or *.json), checking each amount and payer",
  argument: 'an edition folder, its tests folder or one case file (default: every edition under data/policies)',
  examples: `
Examples:
  $ rencai test                                  # every bundled edition's cases
  $ rencai test data/policies/lps-2013           # one edition (with the cases of the editions it inherits)
  $ rencai test data/policies/lps-2013/tests/talent_allowance.yaml

One line per failing case (expected and actual).

Exit status: 0 every case passes; 1 some case fails; 2 bad command line (e.g. the path is no edition or case file); 4 policy data or a case file invalid; 70 internal error.`,
  failed: (file, name, year, problems) => `✗ ${file}: ${name} (${year}) — ${problems}`,
  difference: (field, expected, actual) => `${field} expected ${expected}, actual ${actual}`,
  personInvalid: (column, message) => `person ${column}: ${message}`,
  separator: '; ',
  summary: (total, failed) => (failed === 0 ? `rencai: all ${total} cases pass` : `rencai: ${failed} of ${total} cases fail`),
  noCases: (path) => `no cases in ${path} (tests/*.yaml or *.json)`,
  notFound: (path) => `${path} is not an edition folder, a tests folder or a case file`,
};

export function caseMessages(lang: Lang): CaseMessages {
  return lang === 'zh' ? zh : en;
}
