// Sentences about where results go and what rencai may not do to the files it is given (#13):
// stdout that cannot be written, an output that names an input, temporary files that cannot be made.
import type { Lang } from './lang.js';

export interface OutputMessages {
  /** stdout itself failed (a full disk under `> file`, a closed device): exit 5. */
  stdoutFailed(reason: string): string;
  /** `--output` is one of the command's own inputs: exit 2, nothing read or written. */
  outputIsInput(output: string, option: string, input: string): string;
  /** A temporary file (spooled rows) could not be written: exit 5. */
  temporaryFailed(path: string, reason: string): string;
  /** What a system error code means, for a person. */
  reason(code: string): string;
  /** The help of --format: the formats a command prints, in order, each with its note. */
  formatOption(formats: readonly string[], command: string): string;
}

/** A format's note in the help of --format, if it has one; check's JSON is one entry of roster's. */
function noteOf(notes: Readonly<Record<string, string>>, format: string, command: string): string | undefined {
  return notes[`${command}.${format}`] ?? notes[format];
}

const zh: OutputMessages = {
  stdoutFailed: (reason) => `无法写入标准输出：${reason}；结果不完整，请腾出磁盘空间或改用 --output 写到别处后重新运行`,
  outputIsInput: (output, option, input) =>
    `--output ${output} 与${option}“${input}”是同一个文件：写入结果会毁掉输入；请换一个输出文件名`,
  temporaryFailed: (path, reason) =>
    `无法写入临时文件 ${path}：${reason}；请检查临时文件夹（环境变量 TMPDIR）是否存在、可写、有空间`,
  reason: (code) => ({
    ENOENT: '所在目录不存在', EACCES: '没有写入权限', EPERM: '没有写入权限', EISDIR: '这是一个目录',
    ENOSPC: '磁盘空间不足', EDQUOT: '超出磁盘配额', EROFS: '文件系统只读', ENOTDIR: '路径中有一段不是目录',
    EIO: '输入输出错误', EFBIG: '文件过大', ELOOP: '符号链接循环',
  } as Record<string, string>)[code] ?? code,
  formatOption: (formats, command) => {
    const notes: Record<string, string> = {
      table: '表格，默认', jsonl: '每行一个 JSON 对象', html: '可打印的预算报告，含图表', md: 'Markdown', 'check.json': '与 roster 的一个 people 条目相同',
    };
    return `输出格式：${formats.map((format) => { const note = noteOf(notes, format, command); return note ? `${format}（${note}）` : format; }).join('、')}`;
  },
};

const en: OutputMessages = {
  stdoutFailed: (reason) => `cannot write to standard output: ${reason}; the results are incomplete — free disk space or use --output to write elsewhere, then run again`,
  outputIsInput: (output, option, input) =>
    `--output ${output} is the same file as the ${option} "${input}": writing the results would destroy the input; choose another output file`,
  temporaryFailed: (path, reason) =>
    `cannot write the temporary file ${path}: ${reason}; check that the temporary folder (environment variable TMPDIR) exists, is writable and has space`,
  reason: (code) => ({
    ENOENT: 'no such directory', EACCES: 'permission denied', EPERM: 'permission denied', EISDIR: 'it is a directory',
    ENOSPC: 'disk full', EDQUOT: 'disk quota exceeded', EROFS: 'read-only file system', ENOTDIR: 'a part of the path is not a directory',
    EIO: 'input/output error', EFBIG: 'file too large', ELOOP: 'too many levels of symbolic links',
  } as Record<string, string>)[code] ?? code,
  formatOption: (formats, command) => {
    const notes: Record<string, string> = {
      table: 'default', jsonl: 'one JSON object a line', html: 'a printable budget report with charts', md: 'Markdown', 'check.json': 'one `people` entry of roster',
    };
    return `output format: ${formats.map((format) => { const note = noteOf(notes, format, command); return note ? `${format} (${note})` : format; }).join(', ')}`;
  },
};

export function outputMessages(lang: Lang): OutputMessages {
  return lang === 'en' ? en : zh;
}

/** How the roster's inputs are named in outputIsInput. */
export function inputOptionName(option: string, lang: Lang): string {
  if (lang === 'en') return option === '' ? 'input' : `${option} file`;
  const names: Record<string, string> = {
    '': '输入文件', '--people': '人员花名册 --people', '--units': '单位名册 --units', '--rent-rates': '租金文件 --rent-rates',
    '--scenario': '情景文件 --scenario', '--answers': '答案文件 --answers',
  };
  return names[option] ?? `${option} 文件`;
}
