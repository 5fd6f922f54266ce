// The window questionnaire: pure logic over a Prompter. It asks, in the policy's own words, only
// what can still change the result, shows a summary with the chance to change any answer, and
// hands back the same answers object `rencai check --answers` takes (roster keys, string values),
// validated by the same parsePersonAnswers — so the window and a batch can never disagree.
// The question table is questions.ts, the run's state session.ts.
import type { Person } from '../engine/types.js';
import { CONTRACT_KEYS } from '../roster/columns.js';
import type { Answers } from './relevance.js';
import type { FlowContext } from './question-kinds.js';
import { Session } from './session.js';

export type { Answers } from './relevance.js';

export interface QuestionnaireResult {
  /** The contract's answers object: what `check --answers` would take for the same person. */
  answers: Answers;
  person: Person;
}

/** Runs the questionnaire; `given` holds facts already known (command-line flags), not asked again. */
export async function runQuestionnaire(context: FlowContext, given: Answers = {}): Promise<QuestionnaireResult> {
  const session = new Session({ ...given }, context);
  await session.fill();
  const person = await session.review();
  const completed = session.completed();
  const answers: Answers = {};
  for (const key of CONTRACT_KEYS) if (completed[key] !== undefined) answers[key] = completed[key];
  return { answers, person };
}
