import { MAX_QUESTION_LENGTH } from '../../src/core/index.js';
import type { Suggestion } from '../../src/core/schema/answer.js';
import {
  type ActionSet,
  ADAPTIVE_CARD_CONTENT_TYPE,
  type AdaptiveCard,
  type CardElement,
  type CardMessage,
  type FactSet,
  type RichTextBlock,
  type SubmitAction,
  type TextBlock,
} from './card-types.js';
import { clampText, neutraliseMarkup, stripBold } from './escape.js';
import { TEAMS_LIMITS } from './limits.js';

type TextStyle = Omit<TextBlock, 'type' | 'text' | 'wrap'>;

/** Every string goes through here: neutralised (no mention, tag or link) and cut to the limit. */
function safe(text: string, max: number = TEAMS_LIMITS.maxTextBlock): string {
  return clampText(neutraliseMarkup(text), max);
}

/** A wrapping TextBlock of Markdown-lite text. */
export function textBlock(text: string, style: TextStyle = {}): TextBlock {
  return { type: 'TextBlock', text: safe(text), wrap: true, ...style };
}

/** A source sentence: subtle italic, in a TextRun so that its characters are never Markdown. */
export function quoteBlock(sentence: string): RichTextBlock {
  return {
    type: 'RichTextBlock',
    inlines: [{ type: 'TextRun', text: `“${safe(sentence)}”`, italic: true, isSubtle: true }],
    spacing: 'Small',
  };
}

/** Label and value pairs, empty values left out. */
export function factSet(facts: [string, string | null][]): FactSet {
  return {
    type: 'FactSet',
    facts: facts.flatMap(([title, value]) =>
      value ? [{ title: safe(title, 60), value: safe(value) }] : [],
    ),
    spacing: 'Small',
  };
}

/** A button that asks the suggested question, as if the person had typed it. */
export function questionButton(suggestion: Suggestion): SubmitAction {
  // The core reads no further than MAX_QUESTION_LENGTH, so the cut changes nothing it answers.
  const question = suggestion.question.slice(0, MAX_QUESTION_LENGTH);
  return {
    type: 'Action.Submit',
    title: safe(suggestion.label, TEAMS_LIMITS.maxActionTitle),
    data: {
      question,
      msteams: { type: 'messageBack', text: question, displayText: safe(question) },
    },
  };
}

/** The label of the button that asks the same question again for the whole answer. */
export const SHOW_ALL_LABEL = 'Show all';

/**
 * "Show all": asks the question again with `full`, for the whole answer. Self-contained, so it
 * works however long ago the card was sent; the chat shows "Show all: <question>" as sent.
 */
export function showAllButton(question: string): SubmitAction {
  const button = questionButton({ label: SHOW_ALL_LABEL, question });
  const { data } = button;
  const displayText = safe(`${SHOW_ALL_LABEL}: ${data.question}`);
  return { ...button, data: { ...data, full: true, msteams: { ...data.msteams, displayText } } };
}

/** The verb of the channel feedback buttons' Universal Action, which the handler answers. */
export const FEEDBACK_VERB = 'eucanbot.feedback';

/**
 * The two small buttons at the foot of an answer in a channel, where Teams offers no feedback
 * loop: 👍 and 👎, each carrying the answer's id.
 */
export function feedbackButtons(answerId: string): ActionSet {
  return {
    type: 'ActionSet',
    spacing: 'Small',
    actions: (['up', 'down'] as const).map((reaction) => ({
      type: 'Action.Execute',
      title: reaction === 'up' ? '👍' : '👎',
      verb: FEEDBACK_VERB,
      data: { answerId, reaction },
    })),
  };
}

/** A full-width Adaptive Card with its plain-text fallback. */
export function buildCard(
  body: CardElement[],
  actions: SubmitAction[],
  fallbackText: string,
  maxFallback: number = TEAMS_LIMITS.maxFallbackText,
): AdaptiveCard {
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: TEAMS_LIMITS.cardVersion,
    body,
    actions: actions.slice(0, TEAMS_LIMITS.maxActions),
    fallbackText: safe(stripBold(fallbackText), maxFallback),
    msteams: { width: 'Full' },
  };
}

/** The message activity that carries a card; `summary` is what notifications show. */
export function cardMessage(card: AdaptiveCard, summary: string): CardMessage {
  const firstLine = stripBold(summary.split('\n')[0] ?? '');
  return {
    type: 'message',
    summary: safe(firstLine, TEAMS_LIMITS.maxSummary),
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
  };
}

/** Size Teams counts against its message limit: the JSON payload encoded as UTF-16. */
export function payloadBytes(message: unknown): number {
  return JSON.stringify(message).length * 2;
}
