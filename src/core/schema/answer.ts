import { z } from 'zod';
import { ConversationContext } from './conversation.js';
import { Intent } from './intent.js';

export { Intent };

/** A role shown in an answer, with the sentence that backs it. */
export const AnswerRole = z.object({
  summary: z.string(),
  wp: z.string().nullable(),
  lead: z.boolean(),
  source: z.string(),
});
export type AnswerRole = z.infer<typeof AnswerRole>;

/** A partner's city and the line of the source that names it. */
export const AnswerCity = z.object({ name: z.string(), source: z.string() });
export type AnswerCity = z.infer<typeof AnswerCity>;

/** A partner in an answer: best first, with only the roles that matched. */
export const AnswerPartner = z.object({
  id: z.string(),
  acronym: z.string(),
  name: z.string(),
  country: z.string(),
  /** Only where the source document names the city; absent otherwise, never guessed. */
  city: AnswerCity.optional(),
  kind: z.string(),
  score: z.number().min(0).max(1),
  roles: z.array(AnswerRole),
});
export type AnswerPartner = z.infer<typeof AnswerPartner>;

/** A work package in an answer. */
export const AnswerWorkPackage = z.object({
  id: z.string(),
  title: z.string().nullable(),
  covers: z.string(),
  leader: z.object({ id: z.string(), acronym: z.string(), name: z.string() }).nullable(),
  leaderSource: z.string().nullable(),
});
export type AnswerWorkPackage = z.infer<typeof AnswerWorkPackage>;

/** A contact the dataset holds, with whose it is and the sentence that gives it. */
export const AnswerContact = z.object({
  /** Whose contact it is, as answers name it: "UB", "WP4", "Use case 2". */
  of: z.string(),
  name: z.string().optional(),
  role: z.string().optional(),
  /** Checked against EMAIL_PATTERN by the dataset schema, so a renderer may link it. */
  email: z.string().optional(),
  slack: z.string().optional(),
  teams: z.string().optional(),
  source: z.string(),
});
export type AnswerContact = z.infer<typeof AnswerContact>;

/** A follow-up the person can ask with one click. */
export const Suggestion = z.object({ label: z.string(), question: z.string() });
export type Suggestion = z.infer<typeof Suggestion>;

/** Everything an adapter needs to render a reply; `text` is the universal fallback. */
export const Answer = z.object({
  question: z.string(),
  intent: Intent,
  partners: z.array(AnswerPartner),
  workPackages: z.array(AnswerWorkPackage),
  confidence: z.number().min(0).max(1),
  /** The whole answer as plain text and Markdown: what every adapter can fall back on. */
  text: z.string().min(1),
  /** A note to show before the headline, such as that a long question was cut; else null. */
  notice: z.string().nullable(),
  /** The answer's first line, in Markdown; `text` starts with it (after the notice). */
  headline: z.string().min(1),
  /** Lines after the partners and work packages, in Markdown, such as "…and 3 more". */
  notes: z.array(z.string()),
  suggestions: z.array(Suggestion),
  /** Set when the question was longer than the cap and only its start was read. */
  truncated: z.boolean(),
  /**
   * The question as understood: `question` itself, or for a follow-up ("and in Spain?") the
   * whole question it stands for ("Which partners in WP4 are in Spain?"), for Share and logs.
   */
  resolvedQuestion: z.string().min(1),
  /** What the conversation is about now, for the next question; null when nothing carries on. */
  context: ConversationContext.nullable(),
  /**
   * Set when a follow-up asked for all of the answer before ("show me all", "more", "all of
   * them"): chat replies then show the whole answer, not the compact view and "Show all" again.
   * A new question asking for all ("list all partners") still gets the compact view first.
   */
  whole: z.literal(true).optional(),
  /** Contacts asked for, only where the dataset holds them; absent otherwise, never invented. */
  contacts: z.array(AnswerContact).optional(),
});
export type Answer = z.infer<typeof Answer>;
