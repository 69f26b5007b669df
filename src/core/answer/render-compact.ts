import type { Answer } from '../schema/answer.js';
import { type CompactPartner, type CompactView, compactView } from './compact-view.js';
import { partnerHeading, quoteLine, renderWorkPackage, roleLine } from './render-text.js';

function renderPartner(p: CompactPartner, withHeading: boolean): string {
  const lines = withHeading ? [partnerHeading(p.partner)] : [];
  for (const { role, quote } of p.roles)
    lines.push(roleLine(role), ...(quote === null ? [] : [`  ${quoteLine(quote)}`]));
  return lines.join('\n');
}

/** "Also: BSC, CRG, UPV/EHU." */
export function alsoLine(others: readonly string[]): string {
  return `Also: ${others.join(', ')}.`;
}

/**
 * The compact view as plain text and Markdown, laid out as `Answer.text` is: what the terminal
 * chat prints and what Slack notifications and Teams' fallback carry. An answer with nothing to
 * shorten reads exactly as its `text`.
 */
export function renderCompactText(answer: Answer, view: CompactView = compactView(answer)): string {
  if (!view.shortened) return answer.text;
  const blocks: string[] = [];
  if (answer.notice !== null) blocks.push(answer.notice);
  blocks.push(answer.headline);
  if (answer.intent === 'list-work-packages')
    blocks.push(view.workPackages.map(renderWorkPackage).join('\n'));
  blocks.push(...view.leaderQuotes.map(({ quote }) => quoteLine(quote)));
  if (view.partners.length > 0) {
    if (view.partners.every((p) => p.partner.roles.length === 0))
      blocks.push(view.partners.map((p) => `- ${partnerHeading(p.partner)}`).join('\n'));
    else {
      // A single partner's heading already opened the answer.
      const withHeading = !(answer.intent === 'partner' && answer.partners.length === 1);
      blocks.push(...view.partners.map((p) => renderPartner(p, withHeading)));
    }
  }
  if (view.others.length > 0) blocks.push(alsoLine(view.others));
  blocks.push(...answer.notes);
  return blocks.join('\n\n');
}
