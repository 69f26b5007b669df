import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { Partner } from '../schema/dataset.js';
import type { ParsedQuestion } from '../understand/parsed-question.js';
import { answerWorkPackage } from './answer-work-package.js';
import type { Draft } from './draft.js';
import { joinWords, lowerFirst, rolesIn, toAnswerPartner } from './parts.js';

/** What a named partner does in a work package, when it is not the one who leads it. */
function partnerNote(partner: Partner, wpId: string): string {
  const roles = rolesIn(partner, [wpId]);
  if (roles.length === 0)
    return `**${partner.acronym}** has no role in ${wpId} in the source document.`;
  return `**${partner.acronym}** does not lead ${wpId}; there it ${joinWords(
    roles.map((r) => lowerFirst(r.summary)),
  )}.`;
}

/**
 * "Does UPV/EHU lead WP1?", "EIBIR manages the dissemination, so they lead WP7, right?": the
 * work package's leader as the source names it (or that it names none), then what each named
 * partner that does not lead it does there. A partner that leads a task is not the leader of
 * its work package.
 */
export function answerLeaderCheck(index: KnowledgeIndex, parsed: ParsedQuestion): Draft {
  const [first, ...rest] = parsed.workPackages.map((id) => answerWorkPackage(index, id, 'leader'));
  const base = first as Draft;
  const leaders = new Set(
    parsed.workPackages.map((id) => index.workPackages.get(id)?.leader ?? null),
  );
  const named = parsed.partners
    .map((m) => index.partners.get(m.id))
    .filter((p): p is Partner => p !== undefined && !leaders.has(p.id));
  const notes = parsed.workPackages.flatMap((wpId) => named.map((p) => partnerNote(p, wpId)));
  const partners = [...base.partners, ...rest.flatMap((d) => d.partners)];
  for (const partner of named) {
    const roles = rolesIn(partner, parsed.workPackages);
    if (roles.length > 0 && !partners.some((p) => p.id === partner.id))
      partners.push(toAnswerPartner(partner, roles, 0.5));
  }
  return {
    ...base,
    headline: [base.headline, ...rest.map((d) => d.headline)].join('\n'),
    partners,
    workPackages: [...base.workPackages, ...rest.flatMap((d) => d.workPackages)],
    notes: [...notes, ...base.notes, ...rest.flatMap((d) => d.notes)],
  };
}
