import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { type Draft, draft } from './draft.js';
import { plural } from './parts.js';
import { aboutPartner } from './suggest.js';

/** "The fifth one?" when the last answer listed three: say so, and offer the ones it listed. */
export function answerNoSuchItem(
  index: KnowledgeIndex,
  missing: { position: number; count: number; noun: 'partner' | 'work package' },
  shown: readonly string[],
): Draft {
  const listed =
    missing.count === 0
      ? `My last answer listed no ${missing.noun}s, so I cannot tell which one you mean.`
      : `My last answer listed ${plural(missing.count, missing.noun)}, so there is no number ${missing.position}.`;
  return draft({
    intent: 'unknown',
    confidence: 0,
    headline: listed,
    suggestions: shown
      .slice(0, 3)
      .map((id) => index.partners.get(id))
      .filter((p) => p !== undefined)
      .map((p) => aboutPartner(p, `About ${p.acronym}`)),
  });
}
