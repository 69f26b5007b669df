import { squashSpaces } from '../text/document-sentences.js';
import type { MentionFinder } from './partner-mentions.js';
import { findWorkPackages } from './work-package-mentions.js';

/** A sentence that names a work package's leader: "WP4, which is coordinated by NTNU". */
export interface LeaderStatement {
  id: string;
  partner: number;
  source: string;
}

/** How far from a work package its leader or title is read: a long sentence is read once. */
const NEAR = 200;
/**
 * What follows a work package that names its leader, in a text whose spaces are single:
 * "(Data platform) is led by", ", which is coordinated by".
 */
const PASSIVE =
  /^\)?(?: ?\([^()]{1,60}\))?,? ?(?:(?:which|that) )?(?:(?:is|will be|was|are) )?(?:(?:jointly|also) )?(?:led|coordinated|managed|headed) by (?:the )?/i;
const IS_AFTER = /^(?:is|will be) (?:the )?/i;
const LEADER_OF_BEFORE = /\b(?:leader|coordinator) of$/i;

/**
 * Leaders a sentence names for a work package in the passive or about another partner: "WP4 is
 * led by UAMS", "in WP3, which is led by UCLouvain", "The leader of WP2 is IFREMER". Only a
 * partner named right there counts.
 */
export function passiveLeaders(sentence: string, mentions: MentionFinder): LeaderStatement[] {
  const found: LeaderStatement[] = [];
  for (const wp of findWorkPackages(sentence)) {
    if (wp.ids.length !== 1 || wp.ids[0] === undefined) continue;
    const after = squashSpaces(sentence.slice(wp.end, wp.end + NEAR));
    const passive = PASSIVE.exec(after);
    const named =
      passive ??
      (LEADER_OF_BEFORE.test(squashSpaces(sentence.slice(Math.max(0, wp.start - NEAR), wp.start)))
        ? IS_AFTER.exec(after)
        : null);
    if (!named) continue;
    const rest = after.slice(named[0].length);
    const who = mentions(rest)[0];
    if (who && who.start === 0)
      found.push({ id: wp.ids[0], partner: who.partner, source: sentence });
  }
  return found;
}

/**
 * Titles a sentence gives work packages: "contributes to WP7: Dissemination, communication &
 * exploitation, leveraging …" or "leads work package 1 (Management)".
 */
export function titlesIn(sentence: string): Map<string, string> {
  const titles = new Map<string, string>();
  for (const wp of findWorkPackages(sentence)) {
    const id = wp.ids.length === 1 ? wp.ids[0] : undefined;
    if (id === undefined) continue;
    const after = squashSpaces(sentence.slice(wp.end, wp.end + NEAR));
    const colon = /^\s*:\s*(\p{Lu}[^.;()]*?)(?=,\s+\p{Ll}+ing\b|[.;(]|$)/u.exec(after);
    const bracket = /^\s*\((\p{Lu}[^()]{2,60})\)/u.exec(after);
    const title = (colon ?? bracket)?.[1]?.trim();
    if (title && !titles.has(id)) titles.set(id, title);
  }
  return titles;
}
