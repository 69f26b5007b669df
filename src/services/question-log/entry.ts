import { z } from 'zod';

/** Where a question was asked; the question log and the report group by it. */
export const Surface = z.enum([
  'slack-mention',
  'slack-dm',
  'slack-slash',
  'slack-assistant',
  'slack-button',
  'teams-personal',
  'teams-group',
  'teams-channel',
  'terminal',
]);
export type Surface = z.infer<typeof Surface>;

/** A thumbs-up or a thumbs-down. */
export const Reaction = z.enum(['up', 'down']);
export type Reaction = z.infer<typeof Reaction>;

/**
 * What was understood, as the core read the question: the parts it named. Stored as JSON so that
 * the report can read it, whatever the dialect.
 */
export const Understood = z.object({
  partners: z.array(z.string()),
  workPackages: z.array(z.string()),
  topics: z.array(z.string()),
  countries: z.array(z.string()),
  places: z.array(z.string()),
  kinds: z.array(z.string()),
  excluded: z.array(z.string()),
  cues: z.array(z.string()),
});
export type Understood = z.infer<typeof Understood>;

/** One answered question as the log stores it. No user id, no name: `asker` is a keyed hash. */
export const QuestionRow = z.object({
  /** The answer's id, as the feedback controls carry it. */
  id: z.string(),
  /** ISO 8601 in UTC: sorts as text on both dialects. */
  askedAt: z.string(),
  surface: Surface,
  asker: z.string(),
  /** The question as the core read it (trimmed, cut at 500 characters), for follow-ups resolved. */
  question: z.string(),
  intent: z.string(),
  understood: Understood,
  /** Words the core did not understand, as typed (lower case). */
  unexplained: z.array(z.string()),
  confidence: z.number(),
  /** Ids of the partners answered, best first. */
  partners: z.array(z.string()),
  /** A keyed hash of the platform's id of the reply, where feedback names the reply (Teams). */
  messageKey: z.string().nullable(),
});
export type QuestionRow = z.infer<typeof QuestionRow>;

/** One person's feedback on one answer; a second click replaces the first. */
export const FeedbackRow = z.object({
  answerId: z.string(),
  asker: z.string(),
  reaction: Reaction,
  /** What the person wrote (Teams' feedback dialog), else null. */
  comment: z.string().nullable(),
  givenAt: z.string(),
});
export type FeedbackRow = z.infer<typeof FeedbackRow>;

/** Feedback as an adapter reports it: on an answer id, or on the platform's id of the reply. */
export type FeedbackInput = Omit<FeedbackRow, 'answerId' | 'givenAt'> &
  ({ answerId: string } | { messageKey: string });
