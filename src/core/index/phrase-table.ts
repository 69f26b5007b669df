/** Maps canonical phrases (token sequences) to values, and finds them in a token stream. */
export class PhraseTable<V> {
  private readonly entries = new Map<string, V[]>();
  private longest = 1;

  /** Adds a value under a phrase key (canonical tokens joined by spaces). */
  add(key: string, value: V): void {
    if (key === '') return;
    const list = this.entries.get(key);
    if (list === undefined) this.entries.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
    this.longest = Math.max(this.longest, key.split(' ').length);
  }

  get(key: string): readonly V[] {
    return this.entries.get(key) ?? [];
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  keys(): IterableIterator<string> {
    return this.entries.keys();
  }

  /**
   * Greedy longest-match scan. `free(i)` says whether token i may still be taken; returns each
   * match's start, length and values, left to right, without overlaps.
   */
  scan(
    tokens: readonly string[],
    free: (index: number) => boolean = () => true,
  ): { start: number; length: number; key: string; values: readonly V[] }[] {
    const found: { start: number; length: number; key: string; values: readonly V[] }[] = [];
    let i = 0;
    while (i < tokens.length) {
      let matched = 0;
      for (let len = Math.min(this.longest, tokens.length - i); len >= 1; len--) {
        let allFree = true;
        for (let k = i; k < i + len; k++) if (!free(k)) allFree = false;
        if (!allFree) continue;
        const key = tokens.slice(i, i + len).join(' ');
        const values = this.entries.get(key);
        if (values !== undefined) {
          found.push({ start: i, length: len, key, values });
          matched = len;
          break;
        }
      }
      i += matched > 0 ? matched : 1;
    }
    return found;
  }
}
