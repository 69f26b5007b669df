import { buildCountryGazetteer, type CountryEntry } from '../lexicon/countries.js';
import { CUE_PHRASES, type CueKind } from '../lexicon/cues.js';
import { KIND_WORDS } from '../lexicon/kinds.js';
import type { Dataset, Partner, PartnerKind, WorkPackage } from '../schema/dataset.js';
import { canonicalTokens, phraseKey, tokenize } from '../text/normalise.js';
import { STOPWORDS } from '../text/stopwords.js';
import { buildPostings } from './build-postings.js';
import { type Corrector, createCorrector } from './corrector.js';
import type { Entity, Posting, TopicDoc } from './entities.js';
import { PhraseTable } from './phrase-table.js';
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
  /** Gazetteer country name → ids of partners there. */
  partnersByCountry: ReadonlyMap<string, string[]>;
  /** Gazetteer country name of each partner. */
  countryOfPartner: ReadonlyMap<string, string>;
  concepts: ConceptVocabulary;
  docs: readonly TopicDoc[];
  /** Per document: the ordinal of its partner in `dataset.partners`. */
  docPartner: Int32Array;
  /** Per document: an id of its source sentence (-1 for a profile), to spot roles split from one sentence. */
  docSource: Int32Array;
  /** Per partner ordinal: its documents. */
  partnerDocs: readonly (readonly number[])[];
  postings: ReadonlyMap<string, readonly Posting[]>;
  idf: ReadonlyMap<string, number>;
  /** The IDF of a concept found in one partner only: the rarest. */
  maxIdf: number;
  /** Concepts that are role keywords, for suggestions. */
  keywordConcepts: readonly string[];
  corrector: Corrector;
  /** Every canonical word the bot knows, stop words included. */
  knownWords: ReadonlySet<string>;
}

// One-word cues only: "how to use" is a cue, but "use" stays a topic word ("use cases").
const CUE_WORDS = new Set(
  Object.values(CUE_PHRASES)
    .flat()
    .filter((phrase) => !phrase.includes(' '))
    .flatMap(canonicalTokens),
);

function isContentWord(token: string): boolean {
  return token.length > 1 && !STOPWORDS.has(token) && !CUE_WORDS.has(token) && !/^\d+$/.test(token);
}

function partnerNames(partner: Partner): string[] {
  const parts = partner.acronym.includes('/') ? partner.acronym.split('/') : [];
  return [
    partner.acronym,
    partner.name,
    partner.legalName,
    partner.id,
    ...partner.aliases,
    ...parts,
  ];
}

/** Texts eucanbot knows words from, as written, besides the role and profile texts it indexes. */
function knownTexts(dataset: Dataset, gazetteer: readonly CountryEntry[]): string[] {
  const partnerTexts = dataset.partners.flatMap((p) => [
    p.acronym,
    p.name,
    p.legalName,
    p.country,
    ...p.aliases,
  ]);
  return [
    dataset.consortium.name,
    ...partnerTexts,
    ...dataset.workPackages.flatMap((wp) => [wp.covers, ...wp.keywords]),
    ...dataset.synonyms.flatMap((g) => g.terms),
    ...gazetteer.flatMap((c) => c.spellings),
    ...Object.values(KIND_WORDS).flat(),
    ...Object.values(CUE_PHRASES).flat(),
  ];
}

