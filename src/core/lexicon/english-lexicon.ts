/**
 * General English word relations, compiled from WordNet by scripts/build-lexicon.ts into
 * data/english-lexicon.tsv: one line per canonical word, sorted, with the synonyms of its first
 * senses and its derived forms. The text is searched where it lies, by bisection over its
 * lines, so that using it costs neither a parse nor a table of 30,000 entries at start: an
 * answer looks up only the few words of a question that the dataset does not know.
 */

/** Words related to one word, as written (folded), by kind of relation. */
export interface EnglishRelations {
  synonyms: readonly string[];
  derived: readonly string[];
  /**
   * Inflection bases (see `inflectionBase`) of the words of this form tagged mostly as verbs,
   * adjectives or adverbs: they name no subject ("belong", "properly"; not "approval").
   */
  modifiers: readonly string[];
}

/** Looks up a canonical word's relations; undefined when the lexicon has none. */
export interface EnglishLexicon {
  related(canon: string): EnglishRelations | undefined;
}

/** A lexicon that knows no word: the bot without general English. */
export const NO_ENGLISH: EnglishLexicon = { related: () => undefined };

const NEWLINE = 10;

function words(field: string | undefined): readonly string[] {
  return field === undefined || field === '' ? [] : field.split(' ');
}

/**
 * A lexicon over the compiled text (see the file's header for its format). Lines starting with
 * "#" come first and are skipped; the rest must be sorted by key in code-unit order, which the
 * compiler writes and a test checks.
 */
export function createEnglishLexicon(text: string): EnglishLexicon {
  let first = 0;
  while (text.charCodeAt(first) === 35 /* # */) {
    const end = text.indexOf('\n', first);
    first = end < 0 ? text.length : end + 1;
  }
  const lineStart = (at: number): number => {
    let start = at;
    while (start > first && text.charCodeAt(start - 1) !== NEWLINE) start -= 1;
    return start;
  };
  return {
    related(canon) {
      if (canon === '' || canon.includes('\t') || canon.includes('\n')) return undefined;
      // Bisection over characters, each probe moved back to the start of its line.
      let low = first;
      let high = text.length;
      while (low < high) {
        const start = lineStart((low + high) >>> 1);
        let tab = text.indexOf('\t', start);
        if (tab < 0) tab = text.length;
        const key = text.slice(start, tab);
        if (key === canon) {
          let end = text.indexOf('\n', tab);
          if (end < 0) end = text.length;
          const [synonyms, derived, modifiers] = text.slice(tab + 1, end).split('\t');
          return {
            synonyms: words(synonyms),
            derived: words(derived),
            modifiers: words(modifiers),
          };
        }
        if (key < canon) {
          const end = text.indexOf('\n', tab);
          low = end < 0 ? text.length : end + 1;
        } else high = start;
      }
      return undefined;
    },
  };
}
