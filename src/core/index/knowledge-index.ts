import type { CountryEntry } from '../lexicon/countries.js';
import { CUE_PHRASES, type CueKind } from '../lexicon/cues.js';
import { type EnglishLexicon, NO_ENGLISH } from '../lexicon/english-lexicon.js';
import { QUESTION_WORDS } from '../lexicon/question-words.js';
import { readWorld } from '../lexicon/world.js';
import type { Dataset, Partner, PartnerKind, WorkPackage } from '../schema/dataset.js';
import type { VocabularyEntry } from '../schema/vocabulary.js';
import { foldCase, phraseKey, splitWords } from '../text/normalise.js';
import { STOPWORDS } from '../text/stopwords.js';
import { buildPostings } from './build-postings.js';
import { type Corrector, createCorrector, createLazyCorrector } from './corrector.js';
import type { Entity, PostingList, TopicDoc } from './entities.js';
import { buildEverydayWords, type EverydayWords } from './everyday-words.js';
import { findGenericConcepts } from './generic-concepts.js';
import { buildGroupings, type GroupingIndex } from './groupings.js';
import { declaredTopics, kindWordsOf } from './kind-words.js';
import {
  isContentWord,
  knownWordsOf,
  type SurfaceVocabulary,
  surfaceVocabulary,
} from './known-words.js';
import { groupBy, groupMembers, layOutDocs } from './partner-groups.js';
import { addNameWords, addPartnerNames } from './partner-names.js';
import { PhraseTable } from './phrase-table.js';
import { addPlaces } from './places.js';
import { groupByKind, type StatedKind, statedKinds, statedNarrowerKinds } from './profile-kinds.js';
import { buildConceptVocabulary, type ConceptVocabulary } from './topic-concepts.js';

/** Everything the answerer needs, precomputed once per dataset. */
export interface KnowledgeIndex {
  dataset: Dataset;
  partners: ReadonlyMap<string, Partner>;
  workPackages: ReadonlyMap<string, WorkPackage>;
  /** Names, countries, kinds, cue words and topics, in one table so the longest phrase wins. */
  entities: PhraseTable<Entity>;
  /** Upper-case country codes ("UK", "USA") to country names. */
  countryCodes: ReadonlyMap<string, string>;
  /**
   * The codes that also read as a country in lower case ("uk", "usa"): all but the ISO two-letter
   * ones, which in lower case are other abbreviations too ("hr", "pm", "cv", "md", "gp").
   */
  lowerCaseCodes: ReadonlySet<string>;
  /** Gazetteer country name → ids of partners there. */
  partnersByCountry: ReadonlyMap<string, string[]>;
  /** Gazetteer country name of each partner. */
  countryOfPartner: ReadonlyMap<string, string>;
  /** Partner id → its city as answers write it, where the dataset gives one. */
  cityOfPartner: ReadonlyMap<string, string>;
  /** City → ids of partners there, in dataset order. */
  partnersByCity: ReadonlyMap<string, string[]>;
  /** Kind → ids of partners: their own `kind`, and a kind their profile states (profile-kinds.ts). */
  partnersByKind: ReadonlyMap<PartnerKind, string[]>;
  /** Kinds a partner's profile states beside its own, with the words that state them. */
  statedKinds: ReadonlyMap<string, readonly StatedKind[]>;
  /** Narrower kind words a partner's profile states ("start-up"), as narrowerKindKey keys. */
  narrowerKinds: ReadonlyMap<string, ReadonlySet<string>>;
  /** Relation to a parent ("third party") → ids of partners in it, in dataset order. */
  partnersByRelation: ReadonlyMap<string, string[]>;
  /** Work package → ids of partners with a role in it: its leader, other leads, then the rest. */
  membersByWorkPackage: ReadonlyMap<string, string[]>;
  /** Work packages and the dataset's other groupings, seen the same way. */
  groupings: GroupingIndex;
  /** Partner id → its position in `dataset.partners`. */
  partnerOrdinal: ReadonlyMap<string, number>;
  concepts: ConceptVocabulary;
  docs: readonly TopicDoc[];
  /** Per document: the ordinal of its partner in `dataset.partners`. */
  docPartner: Int32Array;
  /** Per document: 1 for a role that leads, so scoring reads no document objects. */
  docLead: Uint8Array;
  /**
   * Per document: an id of its source sentence among its partner's documents (-1 for a
   * profile), to spot roles split from one sentence.
   */
  docSource: Int32Array;
  /** Per partner ordinal: its documents. */
  partnerDocs: readonly (readonly number[])[];
  postings: ReadonlyMap<string, PostingList>;
  idf: ReadonlyMap<string, number>;
  /** The IDF of a concept found in one partner only: the rarest. */
  maxIdf: number;
  corrector: Corrector;
  /** Every canonical word the bot knows, stop words included. */
  knownWords: ReadonlySet<string>;
  /** Every word as the dataset or a lexicon writes it (folded), with its canonical form. */
  writtenWords: ReadonlyMap<string, string>;
  /** Everyday words and phrases from the vocabularies, for the dataset's concepts: built once, at the first question. */
  everyday(): EverydayWords;
  /** General English, for words neither the dataset nor a vocabulary knows. */
  english: EnglishLexicon;
  /** Concepts that tell no partner apart (see findGenericConcepts). */
  genericConcepts: ReadonlySet<string>;
}

