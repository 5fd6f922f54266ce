// The files named by --answers, --scenario and --rent-rates, checked before a command starts: a
// missing file, a folder, an unreadable one, broken JSON or `--answers -` at a terminal each become one
// sentence in the user's language with the file and what to do — never raw system text.
import { readFileSync, statSync } from 'node:fs';
import type { Lang } from '../i18n/lang.js';
import { CliError } from './errors.js';
import { ExitCode, type ExitCodeValue } from './exit-codes.js';

export type InputFileKind = 'answers' | 'scenario' | 'rentRates';

const FLAGS: Readonly<Record<InputFileKind, string>> = { answers: '--answers', scenario: '--scenario', rentRates: '--rent-rates' };
const EXAMPLES: Readonly<Record<InputFileKind, string>> = {
  answers: 'data/examples/person.json', scenario: 'data/examples/scenario-phd.json', rentRates: 'data/examples/rent-rates.csv',
};
/** The exit status each kind of file has always had (README “退出状态”). */
const STATUS: Readonly<Record<InputFileKind, ExitCodeValue>> = { answers: ExitCode.INPUT, scenario: ExitCode.USAGE, rentRates: ExitCode.DATA };

const zh = {
  kind: { answers: '答案文件', scenario: '情景文件', rentRates: '公租房租金文件' } as Record<InputFileKind, string>,
  missing: (kind: string, path: string, flag: string, example: string) => `找不到${kind}“${path}”；请检查 ${flag} 后面的文件名和路径（写法可参照 ${example}）。`,
  folder: (kind: string, path: string, flag: string, example: string) => `${kind}“${path}”是一个文件夹；${flag} 后面应写一个文件（写法可参照 ${example}）。`,
  unreadable: (kind: string, path: string) => `无法读取${kind}“${path}”：没有读取权限或设备无法访问；请检查文件的权限后重试。`,
  badJson: (kind: string, path: string, where: string, example: string) => `${kind}“${path}”不是有效的 JSON${where}；请用文本编辑器改正（写法可参照 ${example}）。`,
  where: (line: number, column: number) => `（第 ${line} 行第 ${column} 列附近）`,
  stdinTerminal: (asks: boolean) => `--answers - 表示从标准输入读取答案，但标准输入是终端；请写成 --answers - < 答案.json，${asks ? '或去掉 --answers 在终端逐项回答' : '或在 --answers 后面写答案文件名（如 data/examples/person.json）'}。`,
};

const en: typeof zh = {
  kind: { answers: 'answers file', scenario: 'scenario file', rentRates: 'rent-rate file' },
  missing: (kind, path, flag, example) => `The ${kind} "${path}" does not exist; check the file name and path after ${flag} (see ${example} for the format).`,
  folder: (kind, path, flag, example) => `The ${kind} "${path}" is a folder; ${flag} takes a file (see ${example} for the format).`,
  unreadable: (kind, path) => `The ${kind} "${path}" cannot be read (no permission, or the device is not available); check its permissions and try again.`,
  badJson: (kind, path, where, example) => `The ${kind} "${path}" is not valid JSON${where}; correct it in a text editor (see ${example} for the format).`,
  where: (line, column) => ` (near line ${line}, column ${column})`,
  stdinTerminal: (asks) => `--answers - reads the answers from standard input, which is a terminal; write --answers - < answers.json, ${asks ? 'or leave out --answers to be asked' : 'or name the answers file after --answers (e.g. data/examples/person.json)'}.`,
};

/** A problem with a file the user named: its sentence says what to do, so no "see --help" follows it. */
export class InputFileError extends CliError {
  override get selfExplaining(): boolean {
    return true;
  }
}

/** Line and column of a JSON.parse error, from the position V8 reports. */
function jsonWhere(text: string, error: unknown, t: typeof zh): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  if (position === undefined) return '';
  const before = text.slice(0, Number(position));
  const lines = before.split('\n');
  return t.where(lines.length, (lines.at(-1)?.length ?? 0) + 1);
}

/**
 * Throws InputFileError when the file cannot serve as the kind of input it is named for. `asks`: the
 * command can ask the questions itself when --answers is left out (check can, explain cannot).
 */
export function checkInputFile(kind: InputFileKind, path: string, lang: Lang, asks = false): void {
  const t = lang === 'en' ? en : zh;
  const fail = (message: string): never => {
    throw new InputFileError(message, STATUS[kind]);
  };
  if (path === '-') {
    if (kind === 'answers' && process.stdin.isTTY === true) fail(t.stdinTerminal(asks));
    return;
  }
  let text: string;
  try {
    if (statSync(path).isDirectory()) fail(t.folder(t.kind[kind], path, FLAGS[kind], EXAMPLES[kind]));
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') fail(t.missing(t.kind[kind], path, FLAGS[kind], EXAMPLES[kind]));
    return fail(t.unreadable(t.kind[kind], path));
  }
  const json = kind !== 'rentRates' || !path.toLowerCase().endsWith('.csv');
  if (!json) return;
  const body = text.replace(/^\uFEFF/, '');
  try {
    JSON.parse(body);
  } catch (error) {
    fail(t.badJson(t.kind[kind], path, jsonWhere(body, error, t), EXAMPLES[kind]));
  }
}
