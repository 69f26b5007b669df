import { type CompactView, compactView } from '../../src/core/answer/compact-view.js';
import { sourceExcerpt } from '../../src/core/answer/excerpt.js';
import { alsoLine, renderCompactText } from '../../src/core/answer/render-compact.js';
import type { Answer } from '../../src/core/schema/answer.js';
import { partnerList, partnerSection, proseBlocks, workPackageSection } from './answer-parts.js';
import {
  buildCard,
  cardMessage,
  feedbackButtons,
  payloadBytes,
  questionButton,
  showAllButton,
  textBlock,
} from './card-parts.js';
import type { CardElement, CardMessage, SubmitAction } from './card-types.js';
import { contactBlocks } from './contact-blocks.js';
import { TEAMS_LIMITS } from './limits.js';

/** How much of the whole answer a card shows; renderAnswer lowers it until the message fits. */
export interface Detail {
  /** Longest source quote; 0 leaves quotes out. */
  quote: number;
  rolesPerPartner: number;
  partners: number;
  /** Longest "covers" text of a work package. */
  covers: number;
  fallback: number;
}

/** Longest "covers" text of a work package at full detail, and in the compact view. */
const FULL_COVERS = 800;

/** Full detail first; each next level trades detail for size until the message fits. */
export const DETAIL_LEVELS: readonly Detail[] = [
  {
    quote: TEAMS_LIMITS.maxQuote,
    rolesPerPartner: Number.POSITIVE_INFINITY,
    partners: Number.POSITIVE_INFINITY,
    covers: FULL_COVERS,
    fallback: TEAMS_LIMITS.maxFallbackText,
  },
  { quote: 200, rolesPerPartner: 4, partners: 10, covers: 300, fallback: 2_000 },
  { quote: 160, rolesPerPartner: 2, partners: 10, covers: 200, fallback: 1_500 },
  { quote: 100, rolesPerPartner: 2, partners: 6, covers: 150, fallback: 1_000 },
  { quote: 0, rolesPerPartner: 1, partners: 4, covers: 80, fallback: 500 },
];

/** Shown when shortening dropped something, so that nobody mistakes a cut answer for all of it. */
export const SHORTENED_NOTE =
  'Shortened to fit in a Teams message: ask a narrower question for more.';

/** How an answer is rendered. */
export interface RenderOptions {
  /** The whole answer (a "Show all" click); otherwise the compact view, with "Show all". */
  full?: boolean;
  /**
   * Largest size of the card message, in bytes as Teams counts them (see payloadBytes), before
   * the SDK adds the addressing. The handler measures that for the conversation at hand; the
   * default keeps TEAMS_LIMITS.addressingReserve for it.
   */
  maxBytes?: number;
  /**
   * Feedback on the answer: Teams' native loop (`native`, personal and group chats) or two small
   * buttons (`buttons`, channels, where Teams does not offer the loop).
   */
  feedback?: { answerId: string; kind: 'native' | 'buttons' };
}

function fullBlocks(answer: Answer, detail: Detail): CardElement[] {
  const blocks: CardElement[] = [];
  // The matrix is its notes, a line per work package; its partners are for tables (terminal).
  if (answer.intent === 'matrix') return blocks;
  // As in the text answer: quote the sentence naming a leader unless a role below quotes it.
  const quoted = new Set(answer.partners.flatMap((p) => p.roles.map((r) => r.source)));
  for (const wp of answer.workPackages.slice(0, detail.partners)) {
    const { leaderSource } = wp;
    const quoteLeader =
      answer.intent === 'work-package' &&
      leaderSource !== null &&
      !quoted.has(leaderSource) &&
      detail.quote > 0;
    const quote = quoteLeader
      ? sourceExcerpt({ source: leaderSource, wp: wp.id, summary: '' }, detail.quote)
      : null;
    blocks.push(workPackageSection(wp, detail.covers, quote));
  }
  const listOnly = answer.partners.every((p) => p.roles.length === 0);
  const shown = listOnly ? answer.partners : answer.partners.slice(0, detail.partners);
  if (listOnly) blocks.push(...partnerList(shown));
  else
    for (const partner of shown) {
      const roles = partner.roles.slice(0, detail.rolesPerPartner).map((role) => ({
        role,
        quote: detail.quote > 0 ? sourceExcerpt(role, detail.quote) : null,
      }));
      blocks.push(partnerSection(partner, roles, partner.roles.length - roles.length));
    }
  // The partners left out are still named, as in the compact view.
  const rest = answer.partners.slice(shown.length).map((p) => p.acronym);
  if (rest.length > 0) blocks.push(textBlock(alsoLine(rest), { spacing: 'Medium' }));
  return blocks;
}

