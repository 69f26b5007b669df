/** The FNV-1a hash of no characters; `hashStep` adds one. */
export const HASH_SEED = 0x811c9dc5;

/** Adds one character code to an FNV-1a hash, so a word is hashed as it is scanned. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++)
    if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/**
 * Words to values, looked up by where a word lies in a text and its hash. Reading a large
 * dataset's million words this way slices no string per word and hashes none twice, where
 * splitting each text and looking words up in a Map did both; only a word seen for the first
 * time is sliced, to be stored. Open addressing over typed arrays, kept at most half full.
 */
export class WordTable<T> {
  private slots = new Int32Array(1 << 12);
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private readonly values: T[] = [];

  /** The value of the word `text.slice(start, end)`, whose hash is `hash`. */
  get(text: string, start: number, end: number, hash: number): T | undefined {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = (this.slots[slot] ?? 0) - 1;
      if (entry < 0) return undefined;
      if (this.hashes[entry] === hash && sameWord(this.words[entry] ?? '', text, start, end))
        return this.values[entry];
    }
  }

  /** Stores the value of a word not in the table yet, with its hash. */
  add(word: string, hash: number, value: T): void {
    const entry = this.words.push(word) - 1;
    this.hashes.push(hash);
    this.values.push(value);
    if (this.words.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      for (let i = 0; i < this.words.length; i++) this.place(i);
    } else this.place(entry);
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = (this.hashes[entry] ?? 0) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }
}
