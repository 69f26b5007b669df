import type { Contact } from '../schema/contact.js';
import type { Dataset } from '../schema/dataset.js';
import { canonicalTokens, phraseKey } from '../text/normalise.js';
import { STOPWORDS } from '../text/stopwords.js';
import { PhraseTable } from './phrase-table.js';

/** What a dataset's work packages are called: the kind every dataset has. */
export const WORK_PACKAGE_KIND = 'work package';

/**
 * Work packages and the dataset's other groupings (case studies, pilots, tasks …) seen the same
 * way, so that "what does X cover", "who leads X", "who is in X" and a topic found only in a
 * description are answered by one code path whatever the consortium calls its groupings.
 */
export interface Grouping {
  /** "WP4" for a work package, the group's id otherwise. */
  key: string;
  kind: string;
  /** How answers name it: "WP4", "Use case 2". */
  label: string;
  title: string | null;
  covers: string;
  keywords: readonly string[];
  leader: string | null;
  leaderSource: string | null;
  sources: readonly string[];
  /** Partner ids: the leader, then members in dataset order. */
  members: readonly string[];
  /** The sentence that puts an explicitly listed member in it. */
  memberSources: ReadonlyMap<string, string>;
  contacts: readonly Contact[];
  /** The work package a grouping belongs to; null for a work package itself. */
  workPackage: string | null;
  /** Canonical content words of its title, keywords and covers: what a topic is looked up in. */
  words: ReadonlySet<string>;
  /** Canonical content words of its title and keywords only: what names it most surely. */
  nameWords: ReadonlySet<string>;
}

/** The groupings of a dataset and how a question names them. */
export interface GroupingIndex {
  all: readonly Grouping[];
  byKey: ReadonlyMap<string, Grouping>;
  /** Labels and aliases ("use case 2", "pilot a") → grouping keys. Work packages are not here. */
  names: PhraseTable<string>;
  /** Each kind, singular and plural ("case study", "case studies", "work package") → the kind. */
  kinds: PhraseTable<string>;
}

function contentWords(text: string): string[] {
  return canonicalTokens(text).filter((w) => !STOPWORDS.has(w) && !/^\d+$/.test(w));
}

/** "case study" → "case studies", "pilot" → "pilots": what a plural question writes. */
export function pluralOf(kind: string): string {
  if (/[^aeiou]y$/.test(kind)) return `${kind.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(kind)) return `${kind}es`;
  return `${kind}s`;
}

/** Builds the groupings view; `members` gives each work package's members in order. */
export function buildGroupings(
  dataset: Dataset,
  membersByWorkPackage: ReadonlyMap<string, readonly string[]>,
): GroupingIndex {
  const all: Grouping[] = [];
  const described = (title: string | null, keywords: readonly string[], covers: string) => {
    const nameWords = new Set([...contentWords(title ?? ''), ...keywords.flatMap(contentWords)]);
    return { nameWords, words: new Set([...nameWords, ...contentWords(covers)]) };
  };
  for (const wp of dataset.workPackages)
    all.push({
      key: wp.id,
      kind: WORK_PACKAGE_KIND,
      label: wp.id,
      title: wp.title,
      covers: wp.covers,
      keywords: wp.keywords,
      leader: wp.leader,
      leaderSource: wp.leaderSource,
      sources: wp.sources,
      members: membersByWorkPackage.get(wp.id) ?? (wp.leader ? [wp.leader] : []),
      memberSources: new Map(),
      contacts: wp.contacts ?? [],
      workPackage: null,
      ...described(wp.title, wp.keywords, wp.covers),
    });
  const names = new PhraseTable<string>();
  const kinds = new PhraseTable<string>();
  for (const word of [WORK_PACKAGE_KIND, pluralOf(WORK_PACKAGE_KIND)])
    kinds.add(phraseKey(word), WORK_PACKAGE_KIND);
  const groups = dataset.groups ?? [];
  const byRole = new Map<string, string[]>();
  for (const partner of dataset.partners)
    for (const role of partner.roles)
      if (role.group) byRole.set(role.group, [...(byRole.get(role.group) ?? []), partner.id]);
  for (const group of groups) {
    const listed = new Set([...group.members.map((m) => m.id), ...(byRole.get(group.id) ?? [])]);
    const inOrder = dataset.partners.map((p) => p.id).filter((id) => listed.has(id));
    const members = group.leader
      ? [group.leader, ...inOrder.filter((id) => id !== group.leader)]
      : inOrder;
    all.push({
      key: group.id,
      kind: group.kind,
      label: group.label,
      title: group.title,
      covers: group.covers,
      keywords: group.keywords,
      leader: group.leader,
      leaderSource: group.leaderSource,
      sources: group.sources,
      members,
      memberSources: new Map(group.members.map((m) => [m.id, m.source])),
      contacts: group.contacts ?? [],
      workPackage: group.workPackage ?? null,
      ...described(group.title, group.keywords, group.covers),
    });
    for (const name of [group.label, ...(group.aliases ?? [])])
      names.add(phraseKey(name), group.id);
    for (const word of [group.kind, pluralOf(group.kind)]) kinds.add(phraseKey(word), group.kind);
  }
  return { all, byKey: new Map(all.map((g) => [g.key, g])), names, kinds };
}
