/** A phrase found in a token stream. */
export interface PhraseMatch<V> {
  start: number;
  length: number;
  key: string;
  values: readonly V[];
}

/** Maps canonical phrases (token sequences) to values, and finds them in a token stream. */
export class PhraseTable<V> {
  private readonly entries = new Map<string, V[]>();
  /** Every proper prefix of a phrase, so a scan stops extending as soon as nothing can match. */
  private readonly prefixes = new Set<string>();

  /** Adds a value under a phrase key (canonical tokens joined by spaces). */
  add(key: string, value: V): void {
    if (key === '') return;
    const list = this.entries.get(key);
    if (list === undefined) this.entries.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
    let at = key.indexOf(' ');
    while (at > 0) {
      this.prefixes.add(key.slice(0, at));
      at = key.indexOf(' ', at + 1);
    }
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
   * Greedy longest-match scan, left to right, without overlaps. `free(i)` says whether token i
   * may still be taken. Each position extends its phrase only while it is a known prefix.
   */
  scan(tokens: readonly string[], free: (index: number) => boolean = () => true): PhraseMatch<V>[] {
    const found: PhraseMatch<V>[] = [];
    let i = 0;
    while (i < tokens.length) {
      let best: PhraseMatch<V> | undefined;
      let key = '';
      for (let end = i; end < tokens.length && free(end); end++) {
        key = end === i ? (tokens[i] ?? '') : `${key} ${tokens[end]}`;
        const values = this.entries.get(key);
        if (values !== undefined) best = { start: i, length: end - i + 1, key, values };
        if (!this.prefixes.has(key)) break;
      }
      if (best !== undefined) found.push(best);
      i += best?.length ?? 1;
    }
    return found;
  }
}
