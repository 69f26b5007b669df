/**
 * Text from people (their question, echoed in an answer) and from the dataset goes into cards and
 * messages. Teams turns `<at>Name</at>` into a mention, renders a subset of HTML in messages and
 * Markdown links in TextBlocks, so echoed text is neutralised before it is sent.
 */

/** A `<` that opens a tag (`<at>`, `</at>`, `<a href>`, `<!--`); a lone `<` as in "p < 0.05" stays. */
const TAG_OPENING = /<(?=\s*[/!?a-zA-Z])/g;
/** `[label](url)`: breaking the `](` pair keeps the text and drops the link. */
const MARKDOWN_LINK = /\]\s*\(/g;

function isControl(code: number): boolean {
  // Keeps tab, line feed and carriage return; drops other C0/C1 controls and the Unicode line and
  // paragraph separators, which some clients treat as line breaks.
  if (code === 9 || code === 10 || code === 13) return false;
  return code < 32 || (code >= 127 && code < 160) || code === 0x2028 || code === 0x2029;
}

/** Removes control characters that could break a card or forge a line. */
export function stripControlCharacters(text: string): string {
  let out = '';
  for (const char of text) if (!isControl(char.codePointAt(0) ?? 0)) out += char;
  return out;
}

/**
 * Makes text safe to show in a Teams card or message: no tag survives (so no `<at>` mention, no
 * HTML), no Markdown link, no control character. Bold (`**`) and lists are kept.
 */
export function neutraliseMarkup(text: string): string {
  return stripControlCharacters(text).replace(TAG_OPENING, '‹').replace(MARKDOWN_LINK, '] (');
}

/** Cuts text to at most `max` characters at a word boundary, marking the cut with "…". */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Markdown `**bold**` markers removed, for places that show plain text (notifications). */
export function stripBold(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1');
}
