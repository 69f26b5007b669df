import { PARTNER_PRONOUNS, SUB_UNIT_WORDS, SUBJECT_ADVERBS } from '../lexicon/draft-words.js';
import { squashSpaces } from '../text/document-sentences.js';
import type { Clause } from './clauses.js';
import type { ProjectTest } from './consortium.js';
import type { MentionFinder } from './partner-mentions.js';

/**
 * The verbs that mean leading, as the issue lists them (leads, coordinates, is in charge of,
 * manages, "leader of"), in the forms a partner is their subject in: "will lead", "is the
 * Project Coordinator", "As a clinical leader of WP2, …". Passives ("led by") are not here: they
 * say another partner leads.
 */
const LEAD_VERB =
  /\b(?:leads|will\s+(?:also\s+)?lead|(?:they|we)\s+(?:also\s+)?lead|coordinates|will\s+(?:also\s+)?coordinate|manages|will\s+(?:also\s+)?manage|(?:is|are|will\s+be)\s+in\s+charge\s+of|(?:is|are|will\s+be|acts?\s+as)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:leader|coordinator)\b)/i;
const AS_LEADER = /^(?:As|as)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:leader|coordinator)\s+of\s+/;
/** A clause's opening adverbial: "Finally,", "As a consequence", "In addition,". */
const OPENING =
  /^(?:(?:and|but|while|whereas)\s+|(?:[\w-]+\s+){0,3}[\w-]+,\s+|as a consequence\s+)/i;
/** What may stand between two work packages that one verb leads: a title, "and", a comma. */
const LED_TOGETHER = /^\)?(?: ?\([^()]{1,60}\))? ?(?:,|and|&)? ?$/i;
const NOT_SUBJECT = /\b(?:which|that|who|whom|whose|where|by|not|never|no longer|to)\b|[()]/i;

/** What a clause says about leading, for the partner it is about. */
export interface LeadReading {
  lead: boolean;
  /** "is the Project Coordinator", "coordinates the project". */
  coordinator: boolean;
  /** Work packages the clause says the partner leads; `certain` when they are the verb's object. */
  leads: { ids: string[]; certain: boolean } | null;
}

const NONE: LeadReading = { lead: false, coordinator: false, leads: null };

/** Whether the words before a verb can be the partner: nothing, "It", "The team", its name. */
function isOwnSubject(
  before: string,
  partner: number,
  mentions: MentionFinder,
  project: ProjectTest,
): boolean {
  const words = before.replace(OPENING, '').trim();
  if (NOT_SUBJECT.test(words) || project(words)) return false;
  const named = mentions(words);
  if (named.length > 0) return named.every((m) => m.partner === partner);
  const plain = words.split(/\s+/).filter((w) => w !== '' && !SUBJECT_ADVERBS.has(w.toLowerCase()));
  if (plain.length === 0) return true;
  // "Working group will …", "Its ELSI Services & Research …": a short noun phrase of its own.
  return (
    plain.length <= 6 &&
    (PARTNER_PRONOUNS.has((plain[0] ?? '').toLowerCase()) || /^\p{Lu}/u.test(plain[0] ?? ''))
  );
}

/** Whether the words between a lead verb and a work package make it only part of one. */
function leadsPart(between: string): boolean {
  return between
    .toLowerCase()
    .split(/[^a-z-]+/)
    .some((w) => SUB_UNIT_WORDS.has(w));
}

/**
 * Reads whether a clause says that `partner` itself leads something, and which work package if
 * any. `subjectOk` says the sentence's own subject is the partner (for a clause that goes on
 * from it: "…, leads the implementation … in WP5"). `project` matches the consortium's name.
 */
export function readLead(
  clause: Clause,
  partner: number,
  subjectOk: boolean,
  mentions: MentionFinder,
  project: ProjectTest,
): LeadReading {
  const text = clause.text;
  const asLeader = AS_LEADER.exec(text);
  const verb = asLeader ? null : LEAD_VERB.exec(text);
  if (!asLeader && !verb) return NONE;
  const at = verb?.index ?? 0;
  // "They lead …": the subject is part of the match.
  const before = /^(?:they|we)\b/i.test(verb?.[0] ?? '') ? 'they' : text.slice(0, at);
  const own = asLeader
    ? isOwnSubject(
        text.slice(text.indexOf(',') + 1).split(/\s(?:is|are|will|has)\b/)[0] ?? '',
        partner,
        mentions,
        project,
      )
    : isOwnSubject(before, partner, mentions, project) && (before.trim() !== '' || subjectOk);
  if (!own) return NONE;
  const end = asLeader ? asLeader[0].length : at + (verb?.[0].length ?? 0);
  const after = text.slice(end);
  const said = (asLeader?.[0] ?? verb?.[0] ?? '').toLowerCase();
  const coordinator =
    /coordinator/.test(said) && !/\bof\s+(?:WP|work)/i.test(after.slice(0, 20))
      ? true
      : /^coordinates\b/.test(said) &&
        (/^\s*the\s+(?:project|consortium)\b/i.test(after) || project(after.slice(0, 40)));
  // "is the WP2 leader": the work package is inside the words that say leading.
  const inside = clause.mentions.find((m) => m.start >= at && m.end <= end);
  const wp = inside ?? clause.mentions.find((m) => m.start >= end);
  if (!wp) return { lead: true, coordinator, leads: null };
  const between = inside ? '' : text.slice(end, wp.start);
  const direct = /^\s*(?:of\s+)?(?:the\s+)?$/i.test(between);
  if (!direct) {
    // "leads the implementation … in WP5": perhaps the work package, perhaps a part of it.
    const part = clause.mentions.length > 1 || wp.ids.length > 1 || leadsPart(between);
    return { lead: true, coordinator, leads: part ? null : { ids: wp.ids, certain: false } };
  }
  // "is the leader of WP1 (Management) and WP5 (Field trials)": every one the verb takes.
  const ids = [...wp.ids];
  let last = wp;
  for (const next of clause.mentions) {
    if (next.start < last.end) continue;
    if (!LED_TOGETHER.test(squashSpaces(text.slice(last.end, next.start)))) break;
    ids.push(...next.ids);
    last = next;
  }
  return { lead: true, coordinator, leads: { ids: [...new Set(ids)], certain: true } };
}
