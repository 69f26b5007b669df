import { z } from 'zod';
import { nonEmpty } from './fields.js';

/**
 * An email address as answers may link it (`mailto:`): one "@", no spaces, quotes, angle
 * brackets or Markdown characters, so that no renderer can be made to build another link or
 * a mention from it.
 */
export const EMAIL_PATTERN = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/**
 * A chat handle as people write it: "@maria.rossi", a Slack member id ("U012AB3CD"), a Teams
 * user principal name ("maria.rossi@example.org"). Letters, digits and ". _ - @" only, so a
 * handle is shown as text and never read as markup (`<!channel>`, `[x](y)`).
 */
export const HANDLE_PATTERN = /^@?[\p{L}\p{N}][\p{L}\p{N}._-]*(@[A-Za-z0-9.-]+)?$/u;

/** Someone to contact at a partner, a work package or a grouping, as the source names them. */
export const Contact = z
  .object({
    name: nonEmpty.optional().describe('The person, as the source writes the name.'),
    role: nonEmpty.optional().describe('e.g. "project manager", "work-package leader".'),
    email: z
      .string()
      .regex(EMAIL_PATTERN, 'must be an email address like "name@example.org"')
      .optional(),
    slack: z
      .string()
      .regex(HANDLE_PATTERN, 'must be a Slack handle like "@maria.rossi" or a member id')
      .optional(),
    teams: z
      .string()
      .regex(HANDLE_PATTERN, 'must be a Teams handle like "maria.rossi@example.org"')
      .optional(),
    source: nonEmpty.describe(
      'The sentence of the source document that gives this contact, verbatim.',
    ),
  })
  .strict()
  .refine((c) => Boolean(c.name ?? c.email ?? c.slack ?? c.teams), {
    message: 'needs at least one of name, email, slack or teams',
  })
  .describe('Only where the source document gives it; never invented.');
export type Contact = z.infer<typeof Contact>;
