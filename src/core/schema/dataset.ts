import { z } from 'zod';
import { Contact } from './contact.js';
import { nonEmpty, PartnerId, PartnerKind, WorkPackageId, withTodo } from './fields.js';
import { Group, GroupId } from './group.js';
import { LexiconOverride } from './lexicon-override.js';

export { PartnerKind } from './fields.js';

/** How each kind is written in answers. */
export const KIND_LABELS: Record<PartnerKind, string> = {
  university: 'university',
  hospital: 'hospital',
  'research-centre': 'research centre',
  company: 'company',
  'non-profit': 'society/non-profit',
  'research-infrastructure': 'research infrastructure',
};

/** Plural of each kind label, for "3 companies in Spain". */
export const KIND_PLURALS: Record<PartnerKind, string> = {
  university: 'universities',
  hospital: 'hospitals',
  'research-centre': 'research centres',
  company: 'companies',
  'non-profit': 'societies and non-profits',
  'research-infrastructure': 'research infrastructures',
};

/** One thing a partner does in the project, with the sentence that says so. */
export const Role = withTodo({
  summary: nonEmpty.describe('What the partner does, in a short phrase.'),
  wp: WorkPackageId.nullable().describe('The work package the source names, or null.'),
  lead: z.boolean().describe('True only where the source says the partner leads or manages.'),
  keywords: z.array(nonEmpty).min(1).describe('Topics people ask about, lower case.'),
  source: nonEmpty.describe('The sentence this role comes from, verbatim.'),
  group: GroupId.nullable()
    .optional()
    .describe('The grouping (in `groups`) this role is part of, making the partner a member.'),
});
export type Role = z.infer<typeof Role>;

/**
 * Where a partner is, as the source document names it: in a sentence ("EIBIR has its head
 * office in Vienna") or in the partner's own name ("UNIVERSITAT DE BARCELONA (UB), Spain").
 */
export const PartnerCity = z
  .object({
    name: nonEmpty.describe('The city in English, e.g. "Vienna", "Liège".'),
    asWritten: nonEmpty
      .optional()
      .describe(
        'The name as the source writes it, where that differs beyond case and accents: "Kauno", the Lithuanian genitive of Kaunas.',
      ),
    source: nonEmpty.describe(
      'The sentence or heading line of the source naming the city, verbatim.',
    ),
  })
  .strict();
export type PartnerCity = z.infer<typeof PartnerCity>;

/** An organisation in the consortium. */
export const Partner = withTodo({
  id: PartnerId,
  acronym: nonEmpty.describe('As the source document writes it.'),
  legalName: nonEmpty,
  name: nonEmpty.describe('The name people use.'),
  aliases: z.array(nonEmpty).describe('Other names and acronyms the source uses.'),
  country: nonEmpty.describe('Country name in English, e.g. "Spain".'),
  city: PartnerCity.nullable()
    .optional()
    .describe('Only where the source document names the city; never guessed.'),
  kind: PartnerKind,
  parent: z
    .object({ id: PartnerId, relation: nonEmpty.describe('e.g. "third party"') })
    .strict()
    .nullable(),
  coordinator: z.boolean(),
  profile: nonEmpty.describe('One line on who the organisation is.'),
  roles: z
    .array(Role)
    .describe('What it does in the project; may be empty, and then the profile answers.'),
  contacts: z.array(Contact).optional().describe('Only where the source gives them.'),
});
export type Partner = z.infer<typeof Partner>;

/** A work package as the source document describes it. */
export const WorkPackage = withTodo({
  id: WorkPackageId,
  title: nonEmpty.nullable().describe('Only where the source gives a title.'),
  covers: nonEmpty.describe('What the work package covers, from the source.'),
  keywords: z.array(nonEmpty).describe('Topics of the work package, lower case.'),
  leader: PartnerId.nullable().describe('Null where the source names no leader.'),
  leaderSource: nonEmpty.nullable().describe('The sentence naming the leader, verbatim.'),
  sources: z.array(nonEmpty).min(1).describe('Sentences the description comes from.'),
  contacts: z.array(Contact).optional().describe('Only where the source gives them.'),
});
export type WorkPackage = z.infer<typeof WorkPackage>;

/** Words that mean the same thing, or close enough that a question about one is about all. */
export const SynonymGroup = z
  .object({ terms: z.array(nonEmpty).min(2, 'a group needs at least two terms') })
  .strict();
export type SynonymGroup = z.infer<typeof SynonymGroup>;

/** The consortium as a whole. */
export const Consortium = withTodo({
  name: nonEmpty,
  description: nonEmpty,
  coordinator: PartnerId,
  sourceDocument: nonEmpty.nullable().describe('File the dataset was built from.'),
  vocabulary: nonEmpty
    .nullable()
    .optional()
    .describe(
      "A vocabulary file of the consortium's own everyday words, relative to the dataset file; the field's vocabulary (data/vocabulary.json) applies as well.",
    ),
});
export type Consortium = z.infer<typeof Consortium>;

/** A whole dataset file. */
export const Dataset = z
  .object({
    $schema: z.string().optional(),
    consortium: Consortium,
    workPackages: z.array(WorkPackage).min(1),
    partners: z.array(Partner).min(1),
    synonyms: z.array(SynonymGroup),
    groups: z
      .array(Group)
      .optional()
      .describe('Groupings besides work packages: case studies, pilots, tasks, use cases.'),
    lexicon: LexiconOverride.optional(),
  })
  .strict();
export type Dataset = z.infer<typeof Dataset>;
