import type { CompactView } from '../../src/core/answer/compact-view.js';
import { sourceExcerpt } from '../../src/core/answer/excerpt.js';
import type { Answer } from '../../src/core/schema/answer.js';
import { buildCard, cardMessage, payloadBytes } from './card-parts.js';
import type { CardMessage, SubmitAction } from './card-types.js';
import { chatText } from './chat-text.js';
import { type CitationEntity, citationEntities, createCitations } from './citations.js';
import { clampText, neutraliseMarkup } from './escape.js';
import {
  type Detail,
  fitAnswer,
  maxBytesOf,
  type RenderOptions,
  SHORTENED_NOTE,
} from './fit-answer.js';
import { TEAMS_LIMITS } from './limits.js';

/**
 * An answer in a personal or group chat: Markdown text whose quotes are numbered citations,
 * Teams' own way of showing an assistant's sources, and the buttons on a card under it.
 */
export interface ChatMessage {
  type: 'message';
  textFormat: 'markdown';
  text: string;
  summary: string;
  entities?: CitationEntity[];
  attachments?: CardMessage['attachments'];
  /** Teams' own thumbs up and down under the message (set where the question log is on). */
  channelData?: { feedbackLoopEnabled: true };
}

/** Whether Teams shows citations in this kind of conversation: chats do; channels keep cards. */
export function showsCitations(conversationType: string | undefined): boolean {
  return conversationType !== 'channel';
}

/** The whole answer at a level of detail, in the shape of the compact view. */
function fullView(answer: Answer, detail: Detail): CompactView {
  const quote = Math.min(detail.quote, TEAMS_LIMITS.citationAbstract);
  const shown = answer.partners.slice(0, detail.partners);
  const partners = shown.map((partner) => ({
    partner,
    roles: partner.roles
      .slice(0, detail.rolesPerPartner)
      .map((role) => ({ role, quote: quote > 0 ? sourceExcerpt(role, quote) : null })),
  }));
  // As in the text answer: cite the sentence naming a leader unless a role cites it.
  const quoted = new Set(answer.partners.flatMap((p) => p.roles.map((r) => r.source)));
  const leaderQuotes =
    answer.intent !== 'work-package' || quote === 0
      ? []
      : answer.workPackages.flatMap(({ id, leaderSource: source }) =>
          source && !quoted.has(source)
            ? [{ wp: id, quote: sourceExcerpt({ source, wp: id, summary: '' }, quote) }]
            : [],
        );
  return {
    partners,
    others: answer.partners.slice(shown.length).map((p) => p.acronym),
    workPackages: answer.workPackages.map((wp) => ({
      ...wp,
      covers: clampText(wp.covers, detail.covers),
    })),
    leaderQuotes,
    shortened: false,
  };
}

/** The message for a view: its text, citations, and a card with the buttons if there are any. */
function chatMessage(answer: Answer, text: string, actions: SubmitAction[]): ChatMessage {
  const fallback = `Ask next: ${actions.map((a) => a.data.question).join(' · ')}`;
  // The card's message gives the summary notifications show, made as every card's is.
  const { summary, attachments } = cardMessage(buildCard([], actions, fallback), answer.headline);
  const message: ChatMessage = { type: 'message', textFormat: 'markdown', text, summary };
  return actions.length > 0 ? { ...message, attachments } : message;
}

function withCitations(answer: Answer, view: CompactView, actions: SubmitAction[], cut: boolean) {
  const citations = createCitations();
  const text = chatText(answer, view, citations);
  const message = chatMessage(answer, cut ? `${text}\n\n_${SHORTENED_NOTE}_` : text, actions);
  const entities = citationEntities(citations.list);
  return entities.length > 0 ? { ...message, entities } : message;
}

/**
 * The reply to a question in a personal or group chat: the compact view (or with `full`, the
 * whole answer) as Markdown text, each quoted sentence a citation ([1], [2]…) that Teams shows
 * with the partner's name and the sentence, and the "Show all" and suggestion buttons on a card.
 * Pure; shortened, as the card is, until the whole activity fits in `maxBytes`.
 */
export function renderChatAnswer(answer: Answer, options: RenderOptions = {}): ChatMessage {
  if (options.feedback?.kind !== 'native')
    return fitChatAnswer(answer, options.full, maxBytesOf(options));
  // Teams' own feedback loop weighs a few bytes: the answer is fitted to what is left.
  const channelData = { feedbackLoopEnabled: true } as const;
  const room = maxBytesOf(options) - payloadBytes({ channelData });
  return { ...fitChatAnswer(answer, options.full, room), channelData };
}

function fitChatAnswer(answer: Answer, full: boolean | undefined, maxBytes: number): ChatMessage {
  return fitAnswer(answer, full, maxBytes, {
    compact: (view, actions) => withCitations(answer, view, actions, false),
    full: (detail, actions, cut) => withCitations(answer, fullView(answer, detail), actions, cut),
    // Even the shortest is too big: keep the headline and the buttons.
    bare: (actions) => {
      const text = `${neutraliseMarkup(answer.headline)}\n\n_${SHORTENED_NOTE}_`;
      return chatMessage(answer, clampText(text, TEAMS_LIMITS.maxFallbackText), actions);
    },
  });
}
