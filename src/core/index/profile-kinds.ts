import { KIND_WORDS, STATED_KIND_WORDS } from '../lexicon/kinds.js';
import type { Partner, PartnerKind } from '../schema/dataset.js';
import { tokenize } from '../text/normalise.js';

/**
 * How many words open a profile's description of what the partner is: "A non-profit foundation
 * created as …", "A member-based non-profit organisation bringing …". Past them the profile
 * speaks of other things ("… the university hospital has 39 departments").
 */
const OPENING_WORDS = 6;

/**
 * Prepositions and relative words that end the noun phrase saying what the partner is: "A
 * non-profit cooperative of fishing companies" is a cooperative, not a company; "A foundation
 * that funds hospitals" is not a hospital. English grammar: a noun phrase's head comes before
 * its prepositional or relative complement.
 */
const PHRASE_ENDS = new Set([
  'of',
  'for',
  'in',
  'on',
  'at',
  'with',
  'from',
  'by',
  'to',
  'that',
  'which',
  'who',
  'whose',
  'where',
]);

/** A kind a partner's profile states beside its own `kind`, with the words that state it. */
export interface StatedKind {
  kind: PartnerKind;
  /** The profile's opening as written, the evidence: "A non-profit foundation created as …". */
  quote: string;
}

/** Most words an answer quotes of the profile's opening, as the evidence for a kind. */
const QUOTED_WORDS = 10;

// Folded, not stemmed: "institution" is not the kind word "institute".
const KIND_PHRASES = (Object.entries(KIND_WORDS) as [PartnerKind, readonly string[]][]).flatMap(
  ([kind, words]) => words.map((w) => ({ kind, words: tokenize(w).map((t) => t.norm) })),
);

/** The profile's opening up to its first comma or semicolon, cut at QUOTED_WORDS words. */
function openingQuote(profile: string): string {
  const clause = profile.split(/[,;]/)[0] ?? '';
  const words = clause.trim().split(/\s+/);
  return words.length > QUOTED_WORDS
    ? `${words.slice(0, QUOTED_WORDS).join(' ')} …`
    : clause.trim();
}

/**
 * The kinds a partner's profile states in its opening, when the profile opens as a description
 * ("A …", "An …"): CRG's "A non-profit foundation" makes it a non-profit as well as the research
 * centre its `kind` says. A profile that opens with a name ("Erasmus MC, University Medical
 * Center …") states no kind: its words name the partner, not what it is.
 */
export function statedKinds(partner: Partner): StatedKind[] {
  const words = partner.profile.split(/\s+/).slice(0, OPENING_WORDS);
  if (!/^an?$/i.test(words[0] ?? '')) return [];
  const all = tokenize(words.join(' ')).map((t) => t.norm);
  const end = all.findIndex((w) => PHRASE_ENDS.has(w));
  const opening = end < 0 ? all : all.slice(0, end);
  const found: StatedKind[] = [];
  for (const { kind, words: phrase } of KIND_PHRASES) {
    if (kind === partner.kind || found.some((s) => s.kind === kind) || phrase.length === 0)
      continue;
    if (opening.some((_, i) => phrase.every((w, k) => opening[i + k] === w)))
      found.push({ kind, quote: openingQuote(partner.profile) });
  }
  return found;
}

/** Partners by kind, in dataset order: each under its own kind and the kinds its profile states. */
export function groupByKind(
  partners: readonly Partner[],
  stated: ReadonlyMap<string, readonly StatedKind[]>,
): Map<PartnerKind, string[]> {
  const groups = new Map<PartnerKind, string[]>();
  for (const partner of partners)
    for (const kind of [partner.kind, ...(stated.get(partner.id) ?? []).map((s) => s.kind)]) {
      const group = groups.get(kind);
      if (group === undefined) groups.set(kind, [partner.id]);
      else group.push(partner.id);
    }
  return groups;
}

/** Whether a partner is of one of these kinds, by its own kind or one its profile states. */
export function isOfKind(
  stated: ReadonlyMap<string, readonly StatedKind[]>,
  partner: Partner,
  kinds: readonly PartnerKind[],
): boolean {
  return (
    kinds.includes(partner.kind) ||
    (stated.get(partner.id) ?? []).some((s) => kinds.includes(s.kind))
  );
}

/** Letters only, a final "s" dropped: "start-ups", "startup" and "Start up" compare equal. */
export function narrowerKindKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/s$/, '');
}

const NARROWER_KEYS = [...new Set(STATED_KIND_WORDS.map(narrowerKindKey))];

/**
 * The narrower kind words (STATED_KIND_WORDS) a partner's profile states anywhere, as
 * narrowerKindKey keys: ONCO's "imaging start-up company" states "startup".
 */
export function statedNarrowerKinds(partner: Partner): ReadonlySet<string> {
  const letters = partner.profile.toLowerCase().replace(/[^a-z]/g, '');
  return new Set(NARROWER_KEYS.filter((key) => letters.includes(key)));
}
