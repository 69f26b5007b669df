/**
 * Words `eucanbot draft` reads a consortium description by. Verbs are base forms; their other
 * forms are made in draft/verbs.ts.
 */

/** Verbs that say what a partner does, which start a new clause after "," or "and". */
export const ROLE_VERBS: readonly string[] = `lead coordinate manage contribute participate provide
bring implement develop offer collaborate support host enable customise customize build deliver
design conduct perform carry create define evaluate validate ensure organise organize run operate
test report take give supply apply analyse analyze assess investigate integrate deploy establish
produce prepare maintain collect curate annotate populate synthesise synthesize scale help focus
engage assist advise train disseminate communicate promote explore monitor review identify involve
chair oversee extend adapt leverage facilitate explain tailor simulate calibrate characterise
characterize fabricate manufacture install publish represent coordinate`
  .split(/\s+/)
  .filter(Boolean);

/** Auxiliaries and copulas that start a predicate: "and is in charge of", ", will lead". */
export const AUXILIARIES: readonly string[] = ['is', 'are', 'has', 'have', 'will', 'shall', 'can'];

/** Adverbs between a subject and its verb ("UB also leads"), dropped when reading either. */
export const SUBJECT_ADVERBS: ReadonlySet<string> = new Set(
  `also further mainly jointly currently additionally now then therefore thus particularly
  specifically especially moreover furthermore finally importantly specially actively directly
  primarily notably likewise together`.split(/\s+/),
);

/** Words that stand for the partner a section is about: "It leads …", "The team develops …". */
export const PARTNER_PRONOUNS: ReadonlySet<string> = new Set(
  `it they we he she its their our this the team group department lab laboratory unit partner
  centre center institute university company organisation organization consortium division
  chair society foundation hospital researchers research working members`.split(/\s+/),
);

/**
 * Parts of a work package rather than the whole: "leads exploitation tasks in WP7" or "manages
 * the dissemination activities (WP7)" makes no one the leader of WP7.
 */
export const SUB_UNIT_WORDS: ReadonlySet<string> = new Set(
  `task tasks subtask subtasks group groups activity activities team teams committee board
  board workshop workshops part parts aspects component components case cases pilot pilots
  deliverable deliverables milestone milestones study studies module modules action actions
  survey surveys plan plans`.split(/\s+/),
);

/** Labels that say a paragraph tells what the partner does in the project. */
export const ROLE_LABELS =
  /^(?:(?:main\s+)?roles?|(?:main\s+)?tasks?|contributions?|responsibilit(?:y|ies)|involvement|activities)\b(?:\s+(?:in|within|for|of)\s+(?:the\s+)?(?:project|consortium|action|\S+))?$/i;

/** Labels of the other parts of a partner's description. */
export const OTHER_LABELS =
  /^(?:(?:short\s+)?description|profile|about(?:\s+us)?|(?:the\s+)?organi[sz]ation|expertise|key (?:staff|personnel|persons?)|staff|personnel|relevant (?:projects|publications|experience|infrastructure)|(?:available\s+)?infrastructure|background|previous projects|website|contact)(?:\s+(?:and|&)\s+\S+)?$/i;

/** Field lines that describe a partner: "Country: Italy". */
export const PARTNER_FIELDS = new Map<string, 'country' | 'city' | 'acronym' | 'type'>([
  ['country', 'country'],
  ['city', 'city'],
  ['location', 'city'],
  ['town', 'city'],
  ['acronym', 'acronym'],
  ['short name', 'acronym'],
  ['type', 'type'],
  ['organisation type', 'type'],
  ['organization type', 'type'],
  ['kind', 'type'],
]);

/** Function words and generic words that are no topic of a role. */
export const NOT_KEYWORDS: ReadonlySet<string> = new Set(
  `a an the of in on for to with and or by from as at into onto its their his her our this that
  these those which who whom whose it they we also such other others all any each both well
  including include includes particular particularly especially mainly further more most than
  very between within through towards toward among amongst across over under based related
  regarding concerning via per eg ie etc will would can could may might should shall must is are
  was were be been being has have had do does did not no new different relevant several many
  number one two three four five order part way use used using project projects partner partners
  consortium work package packages wp wps task tasks activities activity whole overall addition
  experience expertise role roles level levels field fields area areas aim aims purpose together
  same main key large high good best further furthermore finally moreover then there here them
  what when where how why while during before after up out about above below first second third
  so if but yet only just still even ever specially importantly consequence through`.split(/\s+/),
);
