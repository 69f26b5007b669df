/**
 * Words just before a region or city that make it read as a place: "in Europe", "outside the
 * EU", "non-EU", "from Vienna", "based in Pisa". Needed where the name is also a topic or a
 * partner's name word: "European" in "European projects" is a topic, in "partners in Europe" a
 * place.
 */
export const PLACE_BEFORE = [
  'in',
  'inside',
  'within',
  'outside',
  'from',
  'across',
  'throughout',
  'around',
  'near',
  'at',
  'non',
] as const;

/** Words that may stand between a PLACE_BEFORE word and the place: "outside of Europe", "in the EU". */
export const PLACE_FILLERS = ['the', 'of'] as const;

/**
 * Words just after a region or city that make it read as a place: "Liège-based", "European
 * countries". A partner noun ("European partners", "EU universities") does too.
 */
export const PLACE_AFTER = ['based', 'located', 'country', 'countries', 'region'] as const;
