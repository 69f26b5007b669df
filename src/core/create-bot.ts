import { composeAnswer } from './answer/compose.js';
import { renderText } from './answer/render-text.js';
import { createKnowledgeIndex, type KnowledgeIndex } from './index/knowledge-index.js';
import type { Answer } from './schema/answer.js';
import type { Dataset } from './schema/dataset.js';
import { MAX_QUESTION_LENGTH, parseQuestion } from './understand/parse-question.js';

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
      const draft = composeAnswer(index, parsed);
      return {
        question: parsed.question,
        intent: draft.intent,
        partners: draft.partners,
        workPackages: draft.workPackages,
        confidence: Math.round(Math.max(0, Math.min(1, draft.confidence)) * 1000) / 1000,
        text: renderText(draft, { truncated: parsed.truncated, maxLength: MAX_QUESTION_LENGTH }),
        suggestions: draft.suggestions,
        truncated: parsed.truncated,
      };
    },
  };
}
