import type { CompactPartner, CompactView } from '../../src/core/answer/compact-view.js';
import { alsoLine } from '../../src/core/answer/render-compact.js';
import {
  partnerHeading,
  quoteLine,
  renderWorkPackage,
  roleLine,
} from '../../src/core/answer/render-text.js';
import type { Answer } from '../../src/core/schema/answer.js';
import type { Citations } from './citations.js';
import { neutraliseMarkup } from './escape.js';

/** Keyword of a citation whose sentence says the partner leads. */
const LEAD_KEYWORD = 'Lead';

/**
 * The quote the view shows for each source sentence: roles split from one sentence show it
 * once, under the last of them, and each of them cites it.
 */
function excerptsOf(view: CompactView): Map<string, string> {
  const excerpts = new Map<string, string>();
  for (const { roles } of view.partners)
    for (const { role, quote } of roles)
      if (quote !== null && !excerpts.has(role.source)) excerpts.set(role.source, quote);
  return excerpts;
}

/**
 * A partner's role lines, each ending with the marker of the sentence it comes from; past the
 * citations Teams shows, the quote follows the line as in the text answer. A role whose quote
 * the view left out (the lowest detail) has neither.
 */
function partnerLines(
  { partner, roles }: CompactPartner,
  excerpts: ReadonlyMap<string, string>,
  citations: Citations,
): string[] {
  return roles.map(({ role }) => {
    const line = neutraliseMarkup(roleLine(role));
    const excerpt = excerpts.get(role.source);
    if (excerpt === undefined) return line;
    const keywords = [role.wp, role.lead ? LEAD_KEYWORD : null, partner.country];
    const marker = citations.cite(role.source, excerpt, partner, keywords);
    return marker ? `${line} ${marker}` : `${line}\n  ${neutraliseMarkup(quoteLine(excerpt))}`;
  });
}

/** Markers for the sentences naming work packages' leaders, cited after the headline. */
function leaderMarkers(answer: Answer, view: CompactView, citations: Citations): string {
  const markers = view.leaderQuotes.map(({ wp, quote }) => {
    const { leader, leaderSource } = answer.workPackages.find((w) => w.id === wp) ?? {};
    if (!leader || !leaderSource) return '';
    return citations.cite(leaderSource, quote, leader, [wp, LEAD_KEYWORD]) ?? '';
  });
  return markers.join('');
}

/**
 * A view of an answer as the Markdown text of a Teams chat message, laid out as the text answer
 * is (core/answer/render-compact.ts), with each quote replaced by a numbered marker whose
 * citation, added to `citations`, carries the sentence. Every piece is neutralised before the
 * markers are added. Pure but for `citations`.
 */
export function chatText(answer: Answer, view: CompactView, citations: Citations): string {
  const blocks: string[] = [];
  if (answer.notice !== null) blocks.push(neutraliseMarkup(answer.notice));
  const leaders = leaderMarkers(answer, view, citations);
  blocks.push(`${neutraliseMarkup(answer.headline)}${leaders ? ` ${leaders}` : ''}`);
  if (answer.intent === 'list-work-packages')
    blocks.push(neutraliseMarkup(view.workPackages.map(renderWorkPackage).join('\n')));
  const excerpts = excerptsOf(view);
  if (view.partners.length > 0 && view.partners.every((p) => p.partner.roles.length === 0))
    blocks.push(
      neutraliseMarkup(view.partners.map((p) => `- ${partnerHeading(p.partner)}`).join('\n')),
    );
  else {
    // A single partner's heading already opened the answer.
    const withHeading = !(answer.intent === 'partner' && answer.partners.length === 1);
    for (const p of view.partners) {
      if (withHeading) blocks.push(neutraliseMarkup(partnerHeading(p.partner)));
      blocks.push(partnerLines(p, excerpts, citations).join('\n'));
    }
  }
  if (view.others.length > 0) blocks.push(neutraliseMarkup(alsoLine(view.others)));
  blocks.push(...answer.notes.map(neutraliseMarkup));
  return blocks.join('\n\n');
}
