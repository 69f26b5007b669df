import { NOT_KEYWORDS } from '../lexicon/draft-words.js';
import { foldCase } from '../text/normalise.js';
import { trimChars } from '../text/trim.js';
import { VERB_FORMS } from './verbs.js';

/** What is trimmed off a word's ends: anything but letters and digits that a word may carry. */
const PUNCTUATION = `'"’‘“”-–—/&+*_.,;:!?()[]{}<>%$#@=~^|\\`;

/** Longest keyword, in words, and most keywords per role. */
const MAX_WORDS = 3;
const MAX_KEYWORDS = 8;

/**
 * Topic keywords of a role: the runs of content words between function words, verbs and
 * punctuation, lower case ("integrated ai development platform" gives "ai development
 * platform"), and each run's last word, leaving out names of partners and the consortium.
 */
export function keywordsOf(text: string, excluded: ReadonlySet<string>): string[] {
  const keywords = new Set<string>();
  for (const chunk of text.split(/[.,;:!?()[\]"“”‘’]+|\s[–—-]\s/)) {
    let run: string[] = [];
    const flush = () => {
      const words = run.slice(-MAX_WORDS);
      if (words.length > 0) keywords.add(words.join(' '));
      if (words.length > 1) keywords.add(words.at(-1) ?? '');
      run = [];
    };
    for (const raw of chunk.split(/\s+/)) {
      const word = trimChars(foldCase(raw), PUNCTUATION);
      const generic = word.length < 2 || NOT_KEYWORDS.has(word) || VERB_FORMS.has(word);
      if (generic || excluded.has(word) || /^\d+$/.test(word) || /^wp\d/.test(word)) flush();
      else run.push(word);
    }
    flush();
  }
  keywords.delete('');
  return [...keywords].slice(0, MAX_KEYWORDS);
}
