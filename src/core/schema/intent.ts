import { z } from 'zod';

/** What the bot understood the question to be. */
export const Intent = z.enum([
  'help',
  'coordinator',
  'list-partners',
  'list-work-packages',
  'matrix',
  'work-package',
  'partner',
  'partners-filter',
  'topic',
  'not-found',
  'unknown',
]);
export type Intent = z.infer<typeof Intent>;
