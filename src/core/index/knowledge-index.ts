import { buildCountryGazetteer, type CountryEntry } from '../lexicon/countries.js';
import { CUE_PHRASES, type CueKind } from '../lexicon/cues.js';
import { KIND_WORDS } from '../lexicon/kinds.js';
import type { Dataset, Partner, PartnerKind, WorkPackage } from '../schema/dataset.js';
import { canonicalTokens, phraseKey } from '../text/normalise.js';
import { STOPWORDS } from '../text/stopwords.js';
import { type Corrector, createCorrector } from './corrector.js';
import type { Entity, Posting, TopicDoc } from './entities.js';
import { PhraseTable } from './phrase-table.js';
import {
  buildConceptVocabulary,
  type ConceptVocabulary,
  conceptsInText,
  FIELD_WEIGHT,
} from './topic-concepts.js';

/** Everything the answerer needs, precomputed once per dataset. */
export interface KnowledgeIndex {
  dataset: Dataset;
  partners: ReadonlyMap<string, Partner>;
  workPackages: ReadonlyMap<string, WorkPackage>;
  /** Names, countries, kinds, cue words and topics, in one table so the longest phrase wins. */
  entities: PhraseTable<Entity>;
  /** Upper-case country codes ("UK", "USA") to country names. */
  countryCodes: ReadonlyMap<string, string>;
  /** Gazetteer country name → ids of partners there. */
  partnersByCountry: ReadonlyMap<string, string[]>;
  /** Gazetteer country name of each partner. */
  countryOfPartner: ReadonlyMap<string, string>;
  concepts: ConceptVocabulary;
  docs: readonly TopicDoc[];
  postings: ReadonlyMap<string, readonly Posting[]>;
  idf: ReadonlyMap<string, number>;
  /** Concepts that are role keywords, for suggestions. */
  keywordConcepts: readonly string[];
  corrector: Corrector;
  /** Every canonical word the bot knows, stop words included. */
  knownWords: ReadonlySet<string>;
}

const CUE_WORDS = new Set(
  Object.values(CUE_PHRASES).flatMap((phrases) => phrases.flatMap(canonicalTokens)),
);

function isContentWord(token: string): boolean {
  return token.length > 1 && !STOPWORDS.has(token) && !CUE_WORDS.has(token) && !/^\d+$/.test(token);
}

function partnerNameKeys(partner: Partner): string[] {
  const names = [partner.acronym, partner.name, partner.legalName, partner.id, ...partner.aliases];
  const parts = partner.acronym.includes('/') ? partner.acronym.split('/') : [];
  return [...new Set([...names, ...parts].map(phraseKey))].filter((k) => k !== '');
}

function addCountries(
  entities: PhraseTable<Entity>,
  gazetteer: CountryEntry[],
  dataset: Dataset,
): { codes: Map<string, string>; byPartner: Map<string, string> } {
  const nameOfKey = new Map<string, string>();
  const codes = new Map<string, string>();
  for (const country of gazetteer) {
    for (const key of country.phrases) if (!nameOfKey.has(key)) nameOfKey.set(key, country.name);
    for (const code of country.codes) if (!codes.has(code)) codes.set(code, country.name);
  }
  const byPartner = new Map<string, string>();
  for (const partner of dataset.partners) {
    const key = phraseKey(partner.country);
    // A country the gazetteer does not know (a region, say) still works under its own name.
    const name = nameOfKey.get(key) ?? partner.country;
    if (!nameOfKey.has(key)) nameOfKey.set(key, name);
    byPartner.set(partner.id, name);
  }
  for (const [key, name] of nameOfKey) {
    if (!STOPWORDS.has(key)) entities.add(key, { type: 'country', name });
  }
  return { codes, byPartner };
}

function addPartnerNames(entities: PhraseTable<Entity>, dataset: Dataset): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const partner of dataset.partners) {
    for (const key of partnerNameKeys(partner)) {
      entities.add(key, {
        type: 'partner',
        id: partner.id,
        capsOnly: STOPWORDS.has(key),
        strength: 1,
      });
      for (const token of key.split(' ')) {
        const set = owners.get(token) ?? new Set<string>();
        set.add(partner.id);
        owners.set(token, set);
      }
    }
  }
  return new Map([...owners].map(([token, ids]) => [token, [...ids]]));
}