/** Surface word → canonical form, for the words whose canonical form names something. */
function surfaceVocabulary(
  texts: readonly string[],
  written: ReadonlyMap<string, string>,
  known: ReadonlySet<string>,
): Map<string, string> {
  const surface = new Map<string, string>();
  const keep = (norm: string, canon: string): void => {
    if (known.has(canon) && !STOPWORDS.has(canon)) surface.set(norm, canon);
  };
  for (const [norm, canon] of written) keep(norm, canon);
  for (const text of new Set(texts))
    for (const token of tokenize(text)) keep(token.norm, token.canon);
  return surface;
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

/** Who uses a name word, and how it is spelt there (for the distinctive-word rule). */
interface NameWord {
  ids: Set<string>;
  surfaces: Set<string>;
}

function addPartnerNames(entities: PhraseTable<Entity>, dataset: Dataset): Map<string, NameWord> {
  const words = new Map<string, NameWord>();
  for (const partner of dataset.partners) {
    for (const name of partnerNames(partner)) {
      const tokens = tokenize(name);
      const key = tokens.map((t) => t.canon).join(' ');
      if (key === '') continue;
      entities.add(key, {
        type: 'partner',
        id: partner.id,
        capsOnly: STOPWORDS.has(key),
        strength: 1,
      });
      for (const token of tokens) {
        const word = words.get(token.canon) ?? {
          ids: new Set<string>(),
          surfaces: new Set<string>(),
        };
        word.ids.add(partner.id);
        word.surfaces.add(token.norm);
        words.set(token.canon, word);
      }
    }
  }
  return words;
}

/** Builds the index; cost grows linearly with the dataset. */
export function createKnowledgeIndex(dataset: Dataset): KnowledgeIndex {
  const entities = new PhraseTable<Entity>();
  const gazetteer = buildCountryGazetteer();
  const { codes, byPartner } = addCountries(entities, gazetteer, dataset);
  for (const [kind, words] of Object.entries(KIND_WORDS) as [PartnerKind, readonly string[]][]) {
    for (const word of words) entities.add(phraseKey(word), { type: 'kind', kind });
  }
  for (const [cue, phrases] of Object.entries(CUE_PHRASES) as [CueKind, readonly string[]][]) {
    for (const phrase of phrases) entities.add(phraseKey(phrase), { type: 'cue', cue });
  }
  // "who coordinates EuCanImage": the consortium's own name is no topic.
  entities.add(phraseKey(dataset.consortium.name), { type: 'cue', cue: 'neutral' });
  const nameTokenOwners = addPartnerNames(entities, dataset);

  const concepts = buildConceptVocabulary(dataset);
  const {
    docs,
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
  // A word of one partner's names that is no topic ("erasmus", "gdansk") names that partner on
  // its own; generic words ("university") do not.
  for (const [token, { ids, surfaces }] of nameTokenOwners) {
    const [id] = ids;
    if (ids.size !== 1 || id === undefined || !isContentWord(token) || token.length < 4) continue;
    // A word that another partner's text or any role uses ("translational", "biobanking"), or
    // a synonym term ("supercomputing"), is a topic word even inside a name; a word only the
    // partner's own profile repeats ("Pisa") still names it.
    const isTopic =
      (postingLists.get(`t:${token}`) ?? []).some((p) => {
        const doc = docs[p.doc];
        return doc?.partnerId !== id || doc.roleIndex !== null;
      }) || concepts.conceptOf(token).startsWith('syn:');
    if (isTopic || entities.get(token).some((e) => e.type !== 'topic')) continue;
    // Only as spelt in the name: "Pisa" names UNIPI, but "translate" is not "Translational".
    entities.add(token, {
      type: 'partner',
      id,
      capsOnly: false,
      strength: 0.8,
      surfaces: [...surfaces],
    });
  }

  const knownWords = new Set<string>(STOPWORDS);
  for (const key of entities.keys()) for (const token of key.split(' ')) knownWords.add(token);
  const keywordConcepts = [...concepts.labels.keys()].filter((c) => postingLists.has(c));

  const ordinal = new Map(dataset.partners.map((p, i) => [p.id, i]));
  const sentenceIds = new Map<string, number>();
  const partnerDocs: number[][] = dataset.partners.map(() => []);
  const docPartner = new Int32Array(docs.length);
  const docSource = new Int32Array(docs.length);
  docs.forEach((doc, i) => {
    const p = ordinal.get(doc.partnerId) ?? 0;
    docPartner[i] = p;
    partnerDocs[p]?.push(i);
    const source =
      doc.roleIndex === null ? undefined : dataset.partners[p]?.roles[doc.roleIndex]?.source;
    if (source !== undefined && !sentenceIds.has(source)) sentenceIds.set(source, sentenceIds.size);
    docSource[i] = source === undefined ? -1 : (sentenceIds.get(source) ?? -1);
  });

  return {
    dataset,
    partners: new Map(dataset.partners.map((p) => [p.id, p])),
    docPartner,
    docSource,
    partnerDocs,
    workPackages: new Map(dataset.workPackages.map((wp) => [wp.id, wp])),
    entities,
    countryCodes: codes,
    partnersByCountry: groupBy(dataset.partners, (p) => byPartner.get(p.id) ?? p.country),
    countryOfPartner: byPartner,
    concepts,
    docs,
    postings: postingLists,
    idf,
    maxIdf: Math.log(1 + (dataset.partners.length - 0.5) / 1.5),
    keywordConcepts,
    corrector: createCorrector(
      surfaceVocabulary(knownTexts(dataset, gazetteer), writtenWords, knownWords),
    ),
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
