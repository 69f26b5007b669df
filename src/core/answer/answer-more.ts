import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { Partner } from '../schema/dataset.js';
import type { ParsedQuestion } from '../understand/parsed-question.js';
import { type Draft, draft } from './draft.js';
import { joinWords, toAnswerPartner } from './parts.js';

/**
 * Words that ask which of the partners named has more or fewer of something: "EACR or ESOI,
 * which has more members?" (issue #11, either-or family of round 2). English comparatives.
 */
const MORE = new Set(['more', 'most', 'larger', 'bigger', 'greater']);
const FEWER = new Set(['fewer', 'less', 'fewest', 'least', 'smaller']);

/** A figure as profiles write it: "1500", "1,500", "70". */
const FIGURE = /^\d[\d,.]*$/;
/** A word that may stand between the figure and the noun: "1500 active members". */
const BETWEEN = /^[\p{L}-]+$/u;
/** Most words between the figure and the noun. */
const MAX_BETWEEN = 2;

/** A word without the punctuation around it, in lower case: "members," is "members". */
function bare(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && !/[\p{L}\p{N}]/u.test(token.charAt(start))) start++;
  while (end > start && !/[\p{L}\p{N}]/u.test(token.charAt(end - 1))) end--;
  return token.slice(start, end).toLowerCase();
}

/**
 * A count the profile states before the noun as the question writes it, up to two words between:
 * "1500 active members" (not "70 member institutions", which counts institutions). A scan of the
 * profile's words, not a pattern built from the question: every pattern is a literal that
 * test/reliability/redos.test.ts checks.
 */
function statedCount(partner: Partner, noun: string): { n: number; quote: string } | undefined {
  const tokens = [...partner.profile.matchAll(/\S+/g)].map((m) => ({
    word: bare(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const [i, token] of tokens.entries()) {
    if (!FIGURE.test(token.word)) continue;
    for (let k = i + 1; k <= i + 1 + MAX_BETWEEN && k < tokens.length; k++) {
      const next = tokens[k];
      if (next === undefined) break;
      if (next.word === noun) {
        const before = tokens.slice(Math.max(0, i - 2), i).map((t) => t.word);
        const from =
          before.join(' ') === 'more than' ? (tokens[i - 2]?.start ?? token.start) : token.start;
        const n = Number(token.word.replace(/[,.](?=\d{3}\b)/g, ''));
        const quote = partner.profile.slice(from, next.start + noun.length);
        return Number.isFinite(n) ? { n, quote } : undefined;
      }
      if (!BETWEEN.test(next.word)) break;
    }
  }
  return undefined;
}

/**
 * "Which has more members?" over two or more partners named, each of whose profile states a
 * count of that noun: the one with the larger (or smaller) count, with each count as written.
 * Undefined when the question compares nothing or a profile states no count.
 */
export function answerMore(index: KnowledgeIndex, parsed: ParsedQuestion): Draft | undefined {
  if (parsed.partners.length < 2) return undefined;
  const words = parsed.question.toLowerCase().match(/\p{L}+/gu) ?? [];
  const at = words.findIndex((w) => MORE.has(w) || FEWER.has(w));
  const noun = at >= 0 ? words[at + 1] : undefined;
  if (noun === undefined) return undefined;
  const named = parsed.partners
    .map((m) => index.partners.get(m.id))
    .filter((p): p is Partner => p !== undefined);
  const counts = named.map((p) => ({ partner: p, count: statedCount(p, noun) }));
  if (counts.some((c) => c.count === undefined)) return undefined;
  const sign = FEWER.has(words[at] ?? '') ? -1 : 1;
  const [best] = [...counts].sort((a, b) => sign * ((b.count?.n ?? 0) - (a.count?.n ?? 0)));
  if (best === undefined) return undefined;
  const stated = counts.map((c) => `**${c.partner.acronym}**: ${c.count?.quote}`);
  return draft({
    intent: 'partner',
    headline: `Of ${joinWords(
      named.map((p) => `**${p.acronym}**`),
      'and',
    )}, **${best.partner.acronym}** has ${words[at]} ${noun}, by their profiles (${stated.join('; ')}):`,
    partners: [
      toAnswerPartner(
        best.partner,
        [
          {
            summary: 'From its profile',
            wp: null,
            lead: false,
            keywords: [],
            source: best.partner.profile,
          },
        ],
        1,
      ),
    ],
  });
}