/** What a dataset's index draws on besides the dataset. */
export interface IndexOptions {
  /** Everyday words for the field's concepts: the shipped vocabulary and the consortium's. */
  vocabulary?: readonly VocabularyEntry[];
  /** General English word relations; none when absent. */
  english?: EnglishLexicon;
}

function addCountries(
  entities: PhraseTable<Entity>,
  gazetteer: readonly CountryEntry[],
  dataset: Dataset,
): { codes: Map<string, string>; lowerCaseCodes: Set<string>; byPartner: Map<string, string> } {
  const nameOfKey = new Map<string, string>();
  const codes = new Map<string, string>();
  const lowerCaseCodes = new Set<string>();
  for (const country of gazetteer) {
    for (const key of country.phrases) if (!nameOfKey.has(key)) nameOfKey.set(key, country.name);
    for (const code of country.codes) {
      if (!codes.has(code)) codes.set(code, country.name);
      if (code !== country.iso2) lowerCaseCodes.add(code.toLowerCase());
    }
  }
  const byPartner = new Map<string, string>();
  // Thousands of partners share a few dozen country spellings: each is looked up once.
  const nameOfCountry = new Map<string, string>();
  for (const partner of dataset.partners) {
    let name = nameOfCountry.get(partner.country);
    if (name === undefined) {
      const key = phraseKey(partner.country);
      // A country the gazetteer does not know (a region, say) still works under its own name.
      name = nameOfKey.get(key) ?? partner.country;
      if (!nameOfKey.has(key)) nameOfKey.set(key, name);
      nameOfCountry.set(partner.country, name);
    }
    byPartner.set(partner.id, name);
  }
  for (const [key, name] of nameOfKey) {
    if (!STOPWORDS.has(key)) entities.add(key, { type: 'country', name });
  }
  return { codes, lowerCaseCodes, byPartner };
}

/** Question words are never reached through an extra letter (see createCorrector). */
const QUESTION_WORDS_SET: ReadonlySet<string> = new Set(QUESTION_WORDS);

