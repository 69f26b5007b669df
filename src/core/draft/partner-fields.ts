import type { Partner } from '../schema/dataset.js';
import { splitDocumentSentences } from '../text/document-sentences.js';
import { guessKind } from './kinds.js';
import type { MentionFinder } from './partner-mentions.js';
import type { PartnerRecord } from './partners.js';
import { profileOf } from './summaries.js';
import type { PlacedRole } from './work-packages.js';

/** The sentences that describe the organisation rather than its roles: its first paragraph. */
function describing(record: PartnerRecord): string[] {
  const first = record.prose.find((p) => p.label !== 'role');
  return first ? splitDocumentSentences(first.text) : [];
}

/**
 * A partner of the dataset from what the draft knows of it: its roles (or, where no sentence says
 * what it does, a placeholder from its description), a guessed kind and a shortened profile, each
 * marked to check.
 */
export function buildPartner(
  record: PartnerRecord,
  placed: readonly PlacedRole[],
  records: readonly PartnerRecord[],
  isCoordinator: boolean,
  mentions: MentionFinder,
): Partner {
  const { entry } = record;
  const todo: Record<string, string> = { ...record.todo };
  const description = describing(record);
  const firstSentence = description[0] ?? null;
  const kind = guessKind(
    [entry.name, record.legalName, record.name, ...record.aliases],
    firstSentence,
    entry.type,
  );
  todo.kind = kind.note;
  const profile = firstSentence ? profileOf(firstSentence) : `${record.name}, ${entry.country}`;
  todo.profile = firstSentence
    ? `shortened from "${firstSentence.slice(0, 60)}…"; check it`
    : 'the text has no sentence describing it; write one line on who it is';
  const roles = placed.filter((p) => p.partnerId === record.id).map((p) => p.role);
  // No role rather than an invented one: a partner's profile answers for it.
  if (roles.length === 0)
    todo.roles = `no sentence says what ${record.acronym} does in the project; add its roles if the text has any`;
  let parent: Partner['parent'] = null;
  if (entry.parent) {
    const who = mentions(entry.parent.ref)[0];
    const id = who ? records[who.partner]?.id : undefined;
    if (id && id !== record.id) parent = { id, relation: entry.parent.relation };
    else
      todo.parent = `the text names "${entry.parent.ref}" as its parent, which is no partner the draft found`;
  }
  return {
    id: record.id,
    acronym: record.acronym,
    legalName: record.legalName,
    name: record.name,
    aliases: record.aliases,
    country: entry.country ?? 'unknown',
    city: entry.city === null ? null : { name: entry.city, source: entry.raw },
    kind: kind.kind,
    parent,
    coordinator: isCoordinator,
    profile,
    roles,
    todo,
  };
}
