import { z } from 'zod';
import { PartnerKind } from './dataset.js';
import { Intent } from './intent.js';

/**
 * Longest list a context keeps. A context is stored between turns (in memory, later perhaps in
 * Redis), so it stays small whatever the dataset: no answer lists more partners than this.
 */
export const MAX_CONTEXT_IDS = 100;

const Ids = z.array(z.string()).max(MAX_CONTEXT_IDS);

/** A topic the conversation is about: the concept, the words that named it and its label. */
export const ContextTopic = z
  .object({ concept: z.string(), words: z.array(z.string()).max(20), label: z.string() })
  .strict();
export type ContextTopic = z.infer<typeof ContextTopic>;

/** A region or a city a question names, as the index knows it (see index/entities.ts Place). */
export const ContextPlace = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('region'),
      label: z.string(),
      countries: z.array(z.string()).max(300),
      strictly: z
        .object({
          countries: z.array(z.string()).max(300),
          source: z.string(),
          widerLabel: z.string(),
          widerSource: z.string(),
        })
        .strict()
        .optional(),
      members: z.array(z.string()).max(300).optional(),
      definedBy: z.string().optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('city'),
      name: z.string(),
      country: z.string().optional(),
      capital: z.boolean(),
      commonWord: z.boolean(),
    })
    .strict(),
]);
export type ContextPlace = z.infer<typeof ContextPlace>;

const Places = z.array(ContextPlace).max(20);

/**
 * What a conversation is about after an answer: the question as understood, its parts and the
 * partners the answer showed, in order. Plain JSON, so that any store can hold it; the next
 * question of the conversation is read against it ("and in Spain?", "the second one?").
 */
export const ConversationContext = z
  .object({
    /** The question as understood, with what it carried over: "Which partners in WP4 are in Spain?". */
    question: z.string().max(1000),
    intent: Intent,
    partners: Ids,
    workPackages: Ids,
    topics: z.array(ContextTopic).max(20),
    countries: Ids,
    places: Places,
    kinds: z.array(PartnerKind),
    relations: Ids,
    excluded: z
      .object({
        countries: Ids,
        places: Places,
        kinds: z.array(PartnerKind),
        partners: Ids,
        workPackages: Ids,
        topics: z.array(ContextTopic).max(20),
      })
      .strict(),
    everyWorkPackage: z.boolean(),
    /** Whether its topics were alternatives ("GDPR or consent"); absent in older contexts. */
    anyTopic: z.boolean().default(false),
    /** What the question asked about its subject: the cue kinds it used ("lead", "member"). */
    cues: z.array(z.string()).max(20),
    /** Ids of the partners the answer showed, in order: what "the second one" picks from. */
    shown: Ids,
    /** Ids of the work packages the answer listed, in order, for "the third one" after a list. */
    shownWorkPackages: Ids,
  })
  .strict();
export type ConversationContext = z.infer<typeof ConversationContext>;
