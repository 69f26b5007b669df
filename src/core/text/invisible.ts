/**
 * Characters a reader cannot see or tell from a space: controls but tab and line breaks,
 * format characters (the byte-order mark, zero-width spaces and joiners, direction marks),
 * line and paragraph separators, and every space but U+0020.
 */
const INVISIBLE = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|(?! )\p{Zs}/gu;

/** The same class without the global flag, so that `test` keeps no position between calls. */
const ANY_INVISIBLE = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|(?! )\p{Zs}/u;

/** True when `text` holds a character {@link showInvisible} would escape. */
export function hasInvisible(text: string): boolean {
  return ANY_INVISIBLE.test(text);
}

/** `text` with each invisible character written as its escape, e.g. `\uFEFF`, for messages. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => {
    const code = c.codePointAt(0) ?? 0;
    const hex = code.toString(16).toUpperCase();
    return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
  });
}
