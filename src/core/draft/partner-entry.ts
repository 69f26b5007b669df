import type { CountryFinder } from './countries.js';
import { squashSpaces, trimChars } from './trim.js';

/** An organisation as a heading, a list line or a table row names it. */
export interface PartnerEntry {
  /** Its name as written there ("UNIVERSITAT DE BARCELONA"). */
  name: string;
  acronym: string | null;
  country: string | null;
  city: string | null;
  /** The line as written, the source of a city named in it. */
  raw: string;
  coordinator: boolean;
  /** "3rd Party of BBMRI: …": the parent as written, and the relation. */
  parent: { ref: string; relation: string } | null;
  /** What a "Type" column or field says, if any. */
  type: string | null;
  /** Prose after the entry in the same list item: "1. Name (ACR), Norway. It builds …". */
  rest: string | null;
}

const PARTNER_NUMBER =
  /^(?:partner|participant|beneficiary|member|organi[sz]ation)\s?(?:no\.?\s?)?\d{1,3}\s?[:.)–—-]\s?/i;
const NUMBERING =
  /^(?:(?:partner|participant|beneficiary|member|organi[sz]ation)\s*(?:no\.?\s*)?\d{1,3}|p\d{1,3}|\d{1,3})\s*[:.)–—-]\s*/i;
/** "3rd Party of BBMRI: ", read in a line whose spaces are single. */
const PARENT =
  /\b((?:linked )?(?:3rd|third)[ -]part(?:y|ies)|affiliated entity|associated partner) (?:of|to) /i;
const COORDINATOR_BRACKET =
  /\((?:project )?(?:coordinator|coordinating partner|lead partner|lead beneficiary)\)/gi;
/** Longest line read as an organisation's heading or list entry, in characters. */
const MAX_ENTRY_LENGTH = 400;
const COORDINATOR_AFTER =
  /^\(?(?:project )?(?:coordinator|coordinating partner|lead partner)\)?\.?$/i;
