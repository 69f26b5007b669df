import {
  COMPANY_FORMS,
  DESCRIPTION_WORDS,
  STRONG_NAME_WORDS,
  WEAK_NAME_WORDS,
} from '../lexicon/organisation-words.js';
import type { PartnerKind } from '../schema/dataset.js';
import { foldCase, splitWords } from '../text/normalise.js';

/** A kind and what it was guessed from, for the todo note a person checks. */
export interface KindGuess {
  kind: PartnerKind;
  note: string;
}

/** The first phrase of a table found in a text as whole words, with its kind. */
function firstPhrase(
  text: string,
  table: readonly (readonly [PartnerKind, readonly string[]])[],
): { kind: PartnerKind; phrase: string } | null {
  const words = ` ${splitWords(foldCase(text)).join(' ')} `;
  for (const [kind, phrases] of table)
    for (const phrase of phrases) if (words.includes(` ${phrase} `)) return { kind, phrase };
  return null;
}

/** The kind word that comes first in a description: "an independent research and consultancy firm". */
function describedAs(description: string): { kind: PartnerKind; phrase: string } | null {
  const words = ` ${splitWords(foldCase(description)).join(' ')} `;
  let best: { kind: PartnerKind; phrase: string; at: number } | null = null;
  for (const [kind, phrases] of DESCRIPTION_WORDS)
    for (const phrase of phrases) {
      const at = words.indexOf(` ${phrase} `);
      if (at >= 0 && (best === null || at < best.at)) best = { kind, phrase, at };
    }
  return best;
}

/**
 * Guesses an organisation's kind: from a word of its legal name that says it ("Universitat",
 * "Hospital", "gemeinnützige", a legal form such as "GmbH" or "AB"), else from what its
 * description calls it ("… is an independent consultancy firm"), else from a weaker name word
 * ("Fundació", "Institut"). Always a guess: the note says what it rests on.
 */
export function guessKind(
  names: readonly string[],
  description: string | null,
  type: string | null,
): KindGuess {
  const stated = type === null ? null : (describedAs(type) ?? firstPhrase(type, STRONG_NAME_WORDS));
  if (stated) return { kind: stated.kind, note: `read from the type "${type}"` };
  const name = names.join(' ');
  const strong = firstPhrase(name, STRONG_NAME_WORDS);
  if (strong) return { kind: strong.kind, note: `guessed from "${strong.phrase}" in the name` };
  for (const candidate of names) {
    const form = candidate.trim().split(/\s+/).at(-1) ?? '';
    if (COMPANY_FORMS.has(form))
      return { kind: 'company', note: `guessed from the legal form "${form}" in the name` };
  }
  const weak = firstPhrase(name, WEAK_NAME_WORDS);
  // A research-centre word in the name outweighs the description ("Fundació Centre …, a
  // non-profit foundation"); a foundation's or network's gives way to it.
  if (weak?.kind === 'research-centre')
    return { kind: weak.kind, note: `guessed from "${weak.phrase}" in the name` };
  const described = description === null ? null : describedAs(description);
  if (described)
    return { kind: described.kind, note: `guessed from "${described.phrase}" in its description` };
  if (weak) return { kind: weak.kind, note: `guessed from "${weak.phrase}" in the name` };
  return {
    kind: 'research-centre',
    note: 'nothing in the name or description says the kind; research-centre is a placeholder',
  };
}
