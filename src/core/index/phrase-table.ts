/** A phrase found in a token stream. */
export interface PhraseMatch<V> {
  start: number;
  length: number;
  key: string;
  values: readonly V[];
}

/**
 * A node of the word trie: its values and key if a phrase ends here, and the words that extend
 * it. Most nodes have one such word ("university of" → "pisa"), held inline: a Map per node
 * would make adding ten thousand partners' names several times slower.
 */
interface Node<V> {
  key: string | undefined;
  values: V[] | undefined;
  only: string | undefined;
  child: Node<V> | undefined;
  next: Map<string, Node<V>> | undefined;
}

// Every node has all fields from the start, so all share one shape and lookups stay fast.
function createNode<V>(): Node<V> {
  return { key: undefined, values: undefined, only: undefined, child: undefined, next: undefined };
}

function step<V>(node: Node<V>, word: string): Node<V> | undefined {
  if (node.next !== undefined) return node.next.get(word);
  return node.only === word ? node.child : undefined;
}

function extend<V>(node: Node<V>, word: string): Node<V> {
  const found = step(node, word);
  if (found !== undefined) return found;
  const created = createNode<V>();
  if (node.next !== undefined) node.next.set(word, created);
  else if (node.child === undefined) {
    node.only = word;
    node.child = created;
  } else {
    node.next = new Map([
      [node.only ?? '', node.child],
      [word, created],
    ]);
    node.only = undefined;
    node.child = undefined;
  }
  return created;
}

/** Maps canonical phrases (token sequences) to values, and finds them in a token stream. */
export class PhraseTable<V> {
  /**
   * The phrases as a trie of words: a scan walks it with the tokens themselves, where joining
   * tokens into keys to look up would build and hash a new string per step, and most words of
   * a text start no phrase at all. Adding a phrase hashes no joined key either, which matters
   * for the tens of thousands of names of a large consortium.
   */
  private readonly root = new Map<string, Node<V>>();

  /**
   * Adds a value under a phrase key (canonical tokens joined by spaces). A caller that has the
   * tokens passes them, which spares splitting the key again.
   */
  add(key: string, value: V, words: readonly string[] = key.split(' ')): void {
    if (key === '') return;
    const first = words[0] ?? '';
    let node = this.root.get(first);
    if (node === undefined) {
      node = createNode<V>();
      this.root.set(first, node);
    }
    for (let i = 1; i < words.length; i++) node = extend(node, words[i] ?? '');
    if (node.values === undefined) {
      node.key = key;
      node.values = [value];
    } else if (!node.values.includes(value)) node.values.push(value);
  }

  /** The values of a phrase key; none when it is no phrase. */
  get(key: string): readonly V[] {
    return this.find(key)?.values ?? [];
  }

  /** Whether a phrase key has values. */
  has(key: string): boolean {
    return this.find(key)?.values !== undefined;
  }

  /** Every phrase key, each once. */
  *keys(): IterableIterator<string> {
    const stack = [...this.root.values()];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (node.key !== undefined) yield node.key;
      if (node.next !== undefined) stack.push(...node.next.values());
      else if (node.child !== undefined) stack.push(node.child);
    }
  }

  private find(key: string): Node<V> | undefined {
    const words = key.split(' ');
    let node = this.root.get(words[0] ?? '');
    for (let i = 1; i < words.length && node !== undefined; i++) node = step(node, words[i] ?? '');
    return node;
  }

  /** Calls `visit` with every word of every phrase (a word in several phrases, more than once). */
  forEachWord(visit: (word: string) => void): void {
    const walk = (node: Node<V>): void => {
      if (node.next !== undefined) {
        for (const [word, child] of node.next) {
          visit(word);
          walk(child);
        }
      } else if (node.only !== undefined && node.child !== undefined) {
        visit(node.only);
        walk(node.child);
      }
    };
    for (const [word, node] of this.root) {
      visit(word);
      walk(node);
    }
  }

  /** Whether some phrase starts with this word. */
  startsWith(word: string): boolean {
    return this.root.has(word);
  }

  /**
   * The longest phrase starting at token `start`, extended only while it is a known prefix and
   * over tokens that are `free` (all of them when no test is given), up to token `end`. The
   * index build calls this for a quarter of a million words, so it allocates only its result.
   */
  matchAt(
    tokens: readonly string[],
    start: number,
    free?: (index: number) => boolean,
    end = tokens.length,
  ): PhraseMatch<V> | undefined {
    if (free !== undefined && !free(start)) return undefined;
    let node = this.root.get(tokens[start] ?? '');
    let found: Node<V> | undefined;
    let length = 0;
    for (let at = start; node !== undefined; ) {
      if (node.values !== undefined) {
        found = node;
        length = at - start + 1;
      }
      at += 1;
      if (at >= end || (free !== undefined && !free(at))) break;
      node = step(node, tokens[at] ?? '');
    }
    if (found?.key === undefined || found.values === undefined) return undefined;
    return { start, length, key: found.key, values: found.values };
  }

  /**
   * Greedy longest-match scan, left to right, without overlaps. `free(i)` says whether token i
   * may still be taken.
   */
  scan(tokens: readonly string[], free?: (index: number) => boolean): PhraseMatch<V>[] {
    const found: PhraseMatch<V>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const best = this.matchAt(tokens, i, free);
      if (best !== undefined) found.push(best);
      i += best?.length ?? 1;
    }
    return found;
  }
}
