/**
 * Nouns that stand in for a topic or for whoever does it without naming either: "the legal
 * side", "the ethics bits", "on the privacy front", "the people who talk to the press".
 * Hand-picked from everyday English usage; WordNet counts them as nouns, so its plain words
 * (common-words.ts) do not include them. Like a plain modifier, one needs no explaining in a
 * question understood without it.
 */
export const VAGUE_NOUNS: readonly string[] = [
  'angle',
  'bits',
  'front',
  'matter',
  'matters',
  'ones',
  'people',
  'side',
  'sides',
  // Hedges, like "kind" (a function word): "a sort of ID document", "charity-type outfits".
  'sort',
  'type',
  'subject',
  'subjects',
  'topic',
  'topics',
  // Chat's stand-ins for a thing one does not name exactly: "the cost benefit tool thingy"
  // (issue #11, chat-noise family of fresh set 5; Merriam-Webster, "thingamajig", "whatsit").
  'thingy',
  'thingies',
  'thingie',
  'thingamajig',
  'whatsit',
];
