import type { CueKind } from '../lexicon/cues.js';
import type { PartnerKind } from '../schema/dataset.js';

/** Something a span of the question can name. */
export type Entity =
  | {
      type: 'partner';
      id: string;
      /** An acronym that is also an English word ("UM"): it counts only in capitals. */
      capsOnly: boolean;
      /** 1 for a whole name, less for one distinctive word of a name. */
      strength: number;
      /** For a single name word: the spellings that count (its stem is not enough). */
      surfaces?: readonly string[];
    }
  | { type: 'country'; name: string }
  /** A region: countries under one name, which answers keep ("the Baltics"). */
  | {
      type: 'region';
      label: string;
      /** Its countries, with those of a wider reading in common use (RegionEntry.wider). */
      countries: readonly string[];
      /** Where a wider reading adds countries: the strict ones, and the wider reading's name. */
      strictly?: {
        countries: readonly string[];
        source: string;
        widerLabel: string;
        widerSource: string;
      };
      /** A region inside a country: the partners whose own names place them in it. */
      members?: readonly string[];
      /** Whose definition of its countries answers use, where none is official. */
      definedBy?: string;
    }
  | {
      type: 'city';
      /** As answers write it: the dataset's spelling, else world-countries' ("Liège", "Paris"). */
      name: string;
      /** Gazetteer name of its country, for "no partner in Madrid; the partners in Spain are". */
      country: string | undefined;
      /** A capital no partner is in: it counts only where it reads as a place ("in Paris"). */
      capital: boolean;
      /** Also an English word ("male"): in lower case it needs to end its phrase. */
      commonWord: boolean;
    }
  | { type: 'kind'; kind: PartnerKind }
  /** A partner's relation to its parent, as the dataset writes it ("third party"). */
  | { type: 'relation'; relation: string }
  | {
      type: 'cue';
      cue: CueKind;
      /** The cue's words as written, folded ("explain"), for telling it from a longer word. */
      words?: readonly string[];
    }
  | { type: 'topic'; concept: string };

/** A place a question can name besides a country: a region or a city. */
export type Place = Extract<Entity, { type: 'region' | 'city' }>;

/** A document the topic scorer ranks: one role of a partner, or its profile (roleIndex null). */
export interface TopicDoc {
  partnerId: string;
  roleIndex: number | null;
  lead: boolean;
  wp: string | null;
}

/**
 * Where a concept occurs: documents in increasing order, each with the weight of the best field
 * it was found in. Typed arrays, views into one buffer per index, because a large dataset has
 * about a million postings and scoring a topic walks thousands of them.
 */
export interface PostingList {
  docs: Int32Array;
  weights: Float64Array;
}
