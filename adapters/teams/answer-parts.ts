import type { QuotedRole } from '../../src/core/answer/compact-view.js';
import type { AnswerPartner, AnswerRole, AnswerWorkPackage } from '../../src/core/schema/answer.js';
import { factSet, quoteBlock, textBlock } from './card-parts.js';
import type { CardElement, Container, TextBlock } from './card-types.js';
import { clampText } from './escape.js';

/** Partners per TextBlock in a list answer, so that no block reaches the TextBlock cap. */
const LIST_CHUNK = 15;

/** The marker that a role is a lead role, shown before its summary. */
export const LEAD_MARKER = '★ Lead';

function roleLine(role: AnswerRole): string {
  const tags = [role.wp ? `**${role.wp}**` : null, role.lead ? LEAD_MARKER : null].filter(Boolean);
  return tags.length > 0 ? `${tags.join(' · ')} — ${role.summary}` : role.summary;
}

function partnerHeading(partner: AnswerPartner): string {
  return partner.acronym === partner.name
    ? `**${partner.acronym}**`
    : `**${partner.acronym}** ${partner.name}`;
}

/**
 * One partner: name, facts, and the roles given with their work package, lead marker and quote
 * (a quote already shown for the partner is not repeated); `hidden` roles are counted.
 */
export function partnerSection(
  partner: AnswerPartner,
  roles: readonly QuotedRole[],
  hidden = 0,
): Container {
  const leads = partner.roles.filter((r) => r.lead && r.wp).map((r) => r.wp);
  const items: CardElement[] = [
    textBlock(partnerHeading(partner), { size: 'Medium' }),
    factSet([
      ['Country', partner.country],
      ['Type', partner.kind],
      ['Leads', leads.length > 0 ? [...new Set(leads)].join(', ') : null],
    ]),
  ];
  const quoted = new Set<string>();
  for (const { role, quote } of roles) {
    items.push(textBlock(roleLine(role), { spacing: 'Small' }));
    if (quote === null || quoted.has(quote)) continue;
    items.push(quoteBlock(quote));
    quoted.add(quote);
  }
  if (hidden > 0)
    items.push(
      textBlock(`…and ${hidden} more role${hidden === 1 ? '' : 's'}.`, { isSubtle: true }),
    );
  return { type: 'Container', items, separator: true, spacing: 'Medium' };
}

/** Partners without roles (a list answer): compact lines, as in the text answer. */
export function partnerList(partners: readonly AnswerPartner[]): TextBlock[] {
  const lines = partners.map((p) => `- ${partnerHeading(p)} · ${p.country} · ${p.kind}`);
  const blocks: TextBlock[] = [];
  for (let i = 0; i < lines.length; i += LIST_CHUNK)
    blocks.push(textBlock(lines.slice(i, i + LIST_CHUNK).join('\n'), { spacing: 'Small' }));
  return blocks;
}

/** One work package: title, leader, what it covers and, if given, a quote naming the leader. */
export function workPackageSection(
  wp: AnswerWorkPackage,
  covers: number,
  leaderQuote: string | null,
): Container {
  const leader = wp.leader
    ? `${wp.leader.acronym} (${wp.leader.name})`
    : 'none named in the source';
  const items: CardElement[] = [
    textBlock(`**${wp.id}**${wp.title ? ` ${wp.title}` : ''}`, { size: 'Medium' }),
    factSet([['Leader', leader]]),
    ...(covers > 0 ? [textBlock(clampText(wp.covers, covers), { spacing: 'Small' })] : []),
  ];
  if (leaderQuote !== null) items.push(quoteBlock(leaderQuote));
  return { type: 'Container', items, separator: true, spacing: 'Medium' };
}

/** A prose paragraph as card elements: its quote lines ("> “…”") become subtle italic quotes. */
export function proseBlocks(paragraph: string): CardElement[] {
  const blocks: CardElement[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) blocks.push(textBlock(lines.join('\n')));
    lines = [];
  };
  for (const line of paragraph.split('\n')) {
    const quote = /^\s*>\s?(.*)$/.exec(line);
    if (!quote) {
      lines.push(line);
      continue;
    }
    flush();
    blocks.push(quoteBlock((quote[1] ?? '').replace(/^“|”$/g, '')));
  }
  flush();
  return blocks;
}
