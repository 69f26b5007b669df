import type { Answer } from '../../src/core/schema/answer.js';
import {
  type Detail,
  partnerList,
  partnerSection,
  proseBlocks,
  workPackageSection,
} from './answer-parts.js';
import { buildCard, cardMessage, payloadBytes, questionButton, textBlock } from './card-parts.js';
import type { CardElement, CardMessage } from './card-types.js';
import { TEAMS_LIMITS } from './limits.js';

/** Full detail first; each next level trades detail for size until the message fits. */
const DETAIL_LEVELS: readonly Detail[] = [
  {
    quote: TEAMS_LIMITS.maxQuote,
    rolesPerPartner: Number.POSITIVE_INFINITY,
    partners: Number.POSITIVE_INFINITY,
    covers: 800,
    fallback: TEAMS_LIMITS.maxFallbackText,
  },
  { quote: 200, rolesPerPartner: 4, partners: 10, covers: 300, fallback: 2_000 },
  { quote: 100, rolesPerPartner: 2, partners: 6, covers: 150, fallback: 1_000 },
  { quote: 0, rolesPerPartner: 1, partners: 4, covers: 80, fallback: 500 },
];

/** Shown when shortening dropped something, so that nobody mistakes a cut answer for all of it. */
export const SHORTENED_NOTE =
  'Shortened to fit in a Teams message: ask a narrower question for more.';

function structuredBlocks(answer: Answer, detail: Detail): CardElement[] {
  const blocks: CardElement[] = [];
  // As in the text answer: quote the sentence naming a leader unless a role below quotes it.
  const quoted = new Set(answer.partners.flatMap((p) => p.roles.map((r) => r.source)));
  const quoteLeaders = answer.intent === 'work-package';
  for (const wp of answer.workPackages.slice(0, detail.partners))
    blocks.push(workPackageSection(wp, detail, quoteLeaders && !quoted.has(wp.leaderSource ?? '')));
  const listOnly = answer.partners.every((p) => p.roles.length === 0);
  const shown = listOnly ? answer.partners : answer.partners.slice(0, detail.partners);
  if (listOnly) blocks.push(...partnerList(shown));
  else for (const partner of shown) blocks.push(partnerSection(partner, detail));
  if (shown.length < answer.partners.length)
    blocks.push(
      textBlock(`Showing ${shown.length} of ${answer.partners.length} partners.`, {
        isSubtle: true,
      }),
    );
  return blocks;
}

function answerCard(answer: Answer, detail: Detail, shortened: boolean): CardMessage {
  const { notice, headline, notes } = answer;
  const body: CardElement[] = [
    ...(notice ? [textBlock(notice, { color: 'Warning', size: 'Small' })] : []),
    ...proseBlocks(headline),
    ...structuredBlocks(answer, detail),
    ...notes.flatMap(proseBlocks),
    ...(shortened ? [textBlock(SHORTENED_NOTE, { isSubtle: true, size: 'Small' })] : []),
  ];
  const actions = answer.suggestions.map(questionButton);
  return cardMessage(buildCard(body, actions, answer.text, detail.fallback), headline);
}

/**
 * The reply to a question: an Adaptive Card 1.5 with the answer's facts, roles, quotes and
 * follow-up buttons, and the plain text as fallback. Pure; shortened to Teams' size limit.
 */
export function renderAnswer(answer: Answer): CardMessage {
  for (const [level, detail] of DETAIL_LEVELS.entries()) {
    const message = answerCard(answer, detail, level > 0);
    if (payloadBytes(message) <= TEAMS_LIMITS.maxPayloadBytes) return message;
  }
  // Even the shortest structured card is too big: keep the headline and the buttons.
  const { headline } = answer;
  const body = [textBlock(headline), textBlock(SHORTENED_NOTE, { isSubtle: true })];
  return cardMessage(
    buildCard(body, answer.suggestions.map(questionButton), answer.text, 500),
    headline,
  );
}
