import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { Partner } from '../schema/dataset.js';
import type { ParsedQuestion } from '../understand/parse-question.js';
import { type Draft, draft } from './draft.js';
import { joinWords, toAnswerPartner } from './parts.js';

/**
 * Words that ask which of the partners named has more or fewer of something: "EACR or ESOI,
 * which has more members?" (issue #11, either-or family of round 2). English comparatives.
 */
const MORE = new Set(['more', 'most', 'larger', 'bigger', 'greater']);
const FEWER = new Set(['fewer', 'less', 'fewest', 'least', 'smaller']);

/**
 * A count the profile states before the noun as the question writes it, up to two words between:
 * "1500 active members" (not "70 member institutions", which counts institutions).
 */
function statedCount(partner: Partner, noun: string): { n: number; quote: string } | undefined {
  const pattern = new RegExp(
    `((?:more than )?(\\d[\\d,.]*))\\s+(?:[\\p{L}-]+\\s+){0,2}${noun}\\b`,
    'iu',
  );
  const found = pattern.exec(partner.profile);
  if (!found) return undefined;
  const n = Number((found[2] ?? '').replace(/[,.](?=\d{3}\b)/g, ''));
  return Number.isFinite(n) ? { n, quote: found[0] } : undefined;
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
