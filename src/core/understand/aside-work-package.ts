import { DEMONSTRATIVES, SINGULAR_POINTERS } from '../lexicon/follow-up-words.js';
import type { ClauseToken } from './asides.js';
import { isWorkPackageToken } from './work-package-refs.js';

/** "my work package", "our WP", "this WP": the asker's own, named in the aside. */
const POINTING_OWNERS: ReadonlySet<string> = new Set(['my', 'our', ...DEMONSTRATIVES]);
const POINTERS: ReadonlySet<string> = new Set(SINGULAR_POINTERS);

/** Whether an asked (not aside) "work package" with no number follows "my", "our" or "this". */
function pointsAtOwnWorkPackage(tokens: readonly ClauseToken[]): boolean {
  return tokens.some(
    (t, i) =>
      !t.aside &&
      t.canon === '#wp' &&
      isWorkPackageToken(t) &&
      POINTING_OWNERS.has(tokens[i - 1]?.norm ?? ''),
  );
}

/**
 * The work package the asked part points back at, when the aside named one alone: "I'm new in
 * WP3 - who else is in my work package?", "just started in WP3 - who leads it?". The aside
 * still sets no filter of its own ("I'm in WP2, who handles GDPR?" asks about GDPR everywhere):
 * only a reference back to it makes its work package the question's. "it" points back only in
 * a question that names nothing else, as "it" may stand for anything named there.
 */
export function asideWorkPackage(
  tokens: readonly ClauseToken[],
  asideIds: readonly string[],
  namesNothing: boolean,
): string | undefined {
  const [only] = asideIds;
  if (only === undefined || asideIds.length > 1) return undefined;
  if (pointsAtOwnWorkPackage(tokens)) return only;
  const pointer = tokens.some((t) => !t.aside && POINTERS.has(t.norm));
  return namesNothing && pointer ? only : undefined;
}