const CITY_WORD = /^\p{Lu}[\p{L}.'-]*$/u;
const ACRONYM = /^[\p{L}\d][\p{L}\d&/.+'-]{0,19}$/u;
/** Words that make a phrase a sentence rather than a name. */
const SENTENCE_WORDS =
  /\b(?:is|are|was|were|has|have|had|will|would|can|leads|coordinates|manages|provides|contributes|participates|develops|aims|brings|offers|includes|consists)\b/i;
const SEPARATOR = /^[\s,;:|/–—-]+/;

function isAcronym(text: string, finder: CountryFinder): boolean {
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  return (
    ACRONYM.test(text) &&
    capitals >= 2 &&
    !/^WP\d/i.test(text) &&
    finder.names(text, { codes: false }).length === 0
  );
}

/**
 * The name in a numbered heading that gives no acronym or country: "Participant no. 1:
 * Technische Universiteit Delft", "Partner 4 – Deltares". Null for any other line.
 */
export function numberedName(text: string): string | null {
  const line = squashSpaces(text.replace(/\*\*|__/g, ''));
  const numbered = PARTNER_NUMBER.exec(line);
  if (!numbered) return null;
  const name = trimChars(line.slice(numbered[0].length), ',:;–—-');
  return isNameLike(name, true) ? name : null;
}

/**
 * Whether a phrase reads as an organisation's name: short, no verb, no sentence end ("e.V." is
 * none), and, unless an acronym vouches for it, mostly capitalised ("Norges
 * teknisk-naturvitenskapelige universitet (NTNU)" has one capital).
 */
export function isNameLike(name: string, vouched = false): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 16 || !/^["“]?[\p{Lu}\d]/u.test(name)) return false;
  if (SENTENCE_WORDS.test(name) || /[!?]$|\s\p{Ll}{2,}\.$/u.test(name)) return false;
  if (vouched) return true;
  const content = words.filter((w) => w.length > 3);
  const capitalised = content.filter((w) => /^["“(]?[\p{Lu}\d]/u.test(w));
  return content.length === 0 || capitalised.length * 2 >= content.length;
}

/** Country and city in what follows a name: ", Trondheim, Norway" or " – Spain". */
function placeIn(
  tail: string,
  finder: CountryFinder,
): { country: string; city: string | null; end: number } | null {
  const found = finder.names(tail, { codes: true })[0];
  if (!found) return null;
  const before = trimChars(tail.slice(0, found.start), ',;:|/–—-');
  const words = before === '' ? [] : before.split(' ');
  if (words.length > 3 || !words.every((w) => CITY_WORD.test(w))) return null;
  return { country: found.country, city: before === '' ? null : before, end: found.end };
}

/**
 * Reads a heading, list line or list item as an organisation: "UNIVERSITAT DE BARCELONA (UB),
 * Spain", "Partner 3 – Universidade do Algarve (UAlg), Faro, Portugal", "LYNKEUS, Italy",
 * "3rd Party of BBMRI: … (TMF)". Null when it is no such line: a sentence, a title.
 */
export function parsePartnerEntry(
  text: string,
  raw: string,
  finder: CountryFinder,
): PartnerEntry | null {
  // A heading or list line is short; a long line is prose, and is not searched for countries.
  if (text.length > MAX_ENTRY_LENGTH) return null;
  let line = squashSpaces(text.replace(/\*\*|__/g, ''))
    .replace(SEPARATOR, '')
    .replace(NUMBERING, '');
  const unmarked = line.replace(COORDINATOR_BRACKET, '');
  const coordinator = unmarked !== line;
  line = squashSpaces(unmarked);
  let parent: PartnerEntry['parent'] = null;
  const parentMatch = PARENT.exec(line);
  // "3rd Party of BBMRI: Technologie- und …": the parent as written, then the organisation.
  const parentAndName = parentMatch ? line.slice(parentMatch.index + parentMatch[0].length) : '';
  const ref = /^[^\s:–—,()]+/.exec(parentAndName)?.[0];
  const named = ref === undefined ? '' : parentAndName.slice(ref.length);
  if (parentMatch?.[1] && ref !== undefined && /^ ?[:–—-]/.test(named)) {
    const relation = parentMatch[1].toLowerCase().replace(/^3rd/, 'third').replace(/-/g, ' ');
    parent = { ref, relation: relation.replace(/parties$/, 'party') };
    line = trimChars(named, ':–—-', 'start');
  }
  let acronym: string | null = null;
  let name = line;
  let tail = '';
  for (const bracket of line.matchAll(/\(([^()]*)\)/g)) {
    const [first = '', ...more] = (bracket[1] ?? '').split(',').map((part) => part.trim());
    if (!isAcronym(first, finder)) continue;
    acronym = first;
    name = line.slice(0, bracket.index).trim();
    tail = `${more.length > 0 ? `, ${more.join(', ')}` : ''}${line.slice(bracket.index + bracket[0].length)}`;
    break;
  }
  let place: ReturnType<typeof placeIn> = null;
  if (acronym === null) {
    // No acronym: the name must end at a country: "UNIVERSITEIT MAASTRICHT, Netherlands".
    const cut = /,|\s[–—-]\s|\|/g;
    // The separator nearest the country first: in "CENTER – CENTRO NACIONAL, Spain" the name
    // runs up to the comma; "CENTRO NACIONAL" is no city.
    for (const m of [...line.matchAll(cut)].reverse()) {
      place = placeIn(line.slice(m.index), finder);
      if (
        place &&
        line
          .slice(m.index + place.end)
          .trim()
          .replace(/[.;]$/, '') === ''
      ) {
        name = line.slice(0, m.index);
        tail = line.slice(m.index);
        break;
      }
      place = null;
    }
    if (place === null) return null;
  } else place = placeIn(tail, finder);
  name = trimChars(name, ',:;–—-', 'end');
  if (!isNameLike(name, acronym !== null)) return null;
  const after = place ? tail.slice(place.end) : tail;
  let rest = trimChars(after, '.,;:–—-', 'start');
  // "…, the Netherlands – coordinator": a role word after the place, not prose.
  const marked = COORDINATOR_AFTER.test(rest);
  if (marked) rest = '';
  // What follows a name must be its place or nothing, unless prose follows a full stop or colon.
  if (rest !== '' && !/^\s?[.:–—-]/.test(after)) return null;
  return {
    name,
    acronym,
    country: place?.country ?? null,
    city: place?.city ?? null,
    raw,
    coordinator: coordinator || marked,
    parent,
    type: null,
    rest: rest === '' ? null : rest,
  };
}
