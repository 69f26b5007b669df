import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { readWorld } from '../lexicon/world.js';
import type { Partner } from '../schema/dataset.js';
import { canonicalWord } from '../text/normalise.js';

/**
 * The dataset's own things that example sentences name: help text, suggestions, usage hints and
 * the app manifests are built from these, so no consortium's names are written into the code.
 * Each is undefined when the dataset has none, and the sentence that needs it is left out.
 */
export interface ExampleSubjects {
  /** The first work package with a named leader: "Who leads WP1?". */
  ledWorkPackage: string | undefined;
  /** The work package with the most partners: "Spanish partners in WP2". */
  busyWorkPackage: string | undefined;
  /** The rarest one-word keyword of a role that leads a work package: "Who handles GDPR?". */
  topic: string | undefined;
  /** The coordinator: "What does UB do?". */
  coordinator: Partner | undefined;
  /** The gazetteer name of the country with the most partners: "Which partners are in Spain?". */
  country: string | undefined;
  /** Its English adjective ("Spanish"), where the gazetteer has one. */
  countryAdjective: string | undefined;
}

/** Shortest keyword worth an example: shorter ones are mostly abbreviations ("AI", "MRI"). */
const MIN_TOPIC_LENGTH = 5;

function mostSpecificLeadKeyword(index: KnowledgeIndex): string | undefined {
  let best: string | undefined;
  let bestRarity = 0;
  for (const partner of index.dataset.partners) {
    for (const role of partner.roles) {
      if (!role.lead || role.wp === null) continue;
      for (const k of role.keywords) {
        if (k.includes(' ') || k.length < MIN_TOPIC_LENGTH) continue;
        const rarity = index.idf.get(index.concepts.conceptOf(canonicalWord(k))) ?? 0;
        if (best === undefined || rarity > bestRarity) {
          best = k;
          bestRarity = rarity;
        }
      }
    }
  }
  return best;
}

function largest<K>(groups: ReadonlyMap<K, readonly string[]>): K | undefined {
  let best: K | undefined;
  let size = 0;
  for (const [key, members] of groups)
    if (members.length > size) {
      best = key;
      size = members.length;
    }
  return best;
}

function findSubjects(index: KnowledgeIndex): ExampleSubjects {
  const { dataset } = index;
  const country = largest(index.partnersByCountry);
  const entry = readWorld().gazetteer.find((c) => c.name === country);
  return {
    ledWorkPackage: dataset.workPackages.find((wp) => wp.leader !== null)?.id,
    busyWorkPackage: largest(index.membersByWorkPackage),
    topic: mostSpecificLeadKeyword(index),
    coordinator: index.partners.get(dataset.consortium.coordinator),
    country,
    countryAdjective: entry?.demonyms[0],
  };
}

// They depend only on the dataset, and finding them reads every role: once per index.
const subjectsOf = new WeakMap<KnowledgeIndex, ExampleSubjects>();

/** The things example sentences name, chosen from the dataset once per index. */
export function exampleSubjects(index: KnowledgeIndex): ExampleSubjects {
  let subjects = subjectsOf.get(index);
  if (subjects === undefined) {
    subjects = findSubjects(index);
    subjectsOf.set(index, subjects);
  }
  return subjects;
}
