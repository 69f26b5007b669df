import { composeAnswer } from './answer/compose.js';
import type { Draft } from './answer/draft.js';
import { renderText, truncationNotice } from './answer/render-text.js';
import { createKnowledgeIndex, type KnowledgeIndex } from './index/knowledge-index.js';
import type { Answer } from './schema/answer.js';
import type { Dataset } from './schema/dataset.js';
import { splitWords } from './text/normalise.js';
import { splitSentences } from './text/sentences.js';
import {
  MAX_QUESTION_LENGTH,
  type ParsedQuestion,
  parseQuestion,
  stripChatMarkup,
} from './understand/parse-question.js';

/** Sentences of a message tried one by one at most: a long run of junk stays cheap. */
const MAX_SENTENCES_TRIED = 10;

/**
 * The answer to the whole message or, when that is not understood, to the first of its
 * sentences that can be answered on its own, with a note saying so: "who leads WP5? cc Alice
 * Martin" answers WP5's leader.
 */
function answerSomeSentence(index: KnowledgeIndex, parsed: ParsedQuestion): Draft {
  const whole = composeAnswer(index, parsed);
  if (whole.intent !== 'unknown') return whole;
  const sentences = splitSentences(stripChatMarkup(parsed.question));
  if (sentences.length < 2) return whole;
  for (const sentence of sentences.slice(0, MAX_SENTENCES_TRIED)) {
    const draft = composeAnswer(index, parseQuestion(index, sentence));
    // "Hi!" or "thanks." alone asks for help; that is no answer to the message.
    if (draft.intent === 'unknown' || draft.intent === 'help') continue;
    // Only its words are quoted back, so no link or markup from the message enters the answer.
    const words = splitWords(sentence).join(' ');
    return {
      ...draft,
      notes: [...draft.notes, `(I answered “${words}” and left the rest of your message aside.)`],
    };
  }
  return whole;
}

/** A bot over one dataset: build once, answer many times. */
export interface Bot {
  readonly dataset: Dataset;
  readonly index: KnowledgeIndex;
  /** Pure and synchronous: the same question always gets the same answer. */
  answer(question: string): Answer;
}

/** Builds the index for a validated dataset and returns the answering function. */
export function createBot(dataset: Dataset): Bot {
  const index = createKnowledgeIndex(dataset);
  return {
    dataset,
    index,
    answer(question) {
      const parsed = parseQuestion(index, question);
      const draft = answerSomeSentence(index, parsed);
      const notice = parsed.truncated ? truncationNotice(MAX_QUESTION_LENGTH) : null;
      return {
        question: parsed.question,
        intent: draft.intent,
        partners: draft.partners,
        workPackages: draft.workPackages,
        confidence: Math.round(Math.max(0, Math.min(1, draft.confidence)) * 1000) / 1000,
        text: renderText(draft, notice),
        notice,
        headline: draft.headline,
        notes: draft.notes,
        suggestions: draft.suggestions,
        truncated: parsed.truncated,
      };
    },
  };
}
