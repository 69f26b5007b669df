import { CHAT_ABBREVIATIONS } from '../lexicon/chat-abbreviations.js';

/**
 * A word as a shorthand stands: letters and digits, with one "/" and what follows ("b/c", "w/",
 * "w/o"). Not inside a word, and not joined by "&" or an apostrophe, so "R&D" and "u's" stay. A
 * literal pattern: the abbreviations are looked up, never compiled into a RegExp (redos.test.ts).
 */
const WORD = /(?<![\p{L}\p{N}&'’/-])[\p{L}\p{N}]+(?:\/[\p{L}\p{N}]*)?(?![\p{L}\p{N}&'’])/gu;

/**
 * The question with chat shorthand for function words written out ("which partners r in the
 * nordics" → "… are in the nordics"; see CHAT_ABBREVIATIONS). A question typed in capitals
 * stays in capitals ("PARTNERS IN DE PLS" → "… PLEASE"), so it still reads as shouted.
 */
export function expandChatShorthand(text: string): string {
  const shouted = !/\p{Ll}/u.test(text);
  return text.replace(WORD, (found: string) => {
    const full = CHAT_ABBREVIATIONS.get(found.toLowerCase());
    if (full === undefined) return found;
    return shouted ? full.toUpperCase() : full;
  });
}
