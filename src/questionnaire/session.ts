// One questionnaire run: the answers so far, which questions are settled, the situations ticked;
// asks what applies and is worth asking (questions.ts), then the review screen until confirmed.
import type { Person } from '../engine/types.js';
import type { Lang } from '../i18n/lang.js';
import { parsePersonAnswers } from '../roster/person.js';
import { crossFieldRules } from '../roster/cross-field.js';
import { rosterMessages } from '../roster/messages.js';
import type { ContractKey } from '../roster/columns.js';
import { checkMessages } from './messages.js';
import type { Choice } from './prompter.js';
import { completedAnswers, type Answers } from './relevance.js';
import { answerText, questionLabel } from './answer-text.js';
import { SITUATIONS_KEY, type FlowContext, type Question, type QuestionKey } from './question-kinds.js';
import { ORDER, QUESTIONS } from './questions.js';
import { SITUATIONS, offeredSituations, situationsIn, type Situation, type SituationId } from './situations.js';
import { withWalkInId } from './walk-in.js';

/** A ticked situation as the summary names it: the header of its first column. */
function situationName(situation: Situation, lang: Lang): string {
  return questionLabel(situation.keys[0] ?? situation.id, lang);
}

/** State of one questionnaire run: answers, which keys were asked (an empty answer is settled too). */
export class Session {
  readonly settled = new Set<QuestionKey>();
  /** Earlier answers, offered as defaults when a question comes back after being dropped. */
  readonly remembered: Answers = {};
  /** The situations of the claim checklist ticked. */
  readonly chosen: Set<SituationId>;

  constructor(readonly answers: Answers, private readonly context: FlowContext) {
    for (const key of Object.keys(answers) as ContractKey[]) this.settled.add(key);
    this.chosen = new Set(situationsIn(answers));
    if (this.chosen.size > 0) this.settled.add(SITUATIONS_KEY);
  }

  /** Asks every question that applies and is worth asking, until nothing more is needed. */
  async fill(): Promise<void> {
    for (let pass = 0; pass < QUESTIONS.length; pass += 1) {
      this.dropSituationsThatNoLongerCount();
      let asked = false;
      for (const question of QUESTIONS) {
        const { key } = question;
        if (question.applies && !question.applies(this.answers, this.context, this.chosen)) {
          if (key !== SITUATIONS_KEY) this.forget(key);
          continue;
        }
        if (this.settled.has(key)) continue;
        if (question.worthAsking && !question.worthAsking(this.answers, this.context, this.chosen)) continue;
        await this.ask(question);
        asked = true;
      }
      if (!asked) return;
    }
  }

  private forget(key: ContractKey): void {
    if (this.answers[key] !== undefined) this.remembered[key] = this.answers[key];
    delete this.answers[key];
    this.settled.delete(key);
  }

  /** A ticked situation that an edit made meaningless (民营吸纳 after the employer became an organ) is dropped, as an answer that no longer applies is. */
  private dropSituationsThatNoLongerCount(): void {
    if (this.chosen.size === 0) return;
    const offered = new Set(offeredSituations(this.answers, this.context.year, this.context.policy).map((situation) => situation.id));
    for (const situation of SITUATIONS) if (this.chosen.has(situation.id) && !offered.has(situation.id)) this.untick(situation);
  }

  private untick(situation: Situation): void {
    this.chosen.delete(situation.id);
    for (const key of situation.keys) this.forget(key);
  }

  async ask(question: Question): Promise<void> {
    const { key } = question;
    if (key === SITUATIONS_KEY) {
      await this.askSituations();
      return;
    }
    const value = await question.ask(this.context, this.answers, this.answers[key] ?? this.remembered[key]);
    if (value === null) delete this.answers[key];
    else this.answers[key] = value;
    this.settled.add(key);
  }

  /** The checklist: only situations that can change the result are offered; the follow-ups are asked next. */
  private async askSituations(): Promise<void> {
    const { context } = this;
    const m = checkMessages(context.lang);
    const offered = offeredSituations(this.answers, context.year, context.policy);
    const picked = await context.prompter.checkbox({
      key: SITUATIONS_KEY,
      message: m.situationsQuestion,
      choices: offered.map((situation) => ({ value: situation.id, name: m.situation[situation.id] ?? situation.id })),
      checked: offered.filter((situation) => this.chosen.has(situation.id)).map((situation) => situation.id),
    });
    for (const situation of SITUATIONS) {
      const now = picked.includes(situation.id);
      if (this.chosen.has(situation.id) && !now) this.untick(situation);
      if (!this.chosen.has(situation.id) && now) {
        this.chosen.add(situation.id);
        for (const [key, value] of Object.entries(situation.mark) as [ContractKey, string][]) {
          this.answers[key] = value;
          this.settled.add(key);
        }
      }
    }
    this.settled.add(SITUATIONS_KEY);
  }

  /**
   * The answers as the contract takes them: a walk-in's id, and the stand-in of a required fact not
   * asked because it cannot change the result (a private firm's level), which any value would give.
   */
  completed(): Answers {
    const standIns = completedAnswers(this.answers, this.context.year, this.context.policy);
    const filled: Answers = { ...this.answers };
    for (const { key, worthAsking } of QUESTIONS) {
      if (key === SITUATIONS_KEY || this.settled.has(key) || worthAsking === undefined) continue;
      if (filled[key] === undefined && standIns[key] !== undefined) filled[key] = standIns[key];
    }
    return withWalkInId(filled);
  }

  private shownValue(key: QuestionKey): string {
    const { lang } = this.context;
    if (key !== SITUATIONS_KEY) return answerText(key, this.answers[key], lang);
    const names = SITUATIONS.filter((situation) => this.chosen.has(situation.id)).map((situation) => situationName(situation, lang));
    return names.length === 0 ? checkMessages(lang).none : names.join(lang === 'zh' ? '、' : ', ');
  }

  /** The summary; resolves when the person confirms. */
  async review(): Promise<Person> {
    const { lang, prompter, say } = this.context;
    const m = checkMessages(lang);
    for (;;) {
      say('');
      say(m.summaryTitle);
      const shown = ORDER.filter((key) => this.settled.has(key));
      for (const key of shown) say(`  ${m.labelled(questionLabel(key, lang), this.shownValue(key))}`);
      const skipped = ORDER.filter(
        (key) => !this.settled.has(key) && QUESTIONS.find((q) => q.key === key)?.applies?.(this.answers, this.context, this.chosen) !== false,
      );
      if (skipped.length > 0) say(`  ${m.notAsked} ${skipped.map((key) => questionLabel(key, lang)).join(lang === 'zh' ? '、' : ', ')}`);

      const parsed = parsePersonAnswers(this.completed(), rosterMessages(lang), crossFieldRules(this.context.policy.columnRules));
      const invalid = parsed.ok ? [] : parsed.errors;
      if (invalid.length > 0) {
        say(m.answersInvalid);
        for (const error of invalid) say(`  - ${error.message}`);
      }
      const choices: Choice<string>[] = [
        ...(invalid.length === 0 ? [{ value: '', name: m.confirm }] : []),
        ...shown.map((key) => ({ value: key, name: m.change(m.labelled(questionLabel(key, lang), this.shownValue(key))) })),
      ];
      const choice = await prompter.select({ key: 'review', message: m.changeWhich, choices, default: choices[0]?.value });
      if (choice === '' && parsed.ok) return parsed.person;
      const question = QUESTIONS.find((q) => q.key === choice);
      if (!question) continue;
      await this.ask(question);
      await this.fill();
    }
  }
}
