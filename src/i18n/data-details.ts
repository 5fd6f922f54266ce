// The data files' own messages are written for the people who keep data/, in both languages at once:
// "中文说明（the English）". Where such a line reaches a user (a --set value that broke the data), it is
// shown in the user's language only.
import type { Lang } from './lang.js';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
/** `field: 中文（english）` at the end of a line; the English part holds no Chinese. */
const BILINGUAL = /^(.*?: )?([^]*?)（([^（）]*)）$/;

/** The line in one language: the Chinese part for zh, the parenthesised English part for en. */
export function dataDetailIn(line: string, lang: Lang): string {
  const match = BILINGUAL.exec(line);
  if (!match || CJK.test(match[3]!) || !CJK.test(match[2]!)) return line;
  return `${match[1] ?? ''}${lang === 'en' ? match[3] : match[2]}`;
}
