import type { AnswerPartner, AnswerRole, AnswerWorkPackage } from '../schema/answer.js';
import { contactLines } from './contact-lines.js';
import type { Draft } from './draft.js';
import { sourceExcerpt } from './excerpt.js';

/** Longest source quote in the plain text before it is cut with an ellipsis. */
const MAX_QUOTE = 400;

/** A quote line under a role: `> “…”`. */
export function quoteLine(excerpt: string): string {
  return `> “${excerpt}”`;
}

function quote(role: Pick<AnswerRole, 'source' | 'wp' | 'summary'>): string {
  return quoteLine(sourceExcerpt(role, MAX_QUOTE));
}

/** A role's line: "- WP4, lead: Leads …". */
export function roleLine(role: Pick<AnswerRole, 'wp' | 'lead' | 'summary'>): string {
  if (role.wp && role.lead) return `- ${role.wp}, lead: ${role.summary}`;
  if (role.wp) return `- ${role.wp}: ${role.summary}`;
  return `- ${role.lead ? 'Lead: ' : ''}${role.summary}`;
}

/** "**UB** University of Barcelona · Barcelona, Spain · university". */
export function partnerHeading(partner: AnswerPartner): string {
  const place = partner.city ? `${partner.city.name}, ${partner.country}` : partner.country;
  return partner.acronym === partner.name
    ? `**${partner.acronym}** · ${place} · ${partner.kind}`
    : `**${partner.acronym}** ${partner.name} · ${place} · ${partner.kind}`;
}

function renderPartner(partner: AnswerPartner, detail: Draft['detail'] | 'roles-only'): string[] {
  const heading = partnerHeading(partner);
  if (detail === 'list') return [`- ${heading}`];
  const lines = detail === 'roles' ? [heading] : [];
  for (const role of partner.roles) lines.push(roleLine(role), `  ${quote(role)}`);
  return lines;
}

/** A work package's line in a list: "- **WP4** (led by UAMS/TCIA): …". */
export function renderWorkPackage(wp: AnswerWorkPackage): string {
  const leader = wp.leader ? `led by ${wp.leader.acronym}` : 'no leader named';
  return `- **${wp.id}**${wp.title ? ` ${wp.title}` : ''} (${leader}): ${wp.covers}`;
}

/** What the answer says first when only the start of a long question was read. */
export function truncationNotice(maxLength: number): string {
  return `(Your question was long, so I read only its first ${maxLength} characters.)`;
}

/**
 * The text as pieces joined once at the end: blocks apart by a blank line, a block's lines by a
 * newline. Its quotes' “ ” make the text two-byte, and joining each partner's lines into a string
 * of its own first copied every partner's text twice (about 1.7 KB of garbage per answer).
 */
class TextPieces {
  readonly pieces: string[] = [];
  private blocks = 0;

  /** Starts a block: the blank line before it unless it is the first. */
  block(): this {
    if (this.blocks++ > 0) this.pieces.push('\n\n');
    return this;
  }

  /** Lines of the current block, apart by newlines; `more` adds them after lines it has. */
  lines(lines: readonly string[], more = false): this {
    if (more) this.pieces.push('\n');
    lines.forEach((line, i) => {
      if (i > 0) this.pieces.push('\n');
      this.pieces.push(line);
    });
    return this;
  }
}

/** The plain-text/Markdown rendering that every adapter can fall back on. */
export function renderText(answer: Draft, notice: string | null): string {
  const text = new TextPieces();
  if (notice !== null) text.block().lines([notice]);
  text.block().lines([answer.headline]);
  if (answer.intent === 'list-work-packages')
    text.block().lines(answer.workPackages.map(renderWorkPackage));
  else if (answer.intent === 'work-package') {
    // Quote the sentence naming the leader unless a role below quotes it already.
    const quoted = new Set(answer.partners.flatMap((p) => p.roles.map((r) => r.source)));
    for (const wp of answer.workPackages)
      if (wp.leaderSource && !quoted.has(wp.leaderSource))
        text.block().lines([quote({ source: wp.leaderSource, wp: wp.id, summary: '' })]);
  }
  if (answer.contacts && answer.contacts.length > 0)
    text.block().lines(answer.contacts.flatMap(contactLines));
  // The matrix's text is its notes, one line per work package; its partners are for tables.
  if (answer.partners.length > 0 && answer.intent !== 'matrix') {
    // A single partner's heading already opened the answer.
    const detail =
      answer.intent === 'partner' && answer.partners.length === 1 ? 'roles-only' : answer.detail;
    // A list is one block of every partner's lines; otherwise each partner is a block.
    const list = answer.detail === 'list';
    if (list) text.block();
    answer.partners.forEach((p, i) => {
      if (!list) text.block();
      text.lines(renderPartner(p, detail), list && i > 0);
    });
  }
  for (const note of answer.notes) text.block().lines([note]);
  // Help already lists its examples in the headline; saying them twice reads as a glitch.
  if (
    answer.intent !== 'help' &&
    answer.suggestions.length > 0 &&
    answer.partners.length === 0 &&
    answer.workPackages.length === 0
  )
    text.block().lines([`Try: ${answer.suggestions.map((s) => `“${s.question}”`).join(' · ')}`]);
  return text.pieces.join('');
}
