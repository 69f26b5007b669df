import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { ParsedQuestion } from '../understand/parsed-question.js';
import { type Draft, draft } from './draft.js';
import { joinWords } from './parts.js';
import { exampleQuestions, limitSuggestions, understoodParts } from './suggest.js';

/**
 * "What's UB's office address?", "when is the next consortium meeting?": the dataset holds no
 * such thing, and the answer says so plainly, then offers what it does know about the parts it
 * understood (the partner, the topic), never a list of partners matched on another word.
 */
export function answerUnheld(index: KnowledgeIndex, parsed: ParsedQuestion): Draft {
  const name = index.dataset.consortium.name;
  const nearest = understoodParts(index, parsed);
  const offer =
    nearest.length > 0
      ? ` I can answer ${nearest.map((s) => `“${s.question}”`).join(' or ')}.`
      : ` It says who does what: type “help” for examples.`;
  // Weather or hotels are no gap in the dataset but outside what it is for: a refusal.
  const offTopic = parsed.unheld.every((s) => 'offTopic' in s);
  return draft({
    intent: offTopic ? 'unknown' : 'not-found',
    confidence: offTopic ? 0 : 1,
    headline: `The ${name} dataset has no ${joinWords(
      parsed.unheld.map((s) => s.says),
      'or',
    )}.${offer}`,
    suggestions: limitSuggestions([...nearest, ...exampleQuestions(index)]),
  });
}
