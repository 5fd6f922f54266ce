// Commander's help in the user's language: its own scaffolding ("[options]", "[command]", the
// placeholders <year>, <file> …, the section titles, the "(default: …)" notes) is replaced in Chinese,
// so a Chinese page has no English left; the English page keeps commander's words.
import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';
import type { Lang } from '../i18n/lang.js';

/** What an option's value is, as its placeholder reads in Chinese help. */
const OPTION_PLACEHOLDERS_ZH: Readonly<Record<string, string>> = {
  year: '年度', format: '格式', file: '文件', encoding: '编码', lang: '语言', id: '编号', edition: '版本', point: '取值',
  'level=yuan,…': '级次=元,…', name: '工作表', 'key=value': '键=值', value: '值', mode: '方式',
};

/** What a command's argument is, as it reads in Chinese help. */
const ARGUMENT_NAMES_ZH: Readonly<Record<string, string>> = { file: '花名册文件', roster: '花名册文件', topic: '主题', command: '命令' };

const TITLES_ZH: Readonly<Record<string, string>> = {
  'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：', 'Global Options:': '全局选项：',
};

function replacePlaceholders(text: string, names: Readonly<Record<string, string>>): string {
  return text.replace(/([<[])([^>\]]+)([>\]])/g, (whole, open: string, name: string, close: string) => {
    const dots = name.endsWith('...') ? '...' : '';
    const bare = dots ? name.slice(0, -3) : name;
    const local = bare === 'options' ? '选项' : names[bare];
    return local === undefined ? whole : `${open}${local}${dots}${close}`;
  });
}

function argumentLabel(argument: Argument, lang: Lang): string {
  const name = argument.name();
  return lang === 'zh' ? ARGUMENT_NAMES_ZH[name] ?? name : name;
}

function argumentUsage(argument: Argument, lang: Lang): string {
  const label = `${argumentLabel(argument, lang)}${argument.variadic ? '...' : ''}`;
  return argument.required ? `<${label}>` : `[${label}]`;
}

/** Columns a terminal gives a character: 2 for Chinese and full-width forms, so help columns line up. */
export function displayWidth(text: string): number {
  let width = 0;
  // eslint-disable-next-line no-control-regex -- colour codes take no room on the screen
  for (const char of text.replace(/\u001b\[[0-9;]*m/g, '')) {
    const code = char.codePointAt(0)!;
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** A wide character or a run of anything else: Chinese text may break between any two characters. */
// Closing punctuation stays with the character before it, so that no line starts with "，" or "）".
const CHUNK = /\s*(?:[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef][，。；：、）》」』！？”]*|[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+[，。；：、）》」』！？”]*)/g;

/** Commander's wrapping, with Chinese text broken between characters instead of only at spaces. */
export function boxWrap(text: string, width: number): string {
  if (width < 40) return text;
  const wrapped: string[] = [];
  for (const line of text.split(/\r\n|\n/)) {
    const chunks = line.match(CHUNK);
    if (chunks === null) {
      wrapped.push('');
      continue;
    }
    let current = chunks.shift()!;
    let used = displayWidth(current);
    for (const chunk of chunks) {
      const size = displayWidth(chunk);
      if (used + size <= width) {
        current += chunk;
        used += size;
        continue;
      }
      wrapped.push(current);
      current = chunk.trimStart();
      used = displayWidth(current);
    }
    wrapped.push(current);
  }
  return wrapped.join('\n');
}

export function helpConfiguration(lang: Lang): HelpConfiguration {
  const plain = new Help();
  if (lang !== 'zh') return { showGlobalOptions: true };
  return {
    showGlobalOptions: true,
    displayWidth,
    boxWrap,
    styleTitle: (title: string) => TITLES_ZH[title] ?? title,
    optionTerm: (option: Option) => replacePlaceholders(option.flags, OPTION_PLACEHOLDERS_ZH),
    argumentTerm: (argument: Argument) => argumentLabel(argument, lang),
    subcommandTerm: (cmd: Command) => {
      const args = cmd.registeredArguments.map((argument) => argumentUsage(argument, lang)).join(' ');
      return `${cmd.name()}${cmd.options.length > 0 ? ' [选项]' : ''}${args ? ` ${args}` : ''}`;
    },
    commandUsage: (cmd: Command) => {
      const usage = plain.commandUsage(cmd).replace('[command]', '[命令]');
      return replacePlaceholders(usage, ARGUMENT_NAMES_ZH);
    },
    // The descriptions say the defaults and the accepted values in words; commander's English
    // "(default: …)", "(choices: …)" would follow them otherwise.
    optionDescription: (option: Option) => option.description,
    argumentDescription: (argument: Argument) => argument.description,
  };
}
