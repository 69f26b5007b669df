import type { Dataset, Suggestion } from '../../src/core/index.js';
import { buildCard, cardMessage, factSet, questionButton, textBlock } from './card-parts.js';
import type { CardMessage } from './card-types.js';
import { clampText } from './escape.js';

/** The welcome card's button to the directory (also the Teams tab's name). */
export const DIRECTORY_LABEL = 'Open the directory';

/** How to ask, in the words Teams users know: channels and group chats need an @mention. */
export const HOW_TO_ASK =
  'In a channel or a group chat, @mention me with your question. In a personal chat, just write it.';

function workPackageFacts(dataset: Dataset): [string, string][] {
  const acronyms = new Map(dataset.partners.map((p) => [p.id, p.acronym]));
  return dataset.workPackages.map((wp) => {
    const leader = wp.leader ? `led by ${acronyms.get(wp.leader) ?? wp.leader}` : 'no leader named';
    return [wp.id, `${leader} · ${clampText(wp.title ?? wp.covers, 90)}`];
  });
}

/**
 * The card sent when the bot is installed or someone joins: the consortium in brief, its work
 * packages and their leaders, and how to ask, with example questions as buttons. Pure.
 */
export function renderWelcome(
  dataset: Dataset,
  examples: readonly Suggestion[],
  directoryUrl?: string,
): CardMessage {
  const { consortium, partners } = dataset;
  const coordinator = partners.find((p) => p.id === consortium.coordinator);
  const countries = new Set(partners.map((p) => p.country)).size;
  const greeting = `Hello! I answer questions about the ${consortium.name} consortium.`;
  const inBrief = `${partners.length} partners in ${countries} countries${
    coordinator ? `, coordinated by **${coordinator.acronym}** (${coordinator.name})` : ''
  }.`;
  const wps = workPackageFacts(dataset);
  const fallback = [
    greeting,
    consortium.description,
    inBrief,
    `Work packages:\n${wps.map(([id, text]) => `- ${id}: ${text}`).join('\n')}`,
    HOW_TO_ASK,
    `For example: ${examples.map((e) => `“${e.question}”`).join(' · ')}`,
    ...(directoryUrl ? [`${DIRECTORY_LABEL}: ${directoryUrl}/`] : []),
  ].join('\n\n');
  const body = [
    textBlock(greeting, { size: 'Large', weight: 'Bolder' }),
    textBlock(consortium.description),
    textBlock(inBrief),
    textBlock('Work packages', { weight: 'Bolder', spacing: 'Medium' }),
    factSet(wps),
    textBlock('How to ask', { weight: 'Bolder', spacing: 'Medium' }),
    textBlock(`${HOW_TO_ASK} For example:`),
  ];
  // A Markdown link in the card's text, which Teams renders as a link: the card's buttons are
  // all questions, and a question is what each button sends. Built here, not by textBlock,
  // which neutralises links in text from the dataset; this URL is PUBLIC_URL, checked at start.
  if (directoryUrl) {
    const href = new URL(`${directoryUrl}/`).href.replaceAll(')', '%29').replaceAll(' ', '%20');
    body.splice(3, 0, {
      type: 'TextBlock',
      text: `[${DIRECTORY_LABEL}](${href}): who is in which work package, a map, a page per partner.`,
      wrap: true,
    });
  }
  return cardMessage(buildCard(body, examples.map(questionButton), fallback), greeting);
}
