import { KIND_WORDS } from '../lexicon/kinds.js';
import type { PartnerKind } from '../schema/dataset.js';
import { canonicalTokens, phraseKey } from '../text/normalise.js';
import type { PartialDataset } from './partial-dataset.js';
import type { DatasetProblem } from './problem.js';

/** Every text a question can reach, as canonical tokens joined by spaces and padded. */
function searchableText(data: PartialDataset): string {
  const texts: string[] = [];
  for (const p of data.partners) {
    if (p === undefined) continue;
    texts.push(p.profile);
    for (const r of p.roles) if (r) texts.push(r.summary, r.source, ...r.keywords);
  }
  for (const g of [...data.workPackages, ...data.groups])
    if (g) texts.push(g.title ?? '', g.covers, ...g.keywords);
  return ` ${texts.map((t) => canonicalTokens(t).join(' ')).join(' | ')} `;
}

/**
 * The dataset's `lexicon`: a topic it declares must be in its texts (else no question finds
 * it), a kind word it removes must be one the built-in lexicon has, and a word it adds to a
 * kind must be no declared topic and no other kind's built-in word.
 */
export function lexiconProblems(data: PartialDataset): DatasetProblem[] {
  const lexicon = data.lexicon;
  if (lexicon === undefined) return [];
  const problems: DatasetProblem[] = [];
  const builtIn = new Map<string, PartnerKind>();
  for (const [kind, words] of Object.entries(KIND_WORDS) as [PartnerKind, readonly string[]][])
    for (const word of words) builtIn.set(phraseKey(word), kind);
  const text = searchableText(data);
  const topics = (lexicon.topics ?? []).map(phraseKey);
  topics.forEach((key, i) => {
    if (!text.includes(` ${key} `))
      problems.push({
        path: `lexicon.topics[${i}]`,
        message: `"${lexicon.topics?.[i]}" is in no role, profile, keyword or description of the dataset, so no question can find it`,
      });
  });
  (lexicon.removeKindWords ?? []).forEach((word, i) => {
    if (!builtIn.has(phraseKey(word)))
      problems.push({
        path: `lexicon.removeKindWords[${i}]`,
        message: `"${word}" is not a kind word of the built-in lexicon (src/core/lexicon/kinds.ts)`,
      });
  });
  const added = Object.entries(lexicon.addKindWords ?? {}) as [PartnerKind, string[]][];
  for (const [kind, words] of added)
    words.forEach((word, i) => {
      const key = phraseKey(word);
      const path = `lexicon.addKindWords.${kind}[${i}]`;
      const other = builtIn.get(key);
      if (topics.includes(key))
        problems.push({ path, message: `"${word}" is also declared a topic in lexicon.topics` });
      else if (other !== undefined && other !== kind)
        problems.push({
          path,
          message: `"${word}" is a built-in word for ${other}; list it in lexicon.removeKindWords as well to move it`,
        });
    });
  return problems;
}
