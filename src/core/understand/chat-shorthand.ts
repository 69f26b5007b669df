import { CHAT_ABBREVIATIONS } from '../lexicon/chat-abbreviations.js';

function escapePattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The abbreviations as one pattern, longest first ("w/o" before "w/"). A shorthand is a word on
 * its own: not inside a word, and not joined by "&" or an apostrophe, so "R&D" and "u's" stay.
 */
const SHORTHAND = new RegExp(
  `(?<![\\p{L}\\p{N}&'’/-])(${[...CHAT_ABBREVIATIONS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapePattern)
    .join('|')})(?![\\p{L}\\p{N}&'’])`,
  'giu',
);

/**
 * The question with chat shorthand for function words written out ("which partners r in the
 * nordics" → "… are in the nordics"; see CHAT_ABBREVIATIONS). A question typed in capitals
 * stays in capitals ("PARTNERS IN DE PLS" → "… PLEASE"), so it still reads as shouted.
 */
export function expandChatShorthand(text: string): string {
  const shouted = !/\p{Ll}/u.test(text);
  return text.replace(SHORTHAND, (found: string) => {
    const full = CHAT_ABBREVIATIONS.get(found.toLowerCase()) ?? found;
    return shouted ? full.toUpperCase() : full;
  });
}
