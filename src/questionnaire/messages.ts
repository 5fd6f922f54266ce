// Every sentence the window questionnaire and its result show, in Chinese (default) and English:
// the questionnaire's in question-messages.ts, the result's and the help's in result-messages.ts.
import type { Lang } from '../i18n/lang.js';
import { QUESTION_EN, QUESTION_ZH, type QuestionMessages } from './question-messages.js';
import { RESULT_EN, RESULT_ZH, type ResultMessages } from './result-messages.js';

export type CheckMessages = QuestionMessages & ResultMessages;

const ZH: CheckMessages = { ...QUESTION_ZH, ...RESULT_ZH };
const EN: CheckMessages = { ...QUESTION_EN, ...RESULT_EN };

export function checkMessages(lang: Lang): CheckMessages {
  return lang === 'en' ? EN : ZH;
}
