import { SOCIAL_PLATFORMS } from '../lexicon/unheld-subjects.js';
import type { Token } from '../text/normalise.js';

const PLATFORMS: ReadonlySet<string> = new Set(SOCIAL_PLATFORMS);
/**
 * Words before a platform that make it someone's account: "UB's twitter", "their linkedin".
 * The "s" is the possessive as the tokenizer leaves it ("UB's" → ub, s).
 */
const OWNER_BEFORE: ReadonlySet<string> = new Set(['s', 'their', 'its', 'his', 'her', 'your']);
/**
 * The word after a platform that says whose account it is: "the linkedin of whoever leads WP1".
 * Not "for": "who handles twitter for the project" asks who does dissemination.
 */
const OWNER_AFTER = 'of';

/**
 * Whether the question asks for someone's account on a platform, a contact detail: "drop me the
 * linkedin of the WP1 lead", "what's UB's twitter?" (issue #11, out-of-scope-subject family of
 * fresh set 7). A platform owned so names an account; "who does the linkedin posts" asks who
 * does dissemination.
 */
export function asksForAccount(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!PLATFORMS.has(tokens[i]?.norm ?? '')) continue;
    if (OWNER_BEFORE.has(tokens[i - 1]?.norm ?? '') || tokens[i + 1]?.norm === OWNER_AFTER)
      return true;
  }
  return false;
}
