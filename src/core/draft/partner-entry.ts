import { squashSpaces } from '../text/document-sentences.js';
import { trimChars } from '../text/trim.js';
import type { CountryFinder } from './countries.js';

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
/** "UB – ", "TUD: ": an acronym that starts the line, before the name. */
const LEADING_ACRONYM = /^([\p{L}\d][\p{L}\d&/.+'-]{1,19}) ?[:–—-] /u;
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

/** Where a name without an acronym ends at its place: "UNIVERSITEIT MAASTRICHT, Netherlands". */
function nameBeforePlace(
  line: string,
  finder: CountryFinder,
): { name: string; tail: string; place: NonNullable<ReturnType<typeof placeIn>> } | null {
  const found: { at: number; comma: boolean; place: NonNullable<ReturnType<typeof placeIn>> }[] =
    [];
  for (const m of line.matchAll(/,|\s[–—-]\s|\|/g)) {
    const place = placeIn(line.slice(m.index), finder);
    const after = line
      .slice(m.index + (place?.end ?? 0))
      .trim()
      .replace(/[.;]$/, '');
    if (place && after === '') found.push({ at: m.index, comma: m[0] === ',', place });
  }
  // The separator nearest the country: in "CENTER – CENTRO NACIONAL, Spain" the name runs up to
  // the comma. But "Universitat de Barcelona, Barcelona, Spain" has a city between two commas.
  const [nearest, before] = found.reverse();
  const chosen = nearest?.comma && before?.comma && before.place.city !== null ? before : nearest;
  return chosen
    ? { name: line.slice(0, chosen.at), tail: line.slice(chosen.at), place: chosen.place }
    : null;
}

/** The first bracket that holds an acronym: "(UB)", "(UBO, France)"; the name before, the rest after. */
function bracketAcronym(
  line: string,
  finder: CountryFinder,
): { acronym: string; name: string; tail: string } | null {
  for (const bracket of line.matchAll(/\(([^()]*)\)/g)) {
    const [first = '', ...more] = (bracket[1] ?? '').split(',').map((part) => part.trim());
    if (!isAcronym(first, finder)) continue;
    const after = line.slice(bracket.index + bracket[0].length);
    return {
      acronym: first,
      name: line.slice(0, bracket.index).trim(),
      tail: `${more.length > 0 ? `, ${more.join(', ')}` : ''}${after}`,
    };
  }
  return null;
}

/**
 * Reads a heading, list line or list item as an organisation: "UNIVERSITAT DE BARCELONA (UB),
 * Spain", "Partner 3 – Universidade do Algarve (UAlg), Faro, Portugal", "LYNKEUS, Italy",
 * "UB – Universitat de Barcelona (Spain)", "3rd Party of BBMRI: … (TMF)". Null when it is no such
 * line: a sentence, a title.
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
  // "(Spain)": a country in brackets reads as one after a comma. Not a code: "(UM)" is
  // Maastricht University more often than the United States Minor Outlying Islands.
  line = squashSpaces(
    unmarked.replace(/\s?\(([^()]{2,60})\)/g, (whole, inside: string) => {
      const [country] = finder.names(inside);
      const all = country && country.start === 0 && country.end === inside.trim().length;
      return all ? `, ${country.country}` : whole;
    }),
  );
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
  const bracketed = bracketAcronym(line, finder);
  // "UB – Universitat de Barcelona, Spain": an acronym before the name, if a place follows.
  const leading = bracketed ? null : LEADING_ACRONYM.exec(line);
  const first = leading?.[1] && isAcronym(leading[1], finder) ? leading : null;
  const unbracketed = bracketed
    ? null
    : nameBeforePlace(first ? line.slice(first[0].length) : line, finder);
  if (!bracketed && !unbracketed) return null;
  const acronym = bracketed?.acronym ?? first?.[1] ?? null;
  const tail = bracketed?.tail ?? unbracketed?.tail ?? '';
  const place = unbracketed?.place ?? placeIn(tail, finder);
  const name = trimChars(bracketed?.name ?? unbracketed?.name ?? '', ',:;–—-', 'end');
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
