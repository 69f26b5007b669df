import { z } from 'zod';

/** Closed set of organisation kinds; labels for display live in `KIND_LABELS`. */
export const PartnerKind = z.enum([
  'university',
  'hospital',
  'research-centre',
  'company',
  'non-profit',
  'research-infrastructure',
]);
export type PartnerKind = z.infer<typeof PartnerKind>;

/** A string with something in it besides spaces. */
export const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** A work package's id as datasets write it. */
export const WorkPackageId = z.string().regex(/^WP\d{1,2}$/, 'must look like "WP4"');

/** A partner's (or a grouping's) id: lower case, as people type it. */
export const PartnerId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes, like "emc"');

/**
 * An object's shape plus its `todo`: the fields a person must still check, each with why
 * (`{ "kind": "guessed from the name word \"GmbH\"" }`). `eucanbot draft` writes them where it
 * guessed or could not fill a field; the validator reports each one until a person deletes it, so a
 * drafted file does not pass as finished. Only the object's own fields can be named.
 */
export function withTodo<Shape extends z.ZodRawShape>(shape: Shape) {
  const fields = Object.keys(shape) as [Extract<keyof Shape, string>];
  return z
    .object({
      ...shape,
      todo: z
        .partialRecord(z.enum(fields), nonEmpty)
        .optional()
        .describe('Fields still to check, each with why; delete an entry once checked.'),
    })
    .strict();
}
