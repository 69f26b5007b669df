import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { Token } from '../text/normalise.js';

/**
 * Prepositions that offer a choice among the partners named after them: "between KAUNO and
 * GUMed, who …?", "among UB, BSC and CRG, which …?" (issue #11, either-or family of fresh set 7).
 * There they say which partners to choose from; they are no topic, though a partner's role may
 * hold the word ("differences between regions of Europe").
 */
const CHOICE_PREPOSITIONS: ReadonlySet<string> = new Set(['between', 'among', 'amongst']);

/** Whether the token at `i` offers a choice among the partners named right after it. */
function offersChoice(index: KnowledgeIndex, tokens: readonly Token[], i: number): boolean {
  if (!CHOICE_PREPOSITIONS.has(tokens[i]?.norm ?? '')) return false;
  const next = tokens[i + 1]?.norm === 'the' ? tokens[i + 2] : tokens[i + 1];
  return next !== undefined && index.entities.get(next.canon).some((e) => e.type === 'partner');
}

/** Marks as explained the words that offer a choice among named partners. */
export function coverChoiceWords(
  index: KnowledgeIndex,
  tokens: readonly Token[],
  covered: boolean[],
): void {
  for (let i = 0; i < tokens.length; i++) if (offersChoice(index, tokens, i)) covered[i] = true;
}
