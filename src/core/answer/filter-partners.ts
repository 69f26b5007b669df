import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { isInPlace, partnersInPlace } from '../index/places.js';
import { isOfKind, narrowerKindKey } from '../index/profile-kinds.js';
import type { Partner } from '../schema/dataset.js';
import type { ParsedQuestion } from '../understand/parsed-question.js';

/**
 * The filters of a question: countries and other places (regions, cities), kinds of
 * organisation, relations, work packages. A partner in any place named passes the place filter.
 */
export type Filters = Pick<ParsedQuestion, 'countries' | 'kinds' | 'relations' | 'workPackages'> &
  Partial<
    Pick<ParsedQuestion, 'places' | 'excluded' | 'everyWorkPackage' | 'kindWords' | 'parents'>
  >;

type Filter = 'countries' | 'kinds' | 'relations' | 'workPackages';
const FILTERS: readonly Filter[] = ['countries', 'kinds', 'relations', 'workPackages'];

/** The index's groups of partners that a filter names: per place, kind, relation or WP. */
function groupsOf(index: KnowledgeIndex, filter: Filter, filters: Filters): readonly string[][] {
  if (filter === 'countries')
    return [
      ...filters.countries.map((name) => index.partnersByCountry.get(name) ?? []),
      ...(filters.places ?? []).flatMap((place) => partnersInPlace(index, place)),
    ];
  const groups: Record<Exclude<Filter, 'countries'>, ReadonlyMap<string, string[]>> = {
    kinds: index.partnersByKind,
    relations: index.partnersByRelation,
    workPackages: index.membersByWorkPackage,
  };
  return filters[filter].map((name) => groups[filter].get(name) ?? []);
}

/** Whether a filter names anything: the place filter holds countries and other places. */
function isSet(filters: Filters, filter: Filter): boolean {
  return (
    filters[filter].length > 0 || (filter === 'countries' && (filters.places?.length ?? 0) > 0)
  );
}

/**
 * Ordinals of the partners that pass the question's place, kind and work-package filters, in
 * dataset order. The index keeps partners grouped by country, kind and work package: the
 * smallest group named is read, and only its partners are checked against the other filters,
 * so a filter over 10,000 partners reads a few hundred of them.
 */
export function filterOrdinals(index: KnowledgeIndex, filters: Filters): number[] {
  let pool: { filter: Filter; groups: readonly string[][]; size: number } | undefined;
  for (const filter of FILTERS) {
    if (!isSet(filters, filter)) continue;
    const groups = groupsOf(index, filter, filters);
    const size = groups.reduce((sum, group) => sum + group.length, 0);
    if (pool === undefined || size < pool.size) pool = { filter, groups, size };
  }
  const { partners } = index.dataset;
  // Marked by ordinal, the group's partners come out once each and in dataset order.
  const marked = new Uint8Array(partners.length).fill(pool === undefined ? 1 : 0);
  for (const group of pool?.groups ?? [])
    for (const id of group) marked[index.partnerOrdinal.get(id) ?? 0] = 1;
  // The pool's own filter holds for all its partners, unless every work package must hold.
  const others =
    pool === undefined || (pool.filter === 'workPackages' && filters.everyWorkPackage)
      ? filters
      : { ...filters, [pool.filter]: [], ...(pool.filter === 'countries' ? { places: [] } : {}) };
  const passed: number[] = [];
  for (let i = 0; i < partners.length; i++) {
    if (marked[i] === 1 && passesFilters(index, partners[i] as Partner, others)) passed.push(i);
  }
  return narrowToStated(index, passed, filters.kindWords ?? []);
}

/**
 * The partners whose profile states a narrower kind word ("start-up"); all of them when none
 * does, since the kind itself still holds (see STATED_KIND_WORDS).
 */
function narrowToStated(index: KnowledgeIndex, passed: number[], words: readonly string[]) {
  if (words.length === 0) return passed;
  const wanted = words.map(narrowerKindKey);
  const stated = passed.filter((i) => {
    const kinds = index.narrowerKinds.get(index.dataset.partners[i]?.id ?? '');
    return wanted.some((w) => kinds?.has(w));
  });
  return stated.length > 0 ? stated : passed;
}

/** Whether a partner is in one of the countries or places named (true when none is). */
function inPlaces(index: KnowledgeIndex, partner: Partner, filters: Filters): boolean {
  const { countries, places = [] } = filters;
  if (countries.length === 0 && places.length === 0) return true;
  return (
    countries.includes(index.countryOfPartner.get(partner.id) ?? '') ||
    places.some((place) => isInPlace(index, partner.id, place))
  );
}

function passesFilters(index: KnowledgeIndex, partner: Partner, filters: Filters): boolean {
  const { kinds, relations, workPackages, excluded, everyWorkPackage } = filters;
  if (!inPlaces(index, partner, filters)) return false;
  if (kinds.length > 0 && !isOfKind(index.statedKinds, partner, kinds)) return false;
  if (relations.length > 0 && !relations.includes(partner.parent?.relation ?? '')) return false;
  const parents = filters.parents ?? [];
  if (parents.length > 0 && !parents.includes(partner.parent?.id ?? '')) return false;
  if (excluded !== undefined && isExcluded(index, partner, excluded)) return false;
  if (workPackages.length === 0) return true;
  const inWp = (wp: string): boolean => partner.roles.some((role) => role.wp === wp);
  return everyWorkPackage ? workPackages.every(inWp) : workPackages.some(inWp);
}

/** Whether the question leaves this partner out: "not in Spain", "outside the EU", "besides TMF". */
function isExcluded(
  index: KnowledgeIndex,
  partner: Partner,
  excluded: ParsedQuestion['excluded'],
): boolean {
  return (
    excluded.partners.includes(partner.id) ||
    isOfKind(index.statedKinds, partner, excluded.kinds) ||
    excluded.countries.includes(index.countryOfPartner.get(partner.id) ?? '') ||
    partner.roles.some((role) => role.wp !== null && excluded.workPackages.includes(role.wp)) ||
    excluded.places.some((place) => isInPlace(index, partner.id, place))
  );
}

/** Partners that pass the question's filters, in dataset order. */
export function filterPartners(index: KnowledgeIndex, filters: Filters): Partner[] {
  return filterOrdinals(index, filters).map((i) => index.dataset.partners[i] as Partner);
}
