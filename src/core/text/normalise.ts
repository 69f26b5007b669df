/** A word of the question: as typed, folded to lower-case ASCII, and in canonical form. */
export interface Token {
  raw: string;
  norm: string;
  canon: string;
}

const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
};

/** Lower-cases and strips accents: "Umeå" → "umea", "Clínic" → "clinic". */
export function foldCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss');
}

/**
 * Folds British/American spelling and plurals onto one form, so that "anonymisations",
 * "anonymization" and "anonymisation" compare equal. Applied to both sides of every match,
 * so an odd result ("expertize") is harmless as long as it is consistent.
 */
export function canonicalWord(word: string): string {
  let w = word;
  const number = NUMBER_WORDS[w];
  if (number !== undefined) return number;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|us|is|ics|ous)$/.test(w)) {
    // "process", "status", "analysis", "radiomics", "various": not plurals
  } else if (/(sses|xes|ches|shes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);
  w = w
    .replace(/is(ation|ing|ed|e|er)$/, 'iz$1')
    .replace(/yse$/, 'yze')
    .replace(/tre$/, 'ter')
    .replace(/([^aeiou])our$/, '$1or')
    .replace(/^(.+?)ae(?=.{2,})/, '$1e')
    .replace(/^ae(?=.{4,})/, 'e')
    .replace(/ll(ing|ed)$/, 'l$1');
  return w;
}

/** Splits text into tokens of letters and digits; everything else separates. */
export function tokenize(text: string): Token[] {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((raw) => {
    const norm = foldCase(raw);
    return { raw, norm, canon: canonicalWord(norm) };
  });
}

/** Canonical token sequence of a phrase, e.g. a keyword or a partner name. */
export function canonicalTokens(text: string): string[] {
  return tokenize(text).map((t) => t.canon);
}

/** Canonical key of a phrase: its canonical tokens joined by single spaces. */
export function phraseKey(text: string): string {
  return canonicalTokens(text).join(' ');
}
