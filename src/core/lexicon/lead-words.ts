/**
 * How a consortium document says that a partner leads something: a role may have `lead: true`
 * only where its source has one of these with the partner as subject. Written as the document
 * writes them, lower case and word by word; unlike the question cues (CUE_PHRASES.lead, where
 * "boss" helps), they must not claim a lead the text does not state. A document written in other
 * words ("steers", "directs") adds them here.
 */
export const LEAD_PHRASES: readonly string[] = [
  'lead',
  'leads',
  'leading',
  'led',
  'leader',
  'leadership of',
  'coordinate',
  'coordinates',
  'coordinating',
  'coordinated',
  'coordinator',
  'manage',
  'manages',
  'managing',
  'managed',
  'manager of',
  'in charge of',
  'heads',
  'headed',
  'head of',
  'chairs',
  'chaired',
  'chair of',
];

/** The phrases, in a message: "leads, coordinates, manages or is in charge of". */
export const LEAD_PHRASES_SAID = 'leads, coordinates, manages or is in charge of';

/** Forms that are passive before "by": "WP3 is led by EMC" makes EMC the one that leads. */
export const PASSIVE_LEAD_FORMS: ReadonlySet<string> = new Set([
  'led',
  'coordinated',
  'managed',
  'headed',
  'chaired',
]);

/** Words before a lead phrase that take the lead away: "does not lead", "no longer leads". */
export const LEAD_NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'longer', 'nor']);

/** Words before "leading" that make it an adjective: "a leading centre" leads nothing. */
export const ADJECTIVE_MARKERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'most', 'world']);

/**
 * Words that may stand between a subject and its verb: "EMC, which also leads", "UM will
 * jointly lead", "UB is in charge of". Anything else ("UB works with EMC and leads") means the
 * name just before the verb is not its subject.
 */
export const SUBJECT_FILLERS: ReadonlySet<string> = new Set([
  'also',
  'which',
  'who',
  'that',
  'will',
  'shall',
  'would',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'currently',
  'jointly',
  'further',
  'therefore',
  'then',
  'now',
  'both',
  'itself',
  'the',
  'a',
]);

/** Pronouns that stand for the partner a paragraph is about: "It leads WP3", "They manage …". */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they']);
