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
  | { type: 'kind'; kind: PartnerKind }
  | { type: 'cue'; cue: CueKind }
  | { type: 'topic'; concept: string };

/** A document the topic scorer ranks: one role of a partner, or its profile (roleIndex null). */
export interface TopicDoc {
  partnerId: string;
  roleIndex: number | null;
  lead: boolean;
  wp: string | null;
}

/** One occurrence of a concept in a document, with the weight of the field it was found in. */
export interface Posting {
  doc: number;
  weight: number;
}
