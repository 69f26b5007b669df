import { EucanbotError } from '../core/errors.js';

/** A string value to set, by its keys from the root: `["partners", 13, "roles", 0, "source"]`. */
export interface JsonStringEdit {
  keys: readonly (string | number)[];
  value: string;
}

const keyOf = (keys: readonly (string | number)[]): string => JSON.stringify(keys);

/**
 * Sets string values in a JSON text without touching anything else, so that a file keeps its own
 * layout (arrays on one line where they fit, as Biome writes them) and its diff shows only the
 * values that changed. The text must be valid JSON; each edited value must already be a string.
 */
export function replaceJsonStrings(text: string, edits: readonly JsonStringEdit[]): string {
  const wanted = new Map(edits.map((edit) => [keyOf(edit.keys), edit.value]));
  const spans: { start: number; end: number; value: string }[] = [];
  let at = 0;
  const fail = (what: string): never => {
    throw new EucanbotError('DATASET_INVALID', `Cannot edit the JSON: ${what} at offset ${at}`);
  };
  const skipSpace = () => {
    while (/\s/.test(text[at] ?? '')) at += 1;
  };
  const readString = (): string => {
    const start = at;
    at += 1;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    if (at >= text.length) fail('an unterminated string');
    at += 1;
    return JSON.parse(text.slice(start, at)) as string;
  };
  const readValue = (keys: (string | number)[]): void => {
    skipSpace();
    const c = text[at];
    if (c === '"') {
      const start = at;
      readString();
      const value = wanted.get(keyOf(keys));
      if (value !== undefined) spans.push({ start, end: at, value });
    } else if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      at += 1;
      skipSpace();
      for (let index = 0; text[at] !== close; index++) {
        if (index > 0) {
          if (text[at] !== ',') fail(`"," or "${close}" expected`);
          at += 1;
          skipSpace();
        }
        let key: string | number = index;
        if (c === '{') {
          if (text[at] !== '"') fail('a key expected');
          key = readString();
          skipSpace();
          if (text[at] !== ':') fail('":" expected');
          at += 1;
        }
        readValue([...keys, key]);
        skipSpace();
        if (at >= text.length) fail(`"${close}" expected`);
      }
      at += 1;
    } else {
      const literal = /^(?:-?\d[\d.eE+-]*|true|false|null)/.exec(text.slice(at, at + 64));
      if (literal === null) fail('a value expected');
      at += literal?.[0].length ?? 0;
    }
  };
  // A byte-order mark is kept as it was.
  if (text.startsWith('\uFEFF')) at = 1;
  readValue([]);
  let out = text;
  for (const span of spans.sort((a, b) => b.start - a.start))
    out = out.slice(0, span.start) + JSON.stringify(span.value) + out.slice(span.end);
  return out;
}