/** Builds the index; cost grows linearly with the dataset. */
export function createKnowledgeIndex(dataset: Dataset): KnowledgeIndex {
  const entities = new PhraseTable<Entity>();
  const { codes, byPartner } = addCountries(entities, buildCountryGazetteer(), dataset);
  for (const [kind, words] of Object.entries(KIND_WORDS) as [PartnerKind, readonly string[]][]) {
    for (const word of words) entities.add(phraseKey(word), { type: 'kind', kind });
  }
  for (const [cue, phrases] of Object.entries(CUE_PHRASES) as [CueKind, readonly string[]][]) {
    for (const phrase of phrases) entities.add(phraseKey(phrase), { type: 'cue', cue });
  }
  const nameTokenOwners = addPartnerNames(entities, dataset);

  const concepts = buildConceptVocabulary(dataset);
  const docs: TopicDoc[] = [];
  const postingLists = new Map<string, Posting[]>();
  const addDoc = (doc: TopicDoc, fields: [string, number][]): void => {
    const index = docs.push(doc) - 1;
    const best = new Map<string, number>();
    for (const [text, weight] of fields) {
      for (const concept of conceptsInText(concepts, text, isContentWord)) {
        best.set(concept, Math.max(best.get(concept) ?? 0, weight));
      }
    }
    for (const [concept, weight] of best) {
      const list = postingLists.get(concept) ?? [];
      list.push({ doc: index, weight });
      postingLists.set(concept, list);
    }
  };
  for (const partner of dataset.partners) {
    partner.roles.forEach((role, roleIndex) => {
      addDoc({ partnerId: partner.id, roleIndex, lead: role.lead, wp: role.wp }, [
        ...role.keywords.map((k): [string, number] => [k, FIELD_WEIGHT.keyword]),
        [role.summary, FIELD_WEIGHT.summary],
        [role.source, FIELD_WEIGHT.source],
      ]);
    });
    addDoc({ partnerId: partner.id, roleIndex: null, lead: false, wp: null }, [
      [partner.profile, FIELD_WEIGHT.profile],
    ]);
  }
  const idf = new Map<string, number>();
  for (const [concept, list] of postingLists) {
    const df = new Set(list.map((p) => docs[p.doc]?.partnerId)).size;
    const n = dataset.partners.length;
    idf.set(concept, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }

  // Topic phrases and words, but only those some document contains; a synonym counts when any
  // term of its group does ("mammography" finds the "MMG" in a source sentence).
  const synonymKeys = dataset.synonyms.flatMap((group) => group.terms.map(phraseKey));
  for (const key of [...concepts.phrases.keys(), ...synonymKeys]) {
    const concept = concepts.conceptOf(key);
    if (postingLists.has(concept)) entities.add(key, { type: 'topic', concept });
  }
  for (const concept of postingLists.keys()) {
    if (concept.startsWith('t:')) {
      const token = concept.slice(2);
      entities.add(token, { type: 'topic', concept: concepts.conceptOf(token) });
    }
  }
  // A word of one partner's names that no role of another partner uses ("erasmus",
  // "siemens") names that partner on its own; generic words ("university") do not.
  for (const [token, ids] of nameTokenOwners) {
    const [id] = ids;
    if (ids.length !== 1 || id === undefined || !isContentWord(token) || token.length < 4) continue;
    const usedElsewhere = (postingLists.get(`t:${token}`) ?? []).some(
      (p) => docs[p.doc]?.partnerId !== id,
    );
    if (usedElsewhere || entities.get(token).some((e) => e.type !== 'topic')) continue;
    entities.add(token, { type: 'partner', id, capsOnly: false, strength: 0.8 });
  }

  const knownWords = new Set<string>(STOPWORDS);
  for (const key of entities.keys()) for (const token of key.split(' ')) knownWords.add(token);
  const keywordConcepts = [...concepts.labels.keys()].filter((c) => postingLists.has(c));

  return {
    dataset,
    partners: new Map(dataset.partners.map((p) => [p.id, p])),
    workPackages: new Map(dataset.workPackages.map((wp) => [wp.id, wp])),
    entities,
    countryCodes: codes,
    partnersByCountry: groupBy(dataset.partners, (p) => byPartner.get(p.id) ?? p.country),
    countryOfPartner: byPartner,
    concepts,
    docs,
    postings: postingLists,
    idf,
    keywordConcepts,
    corrector: createCorrector([...knownWords].filter((w) => !STOPWORDS.has(w))),
    knownWords,
  };
}

function groupBy(
  partners: readonly Partner[],
  keyOf: (p: Partner) => string,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const partner of partners) {
    const key = keyOf(partner);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [partner.id]);
    else group.push(partner.id);
  }
  return groups;
}
