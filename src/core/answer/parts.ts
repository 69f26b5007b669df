import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { AnswerPartner, AnswerRole, AnswerWorkPackage } from '../schema/answer.js';
import { KIND_LABELS, type Partner, type Role } from '../schema/dataset.js';

/**
 * Most partners an answer lists one line each (work-package members, all partners, filters);
 * the rest are counted. Above the real dataset's 21 partners, so its answers list everyone,
 * while a consortium of thousands gets a readable answer, not thousands of lines.
 */
export const MAX_LISTED = 25;

/** "…and 3 more.", or "…and 3 more in WP2.", for a list cut to `shown` of its `total` items. */
export function moreNote(total: number, shown: number, where = ''): string[] {
  return total > shown ? [`…and ${total - shown} more${where}.`] : [];
}

/** "**UAMS/TCIA** (University of Arkansas for Medical Sciences)". */
export function partnerLabel(partner: Pick<Partner, 'acronym' | 'name'>): string {
  return partner.acronym === partner.name
    ? `**${partner.acronym}**`
    : `**${partner.acronym}** (${partner.name})`;
}

/** A role as shown in an answer. */
export function toAnswerRole(role: Role): AnswerRole {
  return { summary: role.summary, wp: role.wp, lead: role.lead, source: role.source };
}

/** A partner with the given roles and score, as shown in an answer. */
export function toAnswerPartner(
  partner: Partner,
  roles: readonly Role[],
  score: number,
): AnswerPartner {
  return {
    id: partner.id,
    acronym: partner.acronym,
    name: partner.name,
    country: partner.country,
    ...(partner.city ? { city: { name: partner.city.name, source: partner.city.source } } : {}),
    kind: KIND_LABELS[partner.kind],
    score: Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000,
    roles: roles.map(toAnswerRole),
  };
}

/** Roles of a partner in any of the given work packages (all roles when none are given). */
export function rolesIn(partner: Partner, workPackages: readonly string[]): Role[] {
  if (workPackages.length === 0) return [...partner.roles];
  return partner.roles.filter((r) => r.wp !== null && workPackages.includes(r.wp));
}

/** A work package as shown in an answer, with its leader resolved. */
export function toAnswerWorkPackage(
  index: KnowledgeIndex,
  id: string,
): AnswerWorkPackage | undefined {
  const wp = index.workPackages.get(id);
  if (wp === undefined) return undefined;
  const leader = wp.leader === null ? undefined : index.partners.get(wp.leader);
  return {
    id: wp.id,
    title: wp.title,
    covers: wp.covers,
    leader:
      leader === undefined ? null : { id: leader.id, acronym: leader.acronym, name: leader.name },
    leaderSource: wp.leaderSource,
  };
}

/** "WP1–WP7" or "WP1, WP2 and WP4": how the dataset's work packages are named in prose. */
export function workPackageRange(index: KnowledgeIndex): string {
  const ids = [...index.workPackages.keys()];
  const numbers = ids.map((id) => Number(id.slice(2)));
  const contiguous = numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1);
  if (contiguous && ids.length > 2) return `${ids[0]}–${ids.at(-1)}`;
  return joinWords(ids);
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[], conjunction = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

/**
 * A noun from the dataset with its article: "a third party", "an affiliated entity". A "u"
 * keeps "a" ("a university"), as most English words that start with one do.
 */
export function withArticle(noun: string): string {
  return `${/^[aeio]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** "TMF is a third party of BBMRI-ERIC."; undefined for a partner with no parent. */
export function parentSentence(
  index: KnowledgeIndex,
  partner: Partner,
  subject = partner.acronym,
): string | undefined {
  const parent = partner.parent ? index.partners.get(partner.parent.id) : undefined;
  return partner.parent && parent
    ? `${subject} is ${withArticle(partner.parent.relation)} of ${parent.acronym}.`
    : undefined;
}

/** "1 partner", "3 partners". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** "the Netherlands", "the United States", "Spain": country names as they read after "in". */
export function countryName(name: string): string {
  return /^(United |Netherlands$|Philippines$|Czech Republic$|.* Republic$|.* Islands$)/.test(name)
    ? `the ${name}`
    : name;
}

/** "Leads WP1" → "leads WP1", for a summary inside a sentence; "XNAT linking" stays as written. */
export function lowerFirst(text: string): string {
  return text.length > 1 && text[1] !== text[1]?.toUpperCase()
    ? `${text[0]?.toLowerCase()}${text.slice(1)}`
    : text;
}
