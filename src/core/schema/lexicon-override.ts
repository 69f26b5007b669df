import { z } from 'zod';
import { nonEmpty, PartnerKind } from './fields.js';

/**
 * A dataset's changes to the built-in lexicon (src/core/lexicon/kinds.ts): a consortium whose
 * people say "industry engagement" or "the society work" as topics stops those words from
 * being read as kinds of partner, and one that says "lab" for a research centre adds it.
 */
export const LexiconOverride = z
  .object({
    topics: z
      .array(nonEmpty)
      .optional()
      .describe(
        'Words the dataset uses as topics: never read as a kind of partner or a relation ("industry", "society").',
      ),
    addKindWords: z
      .partialRecord(PartnerKind, z.array(nonEmpty).min(1))
      .optional()
      .describe('More words for a kind of partner: { "research-centre": ["lab"] }.'),
    removeKindWords: z
      .array(nonEmpty)
      .optional()
      .describe('Built-in kind words this consortium does not use for kinds ("institute").'),
  })
  .strict();
export type LexiconOverride = z.infer<typeof LexiconOverride>;
