import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { KIND_LABELS, type Partner, type PartnerKind } from '../schema/dataset.js';

/**
 * For each partner listed under a kind that is not its own `kind` but one its profile states,
 * where that comes from: "CRG counts as a society/non-profit: its profile says “A non-profit
 * foundation”; its kind in the dataset is research centre."
 */
export function statedKindNotes(
  index: KnowledgeIndex,
  kinds: readonly PartnerKind[],
  partners: readonly Partner[],
): string[] {
  if (kinds.length === 0) return [];
  return partners.flatMap((partner) => {
    if (kinds.includes(partner.kind)) return [];
    const stated = (index.statedKinds.get(partner.id) ?? []).find((s) => kinds.includes(s.kind));
    if (stated === undefined) return [];
    return [
      `${partner.acronym} counts as a ${KIND_LABELS[stated.kind]}: its profile says “${stated.quote}”; its kind in the dataset is ${KIND_LABELS[partner.kind]}.`,
    ];
  });
}
