import { splitWords } from './normalise.js';

/** Character class of an ASCII code: 0 separates words, 1–36 are the letters (either case) and digits. */
const CLASS_OF = new Uint8Array(128);
for (let code = 0; code < 26; code++) {
  CLASS_OF[65 + code] = code + 1;
  CLASS_OF[97 + code] = code + 1;
}
for (let digit = 0; digit < 10; digit++) CLASS_OF[48 + digit] = 27 + digit;
const CLASSES = 37;
/**
 * Longer words skip the trie: each of their characters would add a state of 148 bytes, and a
 * dataset with a long unbroken run of letters (an encoded blob, say) would fill memory with them.
 */
const MAX_TRIE_WORD = 48;

/**
 * Numbers the distinct words of many texts, so that a word is normalised and looked up once
 * however often it is written. Words are split as `splitWords` splits them. Words of ASCII
 * letters and digits are compared regardless of case ("MRI" and "mri" are one word, as
 * `foldCase` makes them the same); other words by their spelling.
 *
 * ASCII text, nearly all of it, is read character by character through a trie of the words seen
 * so far, held in one typed array: no substring is cut and no string is hashed, which is what
 * splitting a million words into strings and looking each up in a Map spends its time on.
 * Text with other characters takes `splitWords`, whose Unicode rules it needs, and words longer
 * than MAX_TRIE_WORD are looked up in a Map.
 */
/** The character code of "&". */
const AMPERSAND = 38;

export class WordInterner {
  /** Per word id: the word as first written. */
  readonly words: string[] = [];
  /** The ids of the words of the text read last, in its first entries. */
  ids = new Int32Array(256);
  /** Trie transitions: `next[state * CLASSES + class]`, 0 for none (state 0 is the root). */
  private next = new Int32Array(CLASSES * 4096);
  /** Per trie state: 1 + the id of the word ending there, 0 for none. */
  private wordAt = new Int32Array(4096);
  private states = 1;
  /** Words with characters outside ASCII, by their spelling. */
  private readonly others = new Map<string, number>();
  /** Words too long for the trie, by their lower-case spelling. */
  private readonly long = new Map<string, number>();

  /** The number of distinct words read so far; ids run from 0 below it. */
  get size(): number {
    return this.words.length;
  }

  /** The number of trie states, for tests and diagnostics: at most MAX_TRIE_WORD per word. */
  get trieStates(): number {
    return this.states;
  }

  /** Reads a text's words into `ids`, in order, repeats included; returns how many. */
  read(text: string): number {
    const ascii = this.readAscii(text);
    return ascii >= 0 ? ascii : this.readOther(text);
  }

  /**
   * The words of an ASCII text, or -1 at the first character outside ASCII or ampersand: a text
   * with "&" may hold a word joined by it ("R&D"), which splitWords reads (AMPERSAND_WORD).
   */
  private readAscii(text: string): number {
    let next = this.next;
    let count = 0;
    let state = 0;
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 32;
      if (code >= 128 || code === AMPERSAND) return -1;
      const cls = CLASS_OF[code] ?? 0;
      if (cls !== 0) {
        if (state === 0) start = i;
        // In a word too long for the trie: read on to its end.
        else if (state < 0) continue;
        const at = state * CLASSES + cls;
        const to = next[at] ?? 0;
        if (to !== 0) state = to;
        else if (i - start >= MAX_TRIE_WORD) state = -1;
        else {
          state = this.addState();
          next = this.next;
          next[at] = state;
        }
      } else if (state !== 0) {
        const id =
          state < 0
            ? this.idOfLong(text.slice(start, i))
            : this.wordEndingAt(state, text, start, i);
        this.push(count++, id);
        state = 0;
      }
    }
    return count;
  }

  private readOther(text: string): number {
    let count = 0;
    for (const word of splitWords(text)) {
      let id = this.others.get(word);
      if (id === undefined) {
        id = this.idOfAscii(word);
        if (id < 0) {
          id = this.words.push(word) - 1;
          this.others.set(word, id);
        }
      }
      this.push(count++, id);
    }
    return count;
  }

  /** The id of a word written in ASCII letters and digits alone, or -1 for any other word. */
  private idOfAscii(word: string): number {
    if (word.length > MAX_TRIE_WORD) return /^[A-Za-z0-9]+$/.test(word) ? this.idOfLong(word) : -1;
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      const cls = code < 128 ? (CLASS_OF[code] ?? 0) : 0;
      if (cls === 0) return -1;
      const at = state * CLASSES + cls;
      state = this.next[at] ?? 0;
      if (state === 0) {
        state = this.addState();
        this.next[at] = state;
      }
    }
    return this.wordEndingAt(state, word, 0, word.length);
  }

  private idOfLong(word: string): number {
    const key = word.toLowerCase();
    let id = this.long.get(key);
    if (id === undefined) {
      id = this.words.push(word) - 1;
      this.long.set(key, id);
    }
    return id;
  }

  private wordEndingAt(state: number, text: string, start: number, end: number): number {
    const known = this.wordAt[state] ?? 0;
    if (known !== 0) return known - 1;
    const id = this.words.push(text.slice(start, end)) - 1;
    this.wordAt[state] = id + 1;
    return id;
  }

  private push(index: number, id: number): void {
    if (index === this.ids.length) {
      const grown = new Int32Array(index * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[index] = id;
  }

  private addState(): number {
    if (this.states === this.wordAt.length) {
      const next = new Int32Array(this.next.length * 2);
      next.set(this.next);
      this.next = next;
      const wordAt = new Int32Array(this.wordAt.length * 2);
      wordAt.set(this.wordAt);
      this.wordAt = wordAt;
    }
    const state = this.states;
    this.states += 1;
    return state;
  }
}
