import {
  type CompactPartner,
  type CompactView,
  chatView,
} from '../../src/core/answer/compact-view.js';
import { sourceExcerpt } from '../../src/core/answer/excerpt.js';
import { alsoLine, renderCompactText } from '../../src/core/answer/render-compact.js';
import type { Answer, AnswerPartner, AnswerRole } from '../../src/core/schema/answer.js';
import {
  actions,
  type Block,
  blockTextLength,
  button,
  context,
  joinWithMore,
  type SlackMessage,
  section,
  truncate,
} from './blocks.js';
import { contactBlocks } from './contact-blocks.js';
import { escapeMrkdwn, markdownToMrkdwn } from './escape.js';
import { FEEDBACK_ACTION_ID, feedbackButtons } from './feedback-block.js';
import { SLACK_LIMITS } from './limits.js';

/** Longest quote of a source sentence under a partner; the full sentence is in the dataset. */
const QUOTE_LENGTH = 300;
/** Longest "covers" text per work package in a list. */
const COVERS_LENGTH = 200;
/** Longest echo of the question, and of the notes after the list. */
const QUESTION_LENGTH = 300;
const NOTES_LENGTH = 1000;
/** Characters of buttons (labels and values) per message, within the whole-message budget. */
const BUTTONS_LENGTH = 3000;
/** Confidence from which an answer is stated plainly, and from which it is a fair guess. */
const SURE = 0.8;
const FAIR = 0.5;
/** Action ids the Slack adapter listens for; a full answer's Share button shares it full. */
export const ACTION_IDS = {
  suggestion: /^suggest-\d+$/,
  share: 'share-answer',
  shareFull: 'share-answer-full',
  showAll: 'show-all',
  feedback: FEEDBACK_ACTION_ID,
} as const;

/** The label of the button that asks the same question again for the whole answer. */
export const SHOW_ALL_LABEL = 'Show all';

/** How a reply is shown beyond the answer itself. */
export interface RenderOptions {
  /** Show the question above the answer (ephemeral and shared replies, where it is not visible). */
  showQuestion?: boolean;
  /** Add a "Share in channel" button (ephemeral replies to /eucan). */
  share?: boolean;
  /** A last context line in mrkdwn, e.g. usage or who shared the answer; not escaped. */
  footer?: string;
  /**
   * The whole answer (a "Show all" click), within Slack's limits. Otherwise the compact view:
   * the best three partners in full, the rest on one line, and a "Show all" button.
   */
  full?: boolean;
  /** Slack's native thumbs up and down under the answer, carrying its id (mentions and DMs). */
  feedback?: { answerId: string };
}

/** Words that tell how sure the bot is; none when it is sure or the answer says so already. */
function hedge(answer: Answer): string | undefined {
  if (['help', 'unknown', 'not-found'].includes(answer.intent) || answer.confidence >= SURE)
    return undefined;
  return answer.confidence >= FAIR
    ? 'I think this is what you asked about; the quoted sources say for sure.'
    : 'I am not sure I understood the question; these are my closest matches.';
}

function partnerHeading(p: AnswerPartner): string {
  const name = p.acronym === p.name ? '' : ` ${escapeMrkdwn(p.name)}`;
  return `*${escapeMrkdwn(p.acronym)}*${name} · ${escapeMrkdwn(p.country)} · ${escapeMrkdwn(p.kind)}`;
}

function roleLine(role: AnswerRole): string {
  const tag = role.wp && role.lead ? `${role.wp} · lead` : (role.wp ?? (role.lead ? 'lead' : ''));
  return `• ${tag ? `*${tag}* — ` : ''}${escapeMrkdwn(role.summary)}`;
}

function quoted(excerpt: string): string {
  return `“${escapeMrkdwn(excerpt)}”`;
}

/** A partner with all its roles, each quoted as far as QUOTE_LENGTH: the full answer's. */
function fullPartner(partner: AnswerPartner): CompactPartner {
  return {
    partner,
    roles: partner.roles.map((role) => ({ role, quote: sourceExcerpt(role, QUOTE_LENGTH) })),
  };
}

/** A partner's blocks: heading and roles, then the source sentences in a context. */
function partnerBlocks({ partner, roles }: CompactPartner): Block[] {
  if (roles.length === 0) return [section(partnerHeading(partner))];
  const lines = roles.map((r) => roleLine(r.role));
  const text = joinWithMore(lines, SLACK_LIMITS.sectionText - 200, 'roles');
  const quotes = [...new Set(roles.flatMap((r) => (r.quote === null ? [] : [quoted(r.quote)])))];
  return [section(`${partnerHeading(partner)}\n${text}`), context(quotes)];
}

/** A group of blocks kept or dropped whole; `item` says it counts in "…and N more". */
interface Group {
  blocks: Block[];
  item: boolean;
}

