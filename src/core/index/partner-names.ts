import type { Dataset, Partner } from '../schema/dataset.js';
import { wordForms } from '../text/normalise.js';
import { STOPWORDS } from '../text/stopwords.js';
import { WordInterner } from '../text/word-interner.js';
import type { Entity, PostingList, TopicDoc } from './entities.js';
import type { PhraseTable } from './phrase-table.js';
import { type ConceptVocabulary, tokenConcept } from './topic-concepts.js';

/** Who uses a name word, and how it is spelt there (for the distinctive-word rule). */
export interface NameWord {
  /** The first partner whose names use the word. */
  id: string;
  /** Whether another partner's names use it too. */
  shared: boolean;
  /** Spellings of the word (folded) in the first partner's names, while it is not shared. */
  surfaces: string[];
}

/** Every name a partner goes by: acronym, names, id, aliases, and the parts of "UAMS/TCIA". */
export function partnerNames(partner: Partner): string[] {
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

/** What adding the partners' names learns about their words. */
export interface PartnerNameWords {
  /** Per canonical word of the names, who uses it. */
  owners: Map<string, NameWord>;
  /**
   * Words (folded → canonical) of each partner's acronym, name, legal name, country and
   * aliases, in that order, partner by partner: the corrector's vocabulary reads them so.
   */
  spellings: Map<string, string>;
}

/**
 * Adds each partner's names as partner entities and records who uses each word. Only words one
 * partner uses matter later, so a word's owners are one id and a flag, not a set. Each name is
 * read once here, for the corrector too, and each distinct word of the names is normalised
 * once: reading ten thousand partners' names is not free.
 */
export function addPartnerNames(entities: PhraseTable<Entity>, dataset: Dataset): PartnerNameWords {
  const owners = new Map<string, NameWord>();
  const spellings = new Map<string, string>();
  const countries = new Map<string, readonly number[]>();
  // Per word id: its folded and canonical forms, and whether `spellings` has it yet.
  const words = new WordInterner();
  const norms: string[] = [];
  const canons: string[] = [];
  const spelt: boolean[] = [];
  const readWords = (text: string): readonly number[] => {
    const count = words.read(text);
    for (let id = norms.length; id < words.size; id++) {
      const [norm, canon] = wordForms(words.words[id] ?? '');
      norms.push(norm);
      canons.push(canon);
    }
    const ids: number[] = [];
    for (let i = 0; i < count; i++) ids.push(words.ids[i] ?? 0);
    return ids;
  };
  // A spelling is the same wherever it is met again, so only its first use is recorded.
  const spell = (ids: readonly number[]): void => {
    for (const id of ids) {
      if (spelt[id] === true) continue;
      spelt[id] = true;
      spellings.set(norms[id] ?? '', canons[id] ?? '');
    }
  };
  for (const partner of dataset.partners) {
    const names = partnerNames(partner);
    const read: (readonly number[])[] = [];
    const keys: string[] = [];
    for (let i = 0; i < names.length; i++) {
      const name = names[i] ?? '';
      // Most partners' name and legal name are the same: adding it again would change nothing.
      const first = names.indexOf(name);
      const ids = read[first] ?? readWords(name);
      read[i] = ids;
      // The id and the parts of a slashed acronym are names, but no text the corrector reads.
      if (i < 3 || (i > 3 && i < 4 + partner.aliases.length)) spell(ids);
      if (i === 2) {
        let country = countries.get(partner.country);
        if (country === undefined) {
          country = readWords(partner.country);
          countries.set(partner.country, country);
        }
        spell(country);
      }
      if (first < i) continue;
      const phrase = ids.map((id) => canons[id] ?? '');
      const key = phrase.join(' ');
      if (key === '') continue;
      // "UM-MAN" and its id "um-man" are one phrase: adding it again would add nothing. Its
      // words still count below, as they may be spelt differently ("Centre", "Center").
      if (!keys.includes(key)) {
        keys.push(key);
        const entity: Entity = {
          type: 'partner',
          id: partner.id,
          capsOnly: phrase.length === 1 && STOPWORDS.has(key),
          strength: 1,
        };
        entities.add(key, entity, phrase);
      }
      for (const id of ids) {
        const norm = norms[id] ?? '';
        const canon = canons[id] ?? '';
        const word = owners.get(canon);
        if (word === undefined)
          owners.set(canon, { id: partner.id, shared: false, surfaces: [norm] });
        else if (word.id !== partner.id) word.shared = true;
        else if (!word.shared && !word.surfaces.includes(norm)) word.surfaces.push(norm);
      }
    }
  }
  return { owners, spellings };
}

/**
 * A word of one partner's names that is no topic ("erasmus", "gdansk") names that partner on
 * its own; generic words ("university") do not.
 */
export function addNameWords(
  entities: PhraseTable<Entity>,
  nameWords: ReadonlyMap<string, NameWord>,
  topics: {
    docs: readonly TopicDoc[];
    postings: ReadonlyMap<string, PostingList>;
    concepts: ConceptVocabulary;
  },
  isContentWord: (token: string) => boolean,
): void {
  for (const [token, { id, shared, surfaces }] of nameWords) {
    if (shared || !isContentWord(token) || token.length < 4) continue;
    // A word that another partner's text or any role uses ("translational", "biobanking"), or
    // a synonym term ("supercomputing"), is a topic word even inside a name; a word only the
    // partner's own profile repeats ("Pisa") still names it.
    const isTopic =
      (topics.postings.get(tokenConcept(token))?.docs ?? []).some((d) => {
        const doc = topics.docs[d];
        return doc?.partnerId !== id || doc.roleIndex !== null;
      }) || topics.concepts.conceptOf(token).startsWith('syn:');
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
}
