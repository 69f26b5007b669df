import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { ClauseToken } from './asides.js';
import type { TopicMention } from './parsed-question.js';

/** The word that offers alternatives: "GDPR or consent". */
const OR = 'or';

/**
 * Whether the question's topics are alternatives: "who handles GDPR or consent?", "anyone on
 * radiomics or federated learning?" ask for the partners on either topic, as "both … and …"
 * asks for those on every one (issue #11, either-or family). Every two topics next to each
 * other must be joined by one "or", with nothing between them but their own words and
 * function words; "privacy and consent or ethics" mixes the two readings and stays "and". A
 * generic topic word qualifies its neighbour and is no alternative ("legal or ethics issues").
 */
export function topicsAreAlternatives(
  index: KnowledgeIndex,
  tokens: readonly ClauseToken[],
  covered: readonly boolean[],
  topics: readonly TopicMention[],
  topicStarts: ReadonlyMap<string, number>,
  both: boolean,
): boolean {
  if (both) return false;
  const starts: number[] = [];
  for (const topic of topics) {
    if (index.genericConcepts.has(topic.concept)) continue;
    const start = topicStarts.get(topic.concept);
    // A topic read through general English has no place of its own in the question.
    if (start === undefined) return false;
    starts.push(start);
  }
  if (starts.length < 2) return false;
  starts.sort((a, b) => a - b);
  for (let i = 1; i < starts.length; i++)
    if (!joinedByOr(tokens, covered, starts[i - 1] ?? 0, starts[i] ?? 0)) return false;
  return true;
}

/** Whether one "or" joins the topics starting at `from` and `to`, and nothing else does. */
function joinedByOr(
  tokens: readonly ClauseToken[],
  covered: readonly boolean[],
  from: number,
  to: number,
): boolean {
  let or = false;
  for (let k = from + 1; k < to; k++) {
    const token = tokens[k];
    if (token === undefined) return false;
    if (token.norm === OR && !or) or = true;
    else if (!covered[k] && !STOPWORDS.has(token.canon)) return false;
  }
  return or;
}