/** The answer's detail as groups of blocks, in order: all of it, or what the view shows. */
function detailGroups(answer: Answer, view?: CompactView): { groups: Group[]; noun: string } {
  // The matrix is its notes, a line per work package; its partners are for tables (terminal).
  if (answer.intent === 'matrix') return { groups: [], noun: 'work packages' };
  if (answer.intent === 'list-work-packages') {
    const lines = (view?.workPackages ?? answer.workPackages).map((wp) => {
      const leader = wp.leader ? `led by *${escapeMrkdwn(wp.leader.acronym)}*` : 'no leader named';
      const title = wp.title ? ` ${escapeMrkdwn(wp.title)}` : '';
      return `• *${wp.id}*${title} — ${leader}: ${escapeMrkdwn(truncate(wp.covers, COVERS_LENGTH))}`;
    });
    const list = section(joinWithMore(lines, SLACK_LIMITS.sectionText, 'work packages'));
    return { groups: [{ blocks: [list], item: false }], noun: 'work packages' };
  }
  const sources = new Set(answer.partners.flatMap((p) => p.roles.map((r) => r.source)));
  const leaderQuotes =
    view?.leaderQuotes.map((q) => q.quote) ??
    answer.workPackages.flatMap((wp) =>
      wp.leaderSource !== null && !sources.has(wp.leaderSource)
        ? [sourceExcerpt({ source: wp.leaderSource, wp: wp.id, summary: '' }, QUOTE_LENGTH)]
        : [],
    );
  const groups: Group[] = leaderQuotes.map((q) => ({
    blocks: [context([quoted(q)])],
    item: false,
  }));
  const partners = view?.partners ?? answer.partners.map(fullPartner);
  if (partners.length > 0 && partners.every((p) => p.partner.roles.length === 0)) {
    const lines = partners.map((p) => `• ${partnerHeading(p.partner)}`);
    const list = section(joinWithMore(lines, SLACK_LIMITS.sectionText, 'partners'));
    groups.push({ blocks: [list], item: false });
  } else groups.push(...partners.map((p) => ({ blocks: partnerBlocks(p), item: true })));
  if (view !== undefined && view.others.length > 0)
    groups.push({ blocks: [section(alsoLine(view.others.map(escapeMrkdwn)))], item: false });
  return { groups, noun: 'partners' };
}

function buttons(answer: Answer, options: RenderOptions, showAll: boolean): Block[] {
  const all = answer.suggestions.map((s, i) => button(s.label, `suggest-${i}`, s.question));
  // Shared alone in the channel, or asked again in full, a follow-up ("and in Spain?") is asked
  // as what it stood for.
  const question = answer.resolvedQuestion;
  if (showAll) all.unshift(button(SHOW_ALL_LABEL, ACTION_IDS.showAll, question));
  const share = options.full ? ACTION_IDS.shareFull : ACTION_IDS.share;
  if (options.share) all.unshift(button('Share in channel', share, question, 'primary'));
  let left = BUTTONS_LENGTH;
  const kept = all.filter((b) => {
    left -= JSON.stringify(b).length;
    return left >= 0;
  });
  return kept.length > 0 ? [actions(kept)] : [];
}

/**
 * Renders an Answer as Block Kit: intro, partners with their roles (work package, lead) and
 * source sentences, notes and suggestion buttons. A chat reply shows the compact view, with a
 * "Show all" button when it left something out; `options.full` shows everything, and content
 * that would pass Slack's limits is shortened with "…and N more". `text`, what notifications
 * and clients without blocks show, is the same view as plain text.
 */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const view = chatView(answer, options.full);
  const intro = answer.notice === null ? [answer.headline] : [answer.notice, answer.headline];
  const { notes } = answer;
  const head: Block[] = [];
  if (options.showQuestion)
    head.push(
      context([`*Question:* ${escapeMrkdwn(truncate(answer.resolvedQuestion, QUESTION_LENGTH))}`]),
    );
  const doubt = hedge(answer);
  if (doubt) head.push(context([`_${doubt}_`]));
  if (intro.length > 0) head.push(section(markdownToMrkdwn(intro.join('\n\n'))));
  head.push(...contactBlocks(answer.contacts));
  const tail = [
    ...(notes.length > 0
      ? [section(truncate(markdownToMrkdwn(notes.join('\n\n')), NOTES_LENGTH))]
      : []),
    ...buttons(answer, options, view?.shortened === true),
    ...(options.footer ? [context([options.footer])] : []),
    ...(options.feedback ? [feedbackButtons(options.feedback.answerId, answer)] : []),
  ];

  const { groups, noun } = detailGroups(answer, view);
  let blocksLeft = SLACK_LIMITS.messageBlocks - head.length - tail.length - 1;
  let charsLeft =
    SLACK_LIMITS.messageBlocksText -
    [...head, ...tail].reduce((n, b) => n + blockTextLength(b), 0) -
    200;
  const body: Block[] = [];
  let dropped = 0;
  for (const [i, group] of groups.entries()) {
    const size = group.blocks.reduce((n, b) => n + blockTextLength(b), 0);
    if (group.blocks.length > blocksLeft || size > charsLeft) {
      dropped = groups.slice(i).filter((g) => g.item).length;
      break;
    }
    body.push(...group.blocks);
    blocksLeft -= group.blocks.length;
    charsLeft -= size;
  }
  if (dropped > 0) body.push(context([`…and ${dropped} more ${noun}.`]));
  return {
    text: truncate(
      markdownToMrkdwn(view ? renderCompactText(answer, view) : answer.text),
      SLACK_LIMITS.messageText,
    ),
    blocks: [...head, ...body, ...tail],
  };
}
