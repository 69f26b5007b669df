import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { placeLabel } from '../index/places.js';
import type { Partner } from '../schema/dataset.js';
import type { ParsedQuestion } from '../understand/parsed-question.js';
import { filterPartners } from './filter-partners.js';
import { countryName, joinWords, plural } from './parts.js';

/** "Spain or the Baltics": the countries and other places a question names, as they read after "in". */
export function placeWords(places: Pick<ParsedQuestion, 'countries' | 'places'>): string {
  return joinWords([...places.countries.map(countryName), ...places.places.map(placeLabel)], 'or');
}

/**
 * "**UB** is in Barcelona: “UNIVERSITAT DE BARCELONA (UB), Spain”": a partner's city with the
 * line of the source that names it; undefined for a partner whose city the source does not give.
 */
export function cityEvidence(partner: Partner): string | undefined {
  const { city } = partner;
  if (!city) return undefined;
  const written = city.asWritten ? ` (“${city.asWritten}” in the source)` : '';
  return `**${partner.acronym}** is in ${city.name}${written}: “${city.source}”`;
}

/** Cities among the places a question names. */
function citiesNamed(parsed: Pick<ParsedQuestion, 'places'>): string[] {
  return parsed.places.flatMap((p) => (p.type === 'city' ? [p.name] : []));
}

/**
 * Notes for an answer about cities: where the source names the city of each partner shown, and
 * which partners in the same countries it gives no city for ("CRG and UPV/EHU"), since a city
 * answer can only be as complete as the document.
 */
export function cityNotes(
  index: KnowledgeIndex,
  parsed: ParsedQuestion,
  shown: readonly Partner[],
): string[] {
  const cities = citiesNamed(parsed);
  if (cities.length === 0) return [];
  const evidence = shown
    .filter((p) => cities.includes(index.cityOfPartner.get(p.id) ?? ''))
    .flatMap((p) => cityEvidence(p) ?? []);
  const countries = [
    ...new Set(parsed.places.flatMap((p) => (p.type === 'city' && p.country ? [p.country] : []))),
  ];
  const unplaced = filterPartners(index, {
    ...parsed,
    countries,
    places: [],
  }).filter((p) => !index.cityOfPartner.has(p.id));
  if (unplaced.length === 0) return evidence;
  return [
    ...evidence,
    `The source document names no city for ${joinWords(unplaced.map((p) => p.acronym))}, also in ${joinWords(countries.map(countryName), 'or')}.`,
  ];
}

/** "(The source document names the city of 11 of the 21 partners.)" */
export function citiesKnownNote(index: KnowledgeIndex): string {
  return `(The source document names the city of ${index.cityOfPartner.size} of the ${plural(index.dataset.partners.length, 'partner')}.)`;
}

/**
 * Whose definition a region's countries follow, where no membership is official: "The
 * Mediterranean countries here are those of Encyclopaedia Britannica, …".
 */
export function regionDefinitionNotes(
  parsed: Pick<ParsedQuestion, 'places' | 'excluded'>,
): string[] {
  return [...parsed.places, ...parsed.excluded.places].flatMap((place) =>
    place.type === 'region' && place.definedBy !== undefined
      ? [`${capitalise(place.label)} as defined by ${place.definedBy}.`]
      : [],
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Where a region has a strict and a wider reading ("Eastern Europe": UN M49's, and the Central
 * and Eastern Europe that counts the Baltic states), which partners each reading holds.
 */
export function regionReadingNotes(index: KnowledgeIndex, parsed: ParsedQuestion): string[] {
  return parsed.places.flatMap((place) => {
    if (place.type !== 'region' || place.strictly === undefined) return [];
    const { countries, source, widerLabel, widerSource } = place.strictly;
    const inRegion = filterPartners(index, { ...parsed, countries: [], places: [place] });
    const strict = inRegion.filter((p) =>
      countries.includes(index.countryOfPartner.get(p.id) ?? ''),
    );
    const widerOnly = inRegion.filter((p) => !strict.includes(p));
    if (widerOnly.length === 0) return [];
    const named = (ps: readonly Partner[]) =>
      ps.length === 0
        ? 'none'
        : joinWords(
            ps.map(
              (p) => `${p.acronym} (${countryName(index.countryOfPartner.get(p.id) ?? p.country)})`,
            ),
          );
    return [
      `${place.label} has two readings. As ${source.split(' (')[0]} draws it: ${named(strict)}. As ${widerLabel} (${widerSource}), which counts the Baltic states and more, also: ${named(widerOnly)}.`,
    ];
  });
}

/**
 * How partners come to be in a region inside a country, which the document never names: by
 * their own name ("Universidad del Pais Vasco") or by their city; and which partners of that
 * country it gives no city for, since they may be there too.
 */
export function subnationalNotes(
  index: KnowledgeIndex,
  parsed: ParsedQuestion,
  shown: readonly Partner[],
): string[] {
  return parsed.places.flatMap((place) => {
    if (place.type !== 'region' || place.members === undefined) return [];
    const members = shown.filter((p) => place.members?.includes(p.id));
    const byCity = members.filter((p) => index.cityOfPartner.has(p.id));
    const byName = members.filter((p) => !byCity.includes(p));
    const notes = byName.map(
      (p) => `${p.acronym} is in ${place.label} by its name, “${p.legalName}”.`,
    );
    const cities = [...new Set(byCity.map((p) => index.cityOfPartner.get(p.id) ?? ''))];
    if (byCity.length > 0)
      notes.push(
        `${joinWords(byCity.map((p) => p.acronym))} ${byCity.length === 1 ? 'is' : 'are'} in ${place.label} by ${byCity.length === 1 ? 'its' : 'their'} city, ${joinWords(cities)}.`,
      );
    const unplaced = filterPartners(index, {
      ...parsed,
      places: [],
      countries: [...place.countries],
    }).filter((p) => !index.cityOfPartner.has(p.id) && !members.includes(p));
    if (unplaced.length > 0)
      notes.push(
        `The source document names no city for ${joinWords(unplaced.map((p) => p.acronym))}, also in ${joinWords(place.countries.map(countryName), 'or')}.`,
      );
    return notes;
  });
}
