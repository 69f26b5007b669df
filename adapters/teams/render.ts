import type { CompactView } from '../../src/core/answer/compact-view.js';
import { sourceExcerpt } from '../../src/core/answer/excerpt.js';
import { alsoLine, renderCompactText } from '../../src/core/answer/render-compact.js';
import type { Answer } from '../../src/core/schema/answer.js';
import { partnerList, partnerSection, proseBlocks, workPackageSection } from './answer-parts.js';
import { buildCard, cardMessage, feedbackButtons, payloadBytes, textBlock } from './card-parts.js';
import type { CardElement, CardMessage, SubmitAction } from './card-types.js';
import { contactBlocks } from './contact-blocks.js';
import {
  type Detail,
  FULL_COVERS,
  fitAnswer,
  maxBytesOf,
  type RenderOptions,
  SHORTENED_NOTE,
} from './fit-answer.js';
import { TEAMS_LIMITS } from './limits.js';

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
  const maxBytes = maxBytesOf(options) - payloadBytes(buttons);
  const message = renderCard(answer, { ...options, maxBytes });
  message.attachments[0].content.body.push(buttons);
  return message;
}

function renderCard(answer: Answer, options: RenderOptions): CardMessage {
  return fitAnswer(answer, options.full, maxBytesOf(options), {
    compact: (view, actions) => {
      const blocks = compactBlocks(view, answer.headline);
      const fallback = renderCompactText(answer, view);
      const maxFallback = TEAMS_LIMITS.maxFallbackText;
      return answerCard(answer, { blocks, fallback, maxFallback }, actions, false);
    },
    full: (detail, actions, cut) => {
      const blocks = fullBlocks(answer, detail);
      const text = { blocks, fallback: answer.text, maxFallback: detail.fallback };
      return answerCard(answer, text, actions, cut);
    },
    // Even the shortest structured card is too big: keep the headline and the buttons.
    bare: (actions) => {
      const { headline } = answer;
      const body = [textBlock(headline), textBlock(SHORTENED_NOTE, { isSubtle: true })];
      return cardMessage(buildCard(body, actions, answer.text, 500), headline);
    },
  });
}
