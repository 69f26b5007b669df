import type { Token } from '../text/normalise.js';

/**
 * Participles that tie a partner to what follows "to"/"with": "connected to ELIXIR", "linked
 * with TCIA", "affiliated to UPF". They ask about that tie, and name no topic of their own:
 * "who's connected to ELIXIR?" is not about interoperability, nor "which is linked to ELIXIR?"
 * about linking data (issue #11, fresh set 6).
 */
const RELATION_PARTICIPLES: ReadonlySet<string> = new Set([
  'connected',
  'linked',
  'tied',
  'affiliated',
  'associated',
  'attached',
]);
const RELATION_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'with']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * Marks a relation participle explained (no topic, nothing unexplained) where the word after
 * its "to"/"with" names something of the dataset (`names`): that is what the question is
 * about. Where nothing known follows ("connected to my team"), the participle keeps its reading.
 */
export function coverRelationParticiples(
  tokens: readonly Token[],
  covered: boolean[],
  names: (token: Token) => boolean,
): void {
  for (let i = 0; i < tokens.length - 2; i++) {
    if (covered[i] || !RELATION_PARTICIPLES.has(tokens[i]?.norm ?? '')) continue;
    if (!RELATION_PREPOSITIONS.has(tokens[i + 1]?.norm ?? '')) continue;
    let at = i + 2;
    while (ARTICLES.has(tokens[at]?.norm ?? '')) at += 1;
    const object = tokens[at];
    if (object !== undefined && names(object)) covered[i] = true;
  }
}
