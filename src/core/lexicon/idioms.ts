/**
 * Phrasal verbs and idioms that carry no subject of their own, from general English usage (the
 * common phrasal verbs of learner's dictionaries), not from any question. In "who figures out
 * the legal side" the subject is "the legal side"; "out" is no topic and "figures" no unknown
 * noun. Each is written with the verb's base form; inflections fold ("figures", "sorted").
 */
export const PHRASAL_VERBS: readonly string[] = [
  'figure out',
  'work out',
  'sort out',
  'hash out',
  'find out',
  'carry out',
  'map out',
  'spell out',
  'iron out',
  'weed out',
  'point out',
  'reach out',
  'roll out',
  'lay out',
  'set up',
  'draw up',
  'follow up',
  'keep up',
  'come up',
  'end up',
  'put together',
  'pull together',
  'look after',
  'look into',
  'look over',
  'go over',
  'go through',
  'run through',
  'think through',
  'check out',
  'sign off',
  'take on',
  'take over',
  'fill in',
];

/**
 * Idioms of manner or degree ("knows the rulebook inside out"): they say how well or how much,
 * never what about, so their words explain nothing the question asks.
 */
export const MANNER_IDIOMS: readonly string[] = [
  'inside out',
  'in and out',
  'back to front',
  'through and through',
  'by heart',
  'off by heart',
  'from scratch',
  'from the ground up',
  'end to end',
  'top to bottom',
  'from a to z',
  'in a nutshell',
  'in plain english',
  'in plain words',
  'at the end of the day',
  'behind the scenes',
];

/**
 * Modifiers of extent: "the whole system", "the entire project", "the big picture". Before a
 * topic they do not make it another subject, as "financial" makes "financial reporting" one.
 */
export const EXTENT_MODIFIERS: ReadonlySet<string> = new Set([
  'whole',
  'entire',
  'overall',
  'full',
  'complete',
  'total',
  'general',
  'main',
  'big',
  'large',
]);
