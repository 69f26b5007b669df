import { PARTNER_PRONOUNS } from '../lexicon/draft-words.js';
import { splitDocumentSentences } from '../text/document-sentences.js';
import { type Clause, splitClauses } from './clauses.js';
import type { ProjectTest } from './consortium.js';
import { type LeadReading, readLead } from './leads.js';
import type { MentionFinder } from './partner-mentions.js';
import type { Prose } from './sections.js';
import { FINITE_VERBS } from './verbs.js';
import { workPackageIds } from './work-package-mentions.js';

/** One thing a partner does, as a clause of a source sentence says it. */
export interface RoleDraft {
  partner: number;
  source: string;
  clause: string;
  wp: string | null;
  reading: LeadReading;
}

/** What role reading needs to know about the draft. */
export interface RoleContext {
  mentions: MentionFinder;
  /** The consortium's name, "the project", "the consortium". */
  project: ProjectTest;
}

/** Most words before a sentence's verb that are read as its subject. */
const MAX_SUBJECT_WORDS = 8;
const THIS_WORK_PACKAGE = /\b(?:this|the)\s+(?:work[\s-]?package|WP)\b/i;

/** The words before a sentence's first verb, if it has one near its start. */
export function subjectOf(sentence: string): string | null {
  const words = sentence.split(/\s+/);
  const verb = words.findIndex((w) => FINITE_VERBS.has(w.toLowerCase().replace(/[^a-z]/g, '')));
  return verb >= 0 && verb <= MAX_SUBJECT_WORDS ? words.slice(0, verb).join(' ') : null;
}

/** The partner a sentence is about by its subject, if its subject names exactly one. */
export function subjectPartner(sentence: string, mentions: MentionFinder): number | null {
  const subject = subjectOf(sentence);
  const named = subject === null ? [] : [...new Set(mentions(subject).map((m) => m.partner))];
  return named.length === 1 ? (named[0] ?? null) : null;
}

/**
 * Whether a sentence says what its partner does in the project: it names a work package or the
 * project, or its subject is the partner (or "It", "The team") doing something.
 */
function saysWhatItDoes(sentence: string, context: RoleContext): boolean {
  if (workPackageIds(sentence).length > 0 || context.project(sentence)) return true;
  const subject = subjectOf(sentence);
  if (subject === null) return false;
  const first =
    subject
      .replace(/^[\w-]+,\s*/, '')
      .split(/\s+/)[0]
      ?.toLowerCase() ?? '';
  return context.mentions(subject).length > 0 || PARTNER_PRONOUNS.has(first);
}

/**
 * The sentences of a partner's section that say what it does: those under a role label where
 * there is one; else every paragraph after the first that names a work package or the project,
 * and always the last; in a section of one paragraph, the sentences after the first that say
 * what the partner does (the first describes it, unless it names a work package).
 */
export function roleSentences(prose: readonly Prose[], context: RoleContext): string[] {
  const sentences = (p: Prose) => splitDocumentSentences(p.text);
  if (prose.some((p) => p.label === 'role'))
    return prose.filter((p) => p.label === 'role').flatMap(sentences);
  const own = prose.filter((p) => p.label === null);
  if (own.length >= 2)
    return own
      .slice(1)
      .filter((p, i, rest) => i === rest.length - 1 || saysWhatItDoes(p.text, context))
      .flatMap(sentences);
  return (own[0] ? sentences(own[0]) : []).filter(
    (s, i) => (i > 0 && saysWhatItDoes(s, context)) || workPackageIds(s).length > 0,
  );
}

/** The roles a sentence gives a partner: one per clause and work package. */
export function rolesOf(
  sentence: string,
  partner: number,
  context: RoleContext,
  workPackage: string | null = null,
): RoleDraft[] {
  const clauses = splitClauses(sentence);
  const subject = subjectOf(sentence) ?? '';
  const others = context.mentions(subject).filter((m) => m.partner !== partner);
  const subjectOk = others.length === 0;
  return clauses.flatMap((clause: Clause, i) => {
    const reading = readLead(
      clause,
      partner,
      i === 0 || subjectOk,
      context.mentions,
      context.project,
    );
    const named = clause.workPackages.length > 0 ? clause.workPackages : null;
    const wps =
      named ?? (workPackage && THIS_WORK_PACKAGE.test(clause.text) ? [workPackage] : [null]);
    return wps.map((wp) => ({ partner, source: sentence, clause: clause.text, wp, reading }));
  });
}
