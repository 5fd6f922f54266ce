import type { Answers } from './relevance.js';

/**
 * A walk-in has no roster id and the id changes no result, so it is not asked: the person's name
 * stands in (or "1"), as `check --answers` without an id does. A given id is kept.
 */
export function withWalkInId(answers: Answers): Answers {
  // An answers file is JSON not yet validated: a value of the wrong type is left for parsePersonAnswers to refuse.
  const { id, name } = answers as Record<string, unknown>;
  if (id !== undefined && !(typeof id === 'string' && id.trim() === '')) return answers;
  return { ...answers, id: (typeof name === 'string' && name.trim()) || '1' };
}