/**
 * The compact view's blocks: the best partners in full, the others on one line. A work package's
 * description is left out where the headline already says it ("what does WP3 cover?").
 */
function compactBlocks(view: CompactView, headline: string): CardElement[] {
  const blocks: CardElement[] = [];
  for (const wp of view.workPackages) {
    const quote = view.leaderQuotes.find((q) => q.wp === wp.id)?.quote ?? null;
    const said = wp.covers !== '' && headline.includes(wp.covers);
    blocks.push(workPackageSection(wp, said ? 0 : FULL_COVERS, quote));
  }
  const partners = view.partners.map((p) => p.partner);
  if (partners.length > 0 && partners.every((p) => p.roles.length === 0))
    blocks.push(...partnerList(partners));
  else for (const { partner, roles } of view.partners) blocks.push(partnerSection(partner, roles));
  if (view.others.length > 0) blocks.push(textBlock(alsoLine(view.others), { spacing: 'Medium' }));
  return blocks;
}

function answerCard(
  answer: Answer,
  detail: { blocks: CardElement[]; fallback: string; maxFallback: number },
  actions: SubmitAction[],
  shortened: boolean,
): CardMessage {
  const { notice, headline, notes } = answer;
  const body: CardElement[] = [
    ...(notice ? [textBlock(notice, { color: 'Warning', size: 'Small' })] : []),
    ...proseBlocks(headline),
    ...contactBlocks(answer.contacts),
    ...detail.blocks,
    ...notes.flatMap(proseBlocks),
    ...(shortened ? [textBlock(SHORTENED_NOTE, { isSubtle: true, size: 'Small' })] : []),
  ];
  return cardMessage(buildCard(body, actions, detail.fallback, detail.maxFallback), headline);
}

/** The buttons under an answer: "Show all" when the reply left something out, then suggestions. */
export function answerActions(answer: Answer, shortened: boolean): SubmitAction[] {
  // Asked again in full, a follow-up ("and in Spain?") is asked as what it stood for.
  const showAll = shortened ? [showAllButton(answer.resolvedQuestion)] : [];
  return [...showAll, ...answer.suggestions.map(questionButton)];
}

/**
 * The reply to a question: an Adaptive Card 1.5 with the answer's facts, roles, quotes and
 * follow-up buttons, and the plain text as fallback. A chat reply shows the compact view (the
 * best three partners, the others on one line) with a "Show all" button when it left something
 * out; `full` shows everything. Pure; shortened until it fits in `maxBytes`.
 */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): CardMessage {
  const { feedback } = options;
  if (feedback === undefined) return renderCard(answer, options);
  if (feedback.kind === 'native')
    return { ...renderCard(answer, options), channelData: { feedbackLoopEnabled: true } };
  // The buttons weigh a little: the card is fitted to what is left beside them.
  const buttons = feedbackButtons(feedback.answerId);
  const maxBytes =
    (options.maxBytes ?? TEAMS_LIMITS.maxPayloadBytes - TEAMS_LIMITS.addressingReserve) -
    payloadBytes(buttons);
  const message = renderCard(answer, { ...options, maxBytes });
  message.attachments[0].content.body.push(buttons);
  return message;
}

function renderCard(answer: Answer, options: RenderOptions): CardMessage {
  const maxBytes =
    options.maxBytes ?? TEAMS_LIMITS.maxPayloadBytes - TEAMS_LIMITS.addressingReserve;
  const view = options.full ? undefined : compactView(answer);
  const actions = answerActions(answer, view?.shortened === true);
  if (view !== undefined) {
    const blocks = compactBlocks(view, answer.headline);
    const fallback = renderCompactText(answer, view);
    const maxFallback = TEAMS_LIMITS.maxFallbackText;
    const message = answerCard(answer, { blocks, fallback, maxFallback }, actions, false);
    if (payloadBytes(message) <= maxBytes) return message;
  }
  for (const [level, detail] of DETAIL_LEVELS.entries()) {
    const blocks = fullBlocks(answer, detail);
    const text = { blocks, fallback: answer.text, maxFallback: detail.fallback };
    const message = answerCard(answer, text, actions, level > 0 || view !== undefined);
    if (payloadBytes(message) <= maxBytes) return message;
  }
  // Even the shortest structured card is too big: keep the headline and the buttons.
  const { headline } = answer;
  const body = [textBlock(headline), textBlock(SHORTENED_NOTE, { isSubtle: true })];
  return cardMessage(buildCard(body, actions, answer.text, 500), headline);
}
