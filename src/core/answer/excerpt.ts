import type { AnswerRole } from '../schema/answer.js';
import { foldCase } from '../text/normalise.js';

/** Words of the summary that locate the role's clause in a long sentence. */
function anchors(role: Pick<AnswerRole, 'wp' | 'summary'>): string[] {
  const words = foldCase(role.summary)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 6);
  return [...(role.wp ? [role.wp.toLowerCase()] : []), ...words];
}

/**
 * The part of a long source sentence that backs a role: a window around the role's work package
 * (the clause before "(WP4)") or the rarest summary word, cut at word boundaries, with "…".
 * Short sentences are returned whole.
 */
export function sourceExcerpt(
  role: Pick<AnswerRole, 'source' | 'wp' | 'summary'>,
  maxLength: number,
): string {
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
  let start = Math.max(0, focus - Math.floor(maxLength * (isWp ? 0.8 : 0.3)));
  let end = Math.min(source.length, start + maxLength);
  start = Math.max(0, end - maxLength);
  if (start > 0) start = source.indexOf(' ', start) + 1;
  if (end < source.length) end = Math.max(start + 1, source.lastIndexOf(' ', end));
  return `${start > 0 ? '…' : ''}${source.slice(start, end).trim()}${end < source.length ? '…' : ''}`;
}
