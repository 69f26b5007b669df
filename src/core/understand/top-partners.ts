import type { KnowledgeIndex } from '../index/knowledge-index.js';

/** Whether a partner with `score` ranks before partner `q` with `other`: ties by id, code points. */
function ranksBefore(
  index: KnowledgeIndex,
  p: number,
  score: number,
  q: number,
  other: number,
): boolean {
  if (score !== other) return score > other;
  return (index.dataset.partners[p]?.id ?? '') < (index.dataset.partners[q]?.id ?? '');
}

/**
 * Keeps `ids` and `scores` the best `limit` partners so far, best first, in the order sorting
 * every match would give. A common topic over 10,000 partners matches hundreds and answers
 * show eight, so each further match costs one comparison instead of a place in a sort.
 */
export function insertTop(
  index: KnowledgeIndex,
  ids: number[],
  scores: number[],
  p: number,
  score: number,
  limit: number,
): void {
  let at = ids.length;
  while (at > 0 && ranksBefore(index, p, score, ids[at - 1] ?? 0, scores[at - 1] ?? 0)) at -= 1;
  if (at >= limit) return;
  ids.splice(at, 0, p);
  scores.splice(at, 0, score);
  if (ids.length > limit) {
    ids.pop();
    scores.pop();
  }
}
