import type { Answer } from '../../src/core/schema/answer.js';
import type { Block } from './blocks.js';
import { SLACK_LIMITS } from './limits.js';

/** The feedback buttons' action id, which the listener in feedback.ts answers. */
export const FEEDBACK_ACTION_ID = 'answer-feedback';

/** Characters of the question a value carries: with the JSON around it, well within the limit. */
const QUESTION_IN_VALUE = SLACK_LIMITS.buttonValue / 2;

/** What a feedback button's value carries: the reaction, the answer's id and, for a thumbs-down, the question. */
export interface FeedbackValue {
  reaction: 'up' | 'down';
  answerId: string;
  /** The question as understood, so a thumbs-down can offer its suggestions again. */
  question: string;
}

/**
 * Slack's native feedback buttons (a context_actions block with a feedback_buttons element) under
 * an answer: https://docs.slack.dev/reference/block-kit/block-elements/feedback-buttons-element.
 * Each value is self-contained, so a click works however long ago the answer was sent.
 */
export function feedbackButtons(answerId: string, answer: Pick<Answer, 'resolvedQuestion'>): Block {
  // Within SLACK_LIMITS.buttonValue: a resolved question has at most 1,000 characters.
  const question = answer.resolvedQuestion.slice(0, QUESTION_IN_VALUE);
  const value = (reaction: 'up' | 'down') =>
    JSON.stringify({ r: reaction, a: answerId, q: question });
  return {
    type: 'context_actions',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: FEEDBACK_ACTION_ID,
        positive_button: {
          text: { type: 'plain_text', text: '👍' },
          accessibility_label: 'This answer helped',
          value: value('up'),
        },
        negative_button: {
          text: { type: 'plain_text', text: '👎' },
          accessibility_label: 'This answer did not help',
          value: value('down'),
        },
      },
    ],
  };
}

/** The value of a clicked feedback button, or undefined when it is not one of ours. */
export function readFeedbackValue(value: string | undefined): FeedbackValue | undefined {
  try {
    const parsed = JSON.parse(value ?? '') as { r?: unknown; a?: unknown; q?: unknown };
    if ((parsed.r !== 'up' && parsed.r !== 'down') || typeof parsed.a !== 'string')
      return undefined;
    return {
      reaction: parsed.r,
      answerId: parsed.a.slice(0, 64),
      question: typeof parsed.q === 'string' ? parsed.q : 'help',
    };
  } catch {
    return undefined;
  }
}
