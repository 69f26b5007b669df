import { trimChars } from './trim.js';

/** A bulleted or numbered list item: "- …", "• …", "3. …", "(2) …". */
const LIST_ITEM = /^(?:[-*•‣▪◦]|\(?\d{1,3}[.)])\s(.*)$/;
/** The words of a label before a colon: "Role in the project", "Country". */
const LABEL_WORDS = /^[A-Za-z][\w &/'’-]{0,50}$/;
/** Farthest a label's colon may be from the start of its line. */
const MAX_LABEL = 60;

/** A list item's text without its bullet or number, or null for a line that is none. */
export function listItemText(line: string): string | null {
  const text = LIST_ITEM.exec(line.trim())?.[1]?.trim() ?? '';
  return text === '' ? null : text;
}

/**
 * A line's leading label and what follows it: "**Role in the project:** UB leads WP1." gives
 * "Role in the project" and "UB leads WP1."; "Country: Italy" gives "Country" and "Italy". Found
 * by the colon, not by a pattern over the line.
 */
export function leadingLabel(
  line: string,
): { label: string; rest: string; emphasised: boolean } | null {
  const colon = line.indexOf(':');
  if (colon < 1 || colon > MAX_LABEL) return null;
  const written = line.slice(0, colon).trim();
  const label = trimChars(written, '*_');
  if (!LABEL_WORDS.test(label)) return null;
  return { label, rest: trimChars(line.slice(colon + 1), '*_'), emphasised: label !== written };
}
