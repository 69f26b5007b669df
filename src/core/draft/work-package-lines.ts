import { squashSpaces } from '../text/document-sentences.js';
import { trimChars } from '../text/trim.js';

/** A work package as a line, heading or table row states it: "WP4: Data curation (lead: UAMS)". */
export interface WorkPackageLine {
  id: string;
  title: string | null;
  /** The leader as written ("UAMS"), to be resolved to a partner; null where none is named. */
  leaderRef: string | null;
  /** The line as written: the leader's source. */
  raw: string;
}

/** A line that starts with a work package, its spaces made single: "WP4: …", "Work package 2. …". */
const START = /^(?:WP|Work[ -]?package)[ –-]?(\d{1,2})\b(.*)$/i;
/** Words that name a work package's leader. */
const LEAD_WORDS =
  /\b(?:lead(?:er)?|lead partner|lead beneficiary|led by|coordinator|coordinated by|managed by)\b/i;

/** A leader reference cut to its name: "UAMS" from "UAMS, M1–M36". */
export function leaderRefOf(text: string): string | null {
  const ref = trimChars(text.split(/[,;]/)[0] ?? '', '.');
  return ref === '' || /^(?:tbd|tba|n\/?a|none|-|–)$/i.test(ref) ? null : ref;
}

/**
 * The leader a work package's line names, in brackets ("(lead: UAMS)", "[led by KIT]") or after
 * a separator (", leader: PSI", " – Lead: SINTEF"), and the line without it.
 */
function leaderIn(rest: string): { ref: string | null; without: string } {
  const words = LEAD_WORDS.exec(rest);
  if (!words) return { ref: null, without: rest };
  const before = trimChars(rest.slice(0, words.index), '', 'end').replace(/\bWP$/i, '').trimEnd();
  const value = trimChars(rest.slice(words.index + words[0].length), ':=', 'start');
  const open = before.at(-1);
  if (open === '(' || open === '[') {
    const close = value.search(/[)\]]/);
    const ref = close < 0 ? value : value.slice(0, close);
    const end = close < 0 ? rest.length : rest.length - value.length + close + 1;
    return {
      ref: leaderRefOf(ref),
      without: `${rest.slice(0, before.length - 1)} ${rest.slice(end)}`,
    };
  }
  if (before === '' || ',;–—|-'.includes(open ?? ''))
    return { ref: leaderRefOf(value), without: before };
  return { ref: null, without: rest };
}

/**
 * Reads a line that starts with a work package: its id, title and the leader it names, from
 * "WP4: Data curation (lead: UAMS)", "WP3 – Evaluation, leader: PSI" or "Work package 2. Models".
 * Null for a line that does not start with one.
 */
export function parseWorkPackageLine(text: string, raw: string): WorkPackageLine | null {
  const start = START.exec(squashSpaces(text.replace(/\*\*|__/g, '')));
  if (!start?.[1]) return null;
  const { ref, without } = leaderIn(trimChars(start[2] ?? '', ':.–—|-', 'start'));
  const title = trimChars(without.replace(/\([^()]*\)/g, ''), ':.;,–—|-');
  return {
    id: `WP${Number(start[1])}`,
    title: title === '' ? null : squashSpaces(title),
    leaderRef: ref,
    raw,
  };
}