/** Builds the index; cost grows linearly with the dataset. */
export function createKnowledgeIndex(dataset: Dataset, options: IndexOptions = {}): KnowledgeIndex {
  const entities = new PhraseTable<Entity>();
  const { gazetteer, regions, capitals } = readWorld();
  const { codes, lowerCaseCodes, byPartner } = addCountries(entities, gazetteer, dataset);
  for (const [key, kind] of kindWordsOf(dataset)) entities.add(key, { type: 'kind', kind });
  for (const [cue, phrases] of Object.entries(CUE_PHRASES) as [CueKind, readonly string[]][]) {
    for (const phrase of phrases) {
      const words = splitWords(phrase).map((word) => foldCase(word));
      entities.add(phraseKey(phrase), { type: 'cue', cue, words });
    }
  }
  // "Which partner is a third party?": relations are the dataset's own words, so any consortium's
  // ("linked third party", "affiliated entity") are understood.
  const withParent = dataset.partners.filter((p) => p.parent !== null);
  const partnersByRelation = groupBy(withParent, (p) => p.parent?.relation ?? '');
  const topicWords = declaredTopics(dataset);
  for (const relation of partnersByRelation.keys())
    if (!topicWords.has(phraseKey(relation)))
      entities.add(phraseKey(relation), { type: 'relation', relation });
  // "who coordinates EuCanImage": the consortium's own name is no topic.
  entities.add(phraseKey(dataset.consortium.name), { type: 'cue', cue: 'neutral' });
  const names = addPartnerNames(entities, dataset);

  const concepts = buildConceptVocabulary(dataset);
  const {
    docs,
    docPartner: partnerOfDoc,
    postings: postingLists,
    idf,
    writtenWords,
  } = buildPostings(dataset, concepts, isContentWord);

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
  addNameWords(entities, names.owners, { docs, postings: postingLists, concepts }, isContentWord);
  // After the name words: a city ("Pisa") is no reason to stop a word naming its partner.
  const { cityOfPartner, partnersByCity } = addPlaces(
    entities,
    dataset,
    { regions, capitals },
    byPartner,
  );

  const knownWords = knownWordsOf(entities);
  // Every spelling of the dataset and the lexicons, for the corrector and for reading words the
  // dataset writes: only some questions need them (69 of the 429 golden questions), and reading
  // them was a sixth of a cold `ask`, so they wait for the first question that does.
  let surface: SurfaceVocabulary | undefined;
  const readSurface = (): SurfaceVocabulary => {
    surface ??= surfaceVocabulary(
      dataset,
      gazetteer,
      { texts: writtenWords, names: names.spellings },
      knownWords,
      regions.flatMap((r) => r.spellings),
    );
    return surface;
  };
  const corrector = createLazyCorrector(() => {
    const { words, datasetSpelling } = readSurface();
    return createCorrector(words, QUESTION_WORDS_SET, datasetSpelling);
  });

  let everyday: EverydayWords | undefined;
  const membersByWorkPackage = groupMembers(dataset);
  const ordinal = new Map(dataset.partners.map((p, i) => [p.id, i]));
  const stated = new Map(dataset.partners.map((p) => [p.id, statedKinds(p)]));
  const { docPartner, docLead, docSource, partnerDocs } = layOutDocs(dataset, docs, partnerOfDoc);

  return {
    dataset,
    partners: new Map(dataset.partners.map((p) => [p.id, p])),
    docPartner,
    docLead,
    docSource,
    partnerDocs,
    workPackages: new Map(dataset.workPackages.map((wp) => [wp.id, wp])),
    entities,
    countryCodes: codes,
    lowerCaseCodes,
    partnersByCountry: groupBy(dataset.partners, (p) => byPartner.get(p.id) ?? p.country),
    countryOfPartner: byPartner,
    cityOfPartner,
    partnersByCity,
    partnersByKind: groupByKind(dataset.partners, stated),
    statedKinds: stated,
    narrowerKinds: new Map(dataset.partners.map((p) => [p.id, statedNarrowerKinds(p)])),
    partnersByRelation,
    membersByWorkPackage,
    groupings: buildGroupings(dataset, membersByWorkPackage),
    partnerOrdinal: ordinal,
    concepts,
    docs,
    postings: postingLists,
    idf,
    maxIdf: Math.log(1 + (dataset.partners.length - 0.5) / 1.5),
    corrector,
    knownWords,
    get writtenWords() {
      return readSurface().words;
    },
    everyday: () => {
      everyday ??= buildEverydayWords(options.vocabulary ?? [], concepts, postingLists);
      return everyday;
    },
    english: options.english ?? NO_ENGLISH,
    genericConcepts: findGenericConcepts(idf, concepts),
  };
}
