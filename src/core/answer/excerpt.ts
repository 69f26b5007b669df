import type { AnswerRole } from '../schema/answer.js';
import { canonicalWord, foldCase } from '../text/normalise.js';
import { wordSpots } from '../text/word-spots.js';

type QuotedRole = Pick<AnswerRole, 'source' | 'wp' | 'summary'>;

/** Words of the summary that locate the role's clause in a long sentence. */
function anchors(role: Pick<AnswerRole, 'wp' | 'summary'>): string[] {
  const words = foldCase(role.summary)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 6);
  return [...(role.wp ? [role.wp.toLowerCase()] : []), ...words];
}

/**
 * The `maxLength` characters of `source` from about `start`, cut at word boundaries, with "…"
 * where something was left out.
 */
function cutWindow(source: string, from: number, maxLength: number): string {
  let start = Math.max(0, from);
  let end = Math.min(source.length, start + maxLength);
  start = Math.max(0, end - maxLength);
  if (start > 0) start = source.indexOf(' ', start) + 1;
  if (end < source.length) end = Math.max(start + 1, source.lastIndexOf(' ', end));
  return `${start > 0 ? '…' : ''}${source.slice(start, end).trim()}${end < source.length ? '…' : ''}`;
}

/**
 * The part of a long source sentence that backs a role: a window around the role's work package
 * (the clause before "(WP4)") or the rarest summary word, cut at word boundaries, with "…".
 * Short sentences are returned whole.
 */
export function sourceExcerpt(role: QuotedRole, maxLength: number): string {
  const { source } = role;
  if (source.length <= maxLength) return source;
  const folded = foldCase(source);
  let at = -1;
  let isWp = false;
  for (const anchor of anchors(role)) {
    at = folded.indexOf(anchor);
    if (at >= 0) {
      isWp = anchor === role.wp?.toLowerCase();
      break;
    }
  }
  const focus = Math.max(0, at);
  // A WP tag closes its clause, so most of the window goes before it.
  return cutWindow(source, focus - Math.floor(maxLength * (isWp ? 0.8 : 0.3)), maxLength);
}

/** Share of a focused window that comes before the word it starts from. */
const LEAD_IN = 0.2;

/** What a word of the question is worth in a window, against one of the roles' own words. */
const FOCUS_WORTH = 100;

/**
 * A short quote of a source sentence around the words that matter: the question's (canonical
 * words in `focus`) first, then the work packages and summary words of the roles it backs. The
 * window that holds the most of the question's words wins, then the most of the roles', then
 * the earliest; without any, the quote falls back on {@link sourceExcerpt} for the first role.
 */
export function focusedExcerpt(
  source: string,
  roles: readonly Pick<AnswerRole, 'wp' | 'summary'>[],
  maxLength: number,
  focus: ReadonlySet<string>,
): string {
  if (source.length <= maxLength) return source;
  const own = new Set(roles.flatMap(anchors).map(canonicalWord));
  const hits = wordSpots(source)
    .map((s) => ({
      start: s.start,
      worth: focus.has(s.canon) ? FOCUS_WORTH : own.has(s.canon) ? 1 : 0,
    }))
    .filter((s) => s.worth > 0);
  let best = { from: -1, worth: 0 };
  for (const hit of hits) {
    // Near the start, the window starts with the sentence rather than wasting its lead-in.
    const from = Math.max(0, hit.start - Math.floor(maxLength * LEAD_IN));
    const worth = hits
      .filter((h) => h.start >= from && h.start < from + maxLength)
      .reduce((sum, h) => sum + h.worth, 0);
    if (worth > best.worth) best = { from, worth };
  }
  const [first] = roles;
  if (best.worth > 0 || first === undefined) return cutWindow(source, best.from, maxLength);
  return sourceExcerpt({ ...first, source }, maxLength);
}
