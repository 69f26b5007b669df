import { z } from 'zod';
import { Contact } from './contact.js';
import { nonEmpty, PartnerId, WorkPackageId, withTodo } from './fields.js';

/** A grouping's id, lower case like a partner's: "cs-breast", "pilot-a", "t3-2". */
export const GroupId = PartnerId;

/** A partner in a grouping, with the sentence that says so. */
export const GroupMember = z
  .object({
    id: PartnerId,
    source: nonEmpty.describe('The sentence saying that the partner is in the grouping, verbatim.'),
  })
  .strict();
export type GroupMember = z.infer<typeof GroupMember>;

/**
 * A grouping other than a work package that the consortium uses (a case study, a pilot, a task,
 * a clinical use case, a working group), with its leader and members. The `kind` is the
 * dataset's own word, so any consortium's groupings are understood without code.
 */
export const Group = withTodo({
  id: GroupId,
  kind: z
    .string()
    .regex(/^[a-z][a-z -]*[a-z]$/, 'must be a lower-case word or words, like "case study"')
    .describe('What the consortium calls this sort of grouping, singular: "case study", "pilot".'),
  label: nonEmpty.describe('How people name it: "Use case 2", "Pilot A", "Task 3.2".'),
  aliases: z.array(nonEmpty).optional().describe('Other names the source uses for it.'),
  title: nonEmpty.nullable().describe('Only where the source gives a title.'),
  covers: nonEmpty.describe('What the grouping covers, from the source.'),
  keywords: z.array(nonEmpty).describe('Topics of the grouping, lower case.'),
  workPackage: WorkPackageId.nullable().optional().describe('The work package it belongs to.'),
  leader: PartnerId.nullable().describe('Null where the source names no leader.'),
  leaderSource: nonEmpty.nullable().describe('The sentence naming the leader, verbatim.'),
  members: z
    .array(GroupMember)
    .describe('Partners in it besides the leader; roles with its id in `group` count too.'),
  sources: z.array(nonEmpty).min(1).describe('Sentences the description comes from.'),
  contacts: z.array(Contact).optional(),
});
export type Group = z.infer<typeof Group>;
