import type { Dataset, Partner } from '../schema/dataset.js';
import type { TopicDoc } from './entities.js';

/** Ids of partners grouped by a key, each group in dataset order. */
export function groupBy<K>(
  partners: readonly Partner[],
  keyOf: (p: Partner) => K,
): Map<K, string[]> {
  const groups = new Map<K, string[]>();
  for (const partner of partners) {
    const key = keyOf(partner);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [partner.id]);
    else group.push(partner.id);
  }
  return groups;
}

/** Members of each work package: its leader, then partners leading a part, then the rest. */
export function groupMembers(dataset: Dataset): Map<string, string[]> {
  const leaderOf = new Map(dataset.workPackages.map((wp) => [wp.id, wp.leader]));
  const ranked = new Map<string, { id: string; rank: number }[]>();
  for (const partner of dataset.partners) {
    const rankIn = new Map<string, number>();
    for (const role of partner.roles) {
      if (role.wp === null) continue;
      const rank = leaderOf.get(role.wp) === partner.id ? 0 : role.lead ? 1 : 2;
      rankIn.set(role.wp, Math.min(rankIn.get(role.wp) ?? 2, rank));
    }
    for (const [wp, rank] of rankIn) {
      const list = ranked.get(wp);
      if (list === undefined) ranked.set(wp, [{ id: partner.id, rank }]);
      else list.push({ id: partner.id, rank });
    }
  }
  // Array sort is stable: within a rank, members keep dataset order.
  return new Map(
    [...ranked].map(([wp, list]) => [wp, list.sort((a, b) => a.rank - b.rank).map((m) => m.id)]),
  );
}

/** Per document its partner's ordinal and an id of its source sentence; per partner its documents. */
export interface DocLayout {
  docPartner: Int32Array;
  /** 1 for a role that leads. */
  docLead: Uint8Array;
  /**
   * -1 for a profile; otherwise the first document of the same partner quoting the same
   * sentence, so roles split from one sentence share it. Only a partner's own documents are
   * compared, which spares hashing every sentence of the dataset.
   */
  docSource: Int32Array;
  partnerDocs: number[][];
}

/** Lays out which partner and which source sentence each document has. */
export function layOutDocs(
  dataset: Dataset,
  docs: readonly TopicDoc[],
  docPartner: Int32Array,
): DocLayout {
  const partnerDocs: number[][] = dataset.partners.map(() => []);
  const docLead = new Uint8Array(docs.length);
  const docSource = new Int32Array(docs.length);
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as TopicDoc;
    const p = docPartner[i] ?? 0;
    docLead[i] = doc.lead ? 1 : 0;
    const roles = dataset.partners[p]?.roles ?? [];
    const source = doc.roleIndex === null ? undefined : roles[doc.roleIndex]?.source;
    const own = partnerDocs[p] ?? [];
    const same =
      source === undefined
        ? -1
        : own.find((d) => {
            const other = docs[d]?.roleIndex;
            return other !== null && other !== undefined && roles[other]?.source === source;
          });
    docSource[i] = same ?? i;
    own.push(i);
  }
  return { docPartner, docLead, docSource, partnerDocs };
}
