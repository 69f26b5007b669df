import { z } from 'zod';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** Everyday words for one concept the dataset uses. */
export const VocabularyEntry = z
  .object({
    means: z
      .array(nonEmpty)
      .min(1)
      .describe(
        'How datasets name the concept (a keyword, a synonym term or a word of their texts), best first. The entry applies to a dataset that uses any of them.',
      ),
    terms: z
      .array(nonEmpty)
      .min(1)
      .describe('What a non-specialist says instead: lay words and phrases, abbreviations.'),
  })
  .strict();
export type VocabularyEntry = z.infer<typeof VocabularyEntry>;

/**
 * A field's everyday vocabulary: the words people use for the concepts its datasets name. It is
 * general for a field, not one consortium's: an entry whose concept a dataset does not use is
 * left aside.
 */
export const Vocabulary = z
  .object({
    $schema: z.string().optional(),
    description: nonEmpty.describe('Which field the vocabulary covers, and where it comes from.'),
    entries: z.array(VocabularyEntry),
  })
  .strict();
export type Vocabulary = z.infer<typeof Vocabulary>;
