import type { Entity, Place } from '../index/entities.js';
import type { PhraseTable } from '../index/phrase-table.js';
import { PLACE_AFTER, PLACE_BEFORE, PLACE_FILLERS } from '../lexicon/place-words.js';
import { canonicalWord, foldCase, splitWords, type Token } from '../text/normalise.js';
import { STOPWORDS } from '../text/stopwords.js';

const BEFORE: ReadonlySet<string> = new Set(PLACE_BEFORE.map(canonicalWord));
const FILLERS: ReadonlySet<string> = new Set(PLACE_FILLERS.map(canonicalWord));
const AFTER: ReadonlySet<string> = new Set(PLACE_AFTER.map(canonicalWord));

/** Whether an entity is a region or a city. */
export function isPlace(entity: Entity): entity is Place {
  return entity.type === 'region' || entity.type === 'city';
}

/**
 * Whether the words around a span make it a place: a place word before it ("in", "outside
 * the", "non-"), or after it a partner noun or a place word ("European partners", "EU
 * universities", "Liège-based").
 */
function inPlaceContext(
  tokens: readonly Token[],
  canon: readonly string[],
  span: { start: number; length: number },
  entities: PhraseTable<Entity>,
): boolean {
  let before = span.start - 1;
  while (before >= 0 && FILLERS.has(canon[before] ?? '')) before -= 1;
  if (before >= 0 && BEFORE.has(canon[before] ?? '')) return true;
  const after = span.start + span.length;
  if (after >= tokens.length) return false;
  if (AFTER.has(canon[after] ?? '')) return true;
  const next = entities.matchAt(canon, after)?.values ?? [];
  return next.some((e) => e.type === 'kind' || (e.type === 'cue' && e.cue === 'partners'));
}

/**
 * A city name that is also an English word counts in lower case only where it ends its phrase:
 * "anyone in berlin?", but not "in male patients".
 */
function readsAsName(tokens: readonly Token[], span: { start: number; length: number }): boolean {
  const first = tokens[span.start]?.raw ?? '';
  const next = tokens[span.start + span.length];
  return /^\p{Lu}/u.test(first) || next === undefined || STOPWORDS.has(next.canon);
}

/**
 * Whether a span spells a city's name as written, case and accents aside ("Liege", "paris",
 * "washington dc"). The phrase table matches stems, and a stem is not enough for a name: "pary"
 * and "Paris" share "pari". Partner name words are held to their spellings the same way.
 */
function spellsCity(
  name: string,
  tokens: readonly Token[],
  span: { start: number; length: number },
): boolean {
  const written = splitWords(name).map(foldCase);
  // "D.C." is typed "DC" too.
  const initials = written.filter((w) => w.length === 1).join('');
  const typed = tokens.slice(span.start, span.start + span.length).map((t) => t.norm);
  return typed.every((word) => written.includes(word) || (word.length > 1 && word === initials));
}

/**
 * The readings of a span once its places are weighed. A region or a dataset city that nothing
 * else claims is a place anywhere ("Scandinavian partners", "Kaunas?"). One that shares its
 * words with a topic or a partner's name ("European", "Maastricht") is a place only in a place
 * context, and then the place takes the words; elsewhere the other readings stay ("European
 * projects", "tell me about Maastricht"). A capital no partner is in needs a place context
 * always, so a stray word is never taken for a city, and a city counts only as its name is
 * spelled (or a typo of it was fixed).
 */
export function weighPlaces(
  values: readonly Entity[],
  tokens: readonly Token[],
  canon: readonly string[],
  span: { start: number; length: number },
  entities: PhraseTable<Entity>,
  /** A typo was fixed in the span: "baldric" read as "baltic" needs a place word to be one. */
  corrected = false,
): readonly Entity[] {
  if (!values.some(isPlace)) return values;
  const others = values.filter((e) => !isPlace(e));
  const context = inPlaceContext(tokens, canon, span, entities);
  if (corrected && !context) return others;
  const places = values.filter(isPlace).filter((place) => {
    if (place.type === 'city' && !corrected && !spellsCity(place.name, tokens, span)) return false;
    if (place.type === 'city' && place.commonWord && !readsAsName(tokens, span)) return false;
    if (place.type === 'city' && place.capital) return context;
    return context || others.length === 0;
  });
  return places.length > 0 ? places : others;
}

/** A place named by a question, countries included, for telling whether one holds another. */
type Named = { type: 'country'; name: string } | Place;

function holds(outer: Named, inner: Named): boolean {
  if (outer.type === 'city') return false;
  const within = outer.type === 'country' ? [outer.name] : outer.countries;
  if (inner.type === 'country') return outer.type === 'region' && within.includes(inner.name);
  if (inner.type === 'city') return inner.country !== undefined && within.includes(inner.country);
  return (
    outer.type === 'region' &&
    inner.countries.length < within.length &&
    inner.countries.every((c) => within.includes(c))
  );
}

/**
 * The places a question names, less any that holds another one named: "Barcelona, Spain" asks
 * about Barcelona and "Spanish partners in the EU" about Spain, while "Spain or the Baltics"
 * keeps both.
 */
export function narrowPlaces(
  countries: readonly string[],
  places: readonly Place[],
): { countries: string[]; places: Place[] } {
  const named: Named[] = [
    ...countries.map((name) => ({ type: 'country', name }) as const),
    ...places,
  ];
  const kept = named.filter(
    (outer) => !named.some((inner) => inner !== outer && holds(outer, inner)),
  );
  return {
    countries: kept.flatMap((n) => (n.type === 'country' ? [n.name] : [])),
    places: kept.filter(isPlace),
  };
}
