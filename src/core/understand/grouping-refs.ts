import type { Grouping } from '../index/groupings.js';
import { WORK_PACKAGE_KIND } from '../index/groupings.js';
import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { Token } from '../text/normalise.js';
import { groupingOfSubject, groupingsOfKind } from './grouping-subject.js';

/** What a question says about groupings (work packages, case studies, pilots …). */
export interface GroupingRefs {
  /**
   * Groupings singled out: by label or alias ("use case 2"), or by the words of their
   * description next to their kind ("the breast cancer case study", "the data curation work
   * package"). Work packages named by number are the parser's (parse-question.ts), not here.
   */
  named: Grouping[];
  /** Canonical words that named a grouping by its description: no topic of the question. */
  describing: string[];
  /** Kinds other than work packages named with none of them singled out: "which pilots …?". */
  kinds: string[];
}

/** Words that join a kind to the description after it: "the case study on breast cancer". */
const LINKING: ReadonlySet<string> = new Set(['on', 'about', 'for', 'of', 'covering', 'in']);

/** "WP" alone also names the work-package kind: "the data curation WP". */
const WORK_PACKAGE_SHORT: ReadonlySet<string> = new Set(['wp', 'wps']);

function isNumber(token: Token | undefined): boolean {
  return token !== undefined && /^\d+[a-z]?$|^\d+(\.\d+)?$/.test(token.canon);
}

/**
 * The run of words right before `start` (or after `end`, past a linking word) that are all
 * words of some grouping of the kind: the description that singles one out.
 */
function describingRun(
  tokens: readonly Token[],
  start: number,
  end: number,
  vocabulary: ReadonlySet<string>,
): string[] {
  const before: string[] = [];
  for (let i = start - 1; i >= 0 && vocabulary.has(tokens[i]?.canon ?? ''); i--)
    before.unshift(tokens[i]?.canon ?? '');
  if (before.length > 0) return before;
  const after: string[] = [];
  if (!LINKING.has(tokens[end]?.norm ?? '')) return after;
  for (let i = end + 1; i < tokens.length && vocabulary.has(tokens[i]?.canon ?? ''); i++)
    after.push(tokens[i]?.canon ?? '');
  return after;
}

/** Reads the groupings a question's tokens name; see {@link GroupingRefs}. */
export function readGroupingRefs(index: KnowledgeIndex, tokens: readonly Token[]): GroupingRefs {
  const { groupings } = index;
  const canon = tokens.map((t) => t.canon);
  const taken = tokens.map(() => false);
  const named = new Map<string, Grouping>();
  for (const span of groupings.names.scan(canon)) {
    for (const key of span.values) {
      const grouping = groupings.byKey.get(key);
      if (grouping) named.set(key, grouping);
    }
    for (let k = span.start; k < span.start + span.length; k++) taken[k] = true;
  }
  const describing: string[] = [];
  const kinds = new Set<string>();
  const kindSpans = groupings.kinds.scan(canon, (i) => !taken[i]);
  tokens.forEach((t, i) => {
    if (WORK_PACKAGE_SHORT.has(t.norm) && !taken[i])
      kindSpans.push({ start: i, length: 1, key: t.canon, values: [WORK_PACKAGE_KIND] });
  });
  for (const span of kindSpans) {
    const end = span.start + span.length;
    // "work package 4", "use case 2": a number names one, by label or through the parser.
    if (isNumber(tokens[end])) continue;
    for (const kind of span.values) {
      const vocabulary = new Set(groupingsOfKind(index, kind).flatMap((g) => [...g.words]));
      const run = describingRun(tokens, span.start, end, vocabulary);
      const fit = run.length > 0 ? groupingOfSubject(index, kind, { words: run }) : null;
      if (fit !== null) {
        named.set(fit.key, fit);
        describing.push(...run);
      } else if (kind !== WORK_PACKAGE_KIND && run.length === 0) kinds.add(kind);
    }
  }
  return { named: [...named.values()], describing, kinds: [...kinds] };
}
