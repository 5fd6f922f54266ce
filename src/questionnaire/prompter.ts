// The four kinds of question the window questionnaire asks, behind one small interface: the
// question flow is pure logic over it, a terminal answers through @inquirer/prompts, and tests
// answer from a queue (ScriptedPrompter) and can read back which questions were asked.

export interface Choice<V extends string> {
  value: V;
  name: string;
}

/** null = the answer is acceptable; a string = why not (shown, and the question is asked again). */
export type Validate = (text: string) => string | null;

export interface Prompter {
  select<V extends string>(question: { key: string; message: string; choices: readonly Choice<V>[]; default?: V }): Promise<V>;
  checkbox<V extends string>(question: { key: string; message: string; choices: readonly Choice<V>[]; checked?: readonly V[] }): Promise<V[]>;
  input(question: { key: string; message: string; default?: string; validate?: Validate }): Promise<string>;
  confirm(question: { key: string; message: string; default?: boolean }): Promise<boolean>;
}

/** The user left the questionnaire (Ctrl-C); the command ends with a one-line message. */
export class QuestionnaireCancelled extends Error {
  constructor() {
    super('questionnaire cancelled');
    this.name = 'QuestionnaireCancelled';
  }
}

/** inquirer's key hints ("↑↓ navigate • ⏎ select") in Chinese; the keys stay as symbols. */
const KEY_WORDS_ZH: Readonly<Record<string, string>> = {
  navigate: '移动', select: '选择', submit: '确认', all: '全选', invert: '反选', space: '空格', '⏎': '回车',
};

function keysTheme(lang: 'zh' | 'en', ticking = false) {
  if (lang !== 'zh') return {};
  // In a checklist the space bar ticks a line; in a list Enter picks one.
  const word = (text: string) => (ticking && text === 'select' ? '勾选' : KEY_WORDS_ZH[text] ?? text);
  return { style: { keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${word(key)} ${word(action)}`).join(' • ') } };
}

/** Prompts on the terminal. @inquirer/prompts is loaded on first use, so `--answers` runs never load it. */
export function createInquirerPrompter(
  context: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream } = {}, lang: 'zh' | 'en' = 'zh',
): Prompter {
  const prompts = import('@inquirer/prompts');
  const theme = keysTheme(lang);
  const checklistTheme = keysTheme(lang, true);
  const ask = async <T>(run: (module: typeof import('@inquirer/prompts')) => Promise<T>): Promise<T> => {
    const module = await prompts;
    try {
      return await run(module);
    } catch (error) {
      if (error instanceof Error && error.name === 'ExitPromptError') throw new QuestionnaireCancelled();
      throw error;
    }
  };
  return {
    select: (question) =>
      ask((m) =>
        m.select({ message: question.message, choices: question.choices.map((c) => ({ value: c.value, name: c.name })), default: question.default, pageSize: 12, theme }, context),
      ),
    checkbox: (question) =>
      ask((m) =>
        m.checkbox(
          {
            message: question.message,
            choices: question.choices.map((c) => ({ value: c.value, name: c.name, checked: question.checked?.includes(c.value) ?? false })),
            pageSize: 20,
            theme: checklistTheme,
          },
          context,
        ),
      ),
    input: (question) =>
      ask((m) =>
        m.input(
          {
            message: question.message,
            default: question.default === '' ? undefined : question.default,
            validate: question.validate ? (text: string) => question.validate?.(text) ?? true : undefined,
          },
          context,
        ),
      ),
    // inquirer's confirm reads only y/n and shows "Y/n"; in Chinese a choice of 是 / 否 says it in words.
    confirm: (question) =>
      lang === 'zh'
        ? ask(async (m) => (await m.select({ message: question.message, choices: [{ value: 'yes', name: '是' }, { value: 'no', name: '否' }], default: question.default ? 'yes' : 'no', theme }, context)) === 'yes')
        : ask((m) => m.confirm({ message: question.message, default: question.default }, context)),
  };
}

export interface AskedQuestion {
  key: string;
  kind: 'select' | 'checkbox' | 'input' | 'confirm';
  message: string;
  /** Validation messages an input got before an accepted answer. */
  rejected: string[];
  /** The values offered, for a select or checkbox. */
  choices?: string[];
}

/**
 * Answers from a queue, in order, for tests. A value of `undefined` takes the question's default.
 * An input answer the validator refuses is recorded and the next queued answer is tried, as a
 * person at the terminal would type again. Running out of answers is an error naming the question.
 */
export class ScriptedPrompter implements Prompter {
  readonly asked: AskedQuestion[] = [];
  private readonly queue: unknown[];

  constructor(answers: readonly unknown[]) {
    this.queue = [...answers];
  }

  get remaining(): number {
    return this.queue.length;
  }

  private next(key: string): unknown {
    if (this.queue.length === 0) throw new Error(`scripted answers ran out at question "${key}"`);
    return this.queue.shift();
  }

  async select<V extends string>(question: { key: string; message: string; choices: readonly Choice<V>[]; default?: V }): Promise<V> {
    this.asked.push({ key: question.key, kind: 'select', message: question.message, rejected: [], choices: question.choices.map((c) => c.value) });
    const answer = this.next(question.key) ?? question.default ?? question.choices[0]?.value;
    const choice = question.choices.find((c) => c.value === answer);
    if (!choice) throw new Error(`"${String(answer)}" is not a choice of "${question.key}": ${question.choices.map((c) => c.value).join(', ')}`);
    return choice.value;
  }

  async checkbox<V extends string>(question: { key: string; message: string; choices: readonly Choice<V>[]; checked?: readonly V[] }): Promise<V[]> {
    this.asked.push({ key: question.key, kind: 'checkbox', message: question.message, rejected: [], choices: question.choices.map((c) => c.value) });
    const answer = this.next(question.key) ?? question.checked ?? [];
    if (!Array.isArray(answer)) throw new Error(`checkbox "${question.key}" needs a list`);
    const values = question.choices.map((c) => c.value);
    for (const value of answer) if (!values.includes(value as V)) throw new Error(`"${String(value)}" is not a choice of "${question.key}"`);
    return values.filter((value) => answer.includes(value));
  }

  async input(question: { key: string; message: string; default?: string; validate?: Validate }): Promise<string> {
    const asked: AskedQuestion = { key: question.key, kind: 'input', message: question.message, rejected: [] };
    this.asked.push(asked);
    for (;;) {
      const raw = this.next(question.key);
      const text = raw === undefined ? question.default ?? '' : String(raw);
      const problem = question.validate?.(text) ?? null;
      if (problem === null) return text;
      asked.rejected.push(problem);
    }
  }

  async confirm(question: { key: string; message: string; default?: boolean }): Promise<boolean> {
    this.asked.push({ key: question.key, kind: 'confirm', message: question.message, rejected: [] });
    const answer = this.next(question.key) ?? question.default ?? false;
    if (typeof answer !== 'boolean') throw new Error(`confirm "${question.key}" needs true or false`);
    return answer;
  }
}
