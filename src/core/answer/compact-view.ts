import type { Answer, AnswerPartner, AnswerRole, AnswerWorkPackage } from '../schema/answer.js';
import { canonicalTokens } from '../text/normalise.js';
import { STOPWORDS } from '../text/stopwords.js';
import { focusedExcerpt } from './excerpt.js';

/**
 * How much of an answer a chat reply shows before "Show all" (issue #11): the median answer was
 * about 650 characters and list answers over 3,000, too long for a chat reply.
 */
export const COMPACT_LIMITS = {
  /** Partners shown in full; the others are named on one "Also:" line. */
  partners: 3,
  /** Roles of a partner that is the whole answer ("what does UB do?"), as three partners' worth. */
  rolesOfOnlyPartner: 3,
  /** Longest quote: about two lines of a chat window. */
  quote: 160,
  /** Longest "covers" text of a work package in a list. */
  covers: 120,
} as const;

/** A role as a chat reply shows it: with a short quote, or null where the role before has it. */
export interface QuotedRole {
  role: AnswerRole;
  quote: string | null;
}

/** A partner shown in full: its strongest roles, each with a short quote. */
export interface CompactPartner {
  partner: AnswerPartner;
  roles: QuotedRole[];
}

/** What a chat reply shows of an answer; the Answer itself keeps everything. */
export interface CompactView {
  /** The best partners, best first, each with its strongest matching role. */
  partners: CompactPartner[];
  /** Acronyms of the answer's other partners, in its order: the "Also:" line. */
  others: string[];
  /** The answer's work packages; in a list of them, "covers" is cut to COMPACT_LIMITS.covers. */
  workPackages: AnswerWorkPackage[];
  /** Short quotes of the sentences naming work packages' leaders, where no role shown has one. */
  leaderQuotes: { wp: string; quote: string }[];
  /** Whether the full answer shows more: partners, roles, quotes or text. */
  shortened: boolean;
}

/** Cuts text at a word boundary with "…", or returns it whole. */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, space > max / 2 ? space : max - 1).trimEnd()}…`;
}

/** Answers whose headline names the topics asked about, in the dataset's wording. */
const TOPIC_HEADLINES: ReadonlySet<Answer['intent']> = new Set(['topic', 'partners-filter']);

/**
 * The words quotes are centred on: the question's, and where the headline names the topics
 * ("On anonymisation:"), the headline's, which are the dataset's wording of a synonym asked.
 */
function focusWords(answer: Answer): Set<string> {
  const headline = TOPIC_HEADLINES.has(answer.intent) ? answer.headline : '';
  const words = canonicalTokens(`${answer.question} ${headline}`);
  return new Set(words.filter((w) => w.length > 1 && !STOPWORDS.has(w)));
}

/**
 * The strongest roles first: a lead role, then the answer's order, which ranks a topic answer's
 * roles best first.
 */
function strongestFirst(roles: readonly AnswerRole[]): AnswerRole[] {
  return [...roles].sort((a, b) => Number(b.lead) - Number(a.lead));
}

/**
 * Each role with one short quote of its source; roles split from one sentence share one quote,
 * under the last of them, centred on all of them.
 */
function quoteRoles(roles: readonly AnswerRole[], focus: ReadonlySet<string>): QuotedRole[] {
  return roles.map((role, i) => {
    if (roles.slice(i + 1).some((r) => r.source === role.source)) return { role, quote: null };
    const sharing = roles.filter((r) => r.source === role.source);
    return { role, quote: focusedExcerpt(role.source, sharing, COMPACT_LIMITS.quote, focus) };
  });
}

/**
 * What a chat reply shows: the compact view, or undefined for the whole answer, when the reply
 * is to a "Show all" click (`full`) or the question itself asked for all of it (`answer.whole`).
 */
export function chatView(answer: Answer, full = false): CompactView | undefined {
  return full || answer.whole === true ? undefined : compactView(answer);
}

/**
 * The compact view of an answer for a chat reply: the best three partners in full, each with
 * its strongest matching role and one short quote centred on the words asked about, and the
 * others as acronyms. A partner that is the whole answer shows up to three roles instead.
 * Pure: the same answer always gives the same view.
 */
export function compactView(answer: Answer): CompactView {
  // The matrix's text is whole already, a line per work package; its partners are for tables.
  if (answer.intent === 'matrix')
    return { partners: [], others: [], workPackages: [], leaderQuotes: [], shortened: false };
  const focus = focusWords(answer);
  const alone = answer.partners.length === 1;
  const perPartner = alone ? COMPACT_LIMITS.rolesOfOnlyPartner : 1;
  const featured = answer.partners.slice(0, COMPACT_LIMITS.partners);
  const partners = featured.map((partner) => ({
    partner,
    roles: quoteRoles(strongestFirst(partner.roles).slice(0, perPartner), focus),
  }));
  const others = answer.partners.slice(featured.length).map((p) => p.acronym);
  // A list of work packages shows what each covers; elsewhere the headline says it, whole.
  const workPackages =
    answer.intent === 'list-work-packages'
      ? answer.workPackages.map((wp) => ({
          ...wp,
          covers: cutAtWord(wp.covers, COMPACT_LIMITS.covers),
        }))
      : answer.workPackages;
  const shownSources = new Set(partners.flatMap((p) => p.roles.map((r) => r.role.source)));
  const leaderQuotes =
    answer.intent === 'work-package'
      ? answer.workPackages.flatMap((wp) =>
          wp.leaderSource && !shownSources.has(wp.leaderSource)
            ? [
                {
                  wp: wp.id,
                  quote: focusedExcerpt(
                    wp.leaderSource,
                    [{ wp: wp.id, summary: '' }],
                    COMPACT_LIMITS.quote,
                    focus,
                  ),
                },
              ]
            : [],
        )
      : [];
  const cut =
    others.length > 0 ||
    partners.some(
      (p, i) =>
        p.roles.length < (featured[i]?.roles.length ?? 0) ||
        p.roles.some((r) => r.quote !== null && r.quote !== r.role.source),
    ) ||
    workPackages.some((wp, i) => wp.covers !== answer.workPackages[i]?.covers) ||
    leaderQuotes.some(({ quote }) => quote.endsWith('…') || quote.startsWith('…'));
  return { partners, others, workPackages, leaderQuotes, shortened: cut };
}
