import { WORK_PACKAGE_KIND } from '../index/groupings.js';
import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { canonicalTokens, type Token, tokenize } from '../text/normalise.js';
import { groupingOfSubject, subjectFit } from './grouping-subject.js';
import { stripChatMarkup } from './parse-question.js';
import type { ParsedQuestion } from './parsed-question.js';

/**
 * The question without the topics that only restate a work package it names: in "who's the
 * lead partner for WP7 dissemination, communication & exploitation?", the words are WP7's
 * title, not a topic to rank WP7's members by. A topic stays when any of its words is not in
 * the title of a work package named; the description is not enough, since it names the tasks
 * inside the work package ("who leads the Clinical Consensus Group in WP2?"), except where the
 * question asks for the leadership and the words come after the work package, as a reminder of
 * which one it is (see describesAfter).
 */
export function withoutWorkPackageWords(
  index: KnowledgeIndex,
  parsed: ParsedQuestion,
): ParsedQuestion {
  if (parsed.workPackages.length === 0 || parsed.topics.length === 0) return parsed;
  const words = new Set<string>();
  for (const id of parsed.workPackages) {
    const wp = index.workPackages.get(id);
    for (const word of canonicalTokens(wp?.title ?? '')) words.add(word);
  }
  const restates = describesAfter(index, parsed);
  const topics = parsed.topics.filter((t) => !t.words.every((w) => words.has(w)) && !restates(t));
  return topics.length === parsed.topics.length ? parsed : { ...parsed, topics };
}

/** Cues by which a question asks who leads: "who's in charge of", "who coordinates", "steers". */
const LEADERSHIP_CUES = ['lead', 'coordinator'] as const;

/**
 * Whether a topic restates the one work package a leadership question names: words that come
 * after it and that its title, keywords or description hold. "who's in charge of WP3, the
 * catalogue one?", "which partner coordinates WP3 on linking imaging and non-imaging data?" ask
 * for WP3's leadership; the words say which work package is meant, not whom to rank by.
 */
function describesAfter(
  index: KnowledgeIndex,
  parsed: ParsedQuestion,
): (topic: ParsedQuestion['topics'][number]) => boolean {
  const [id, ...others] = parsed.workPackages;
  const grouping = id === undefined ? undefined : index.groupings.byKey.get(id);
  if (
    grouping === undefined ||
    others.length > 0 ||
    !LEADERSHIP_CUES.some((cue) => parsed.cues.has(cue))
  )
    return () => false;
  const tokens = tokenize(stripChatMarkup(parsed.question));
  const number = id?.slice(2) ?? '';
  const wpAt = tokens.findIndex(
    (t, i) => t.norm === `wp${number}` || (t.norm === 'wp' && tokens[i + 1]?.norm === number),
  );
  if (wpAt < 0) return () => false;
  const canon = tokens.map((t) => t.canon);
  const namedAt = bareWorkPackageAt(tokens);
  const alternativeAt = alternativeAfter(tokens, wpAt);
  return (topic) => {
    const at = canon.findIndex((_, i) => topic.words.every((w, k) => canon[i + k] === w));
    // "does anyone lead WP3, or is it just shared?": the other answer the asker offers.
    if (alternativeAt >= 0 && at > alternativeAt) return true;
    if (subjectFit(index, { words: topic.words })(grouping) === 0) return false;
    // "who heads the WP on data storage (WP3)?": the subject stands after a bare "WP" that
    // the number then names, as it would after the number.
    return at > wpAt || (namedAt >= 0 && namedAt < at && at < wpAt);
  };
}

/** Where "WP" or "work package" stands without a number: "the WP on data storage (WP3)". */
function bareWorkPackageAt(tokens: readonly Token[]): number {
  return tokens.findIndex(
    (t, i) =>
      (t.norm === 'wp' && !/^\d+$/.test(tokens[i + 1]?.norm ?? '')) ||
      (t.norm === 'work' && tokens[i + 1]?.norm === 'package'),
  );
}

/**
 * Where the question offers its own other answer after the work package: "or is it just
 * shared?", "or are they all equal?", "or does it run itself?" (issue #11, wp-leadership
 * family of fresh set 7). An "or" then a verb and a pronoun asks whether something holds of the
 * same subject; its words say how the leadership may stand, not whom to rank. -1 when none.
 */
function alternativeAfter(tokens: readonly Token[], wpAt: number): number {
  for (let i = wpAt + 1; i < tokens.length - 2; i++)
    if (
      tokens[i]?.norm === 'or' &&
      ALTERNATIVE_VERBS.has(tokens[i + 1]?.norm ?? '') &&
      ALTERNATIVE_PRONOUNS.has(tokens[i + 2]?.norm ?? '')
    )
      return i;
  return -1;
}

/** The verbs and pronouns of an alternative about the same subject: "or is it", "or do they". */
const ALTERNATIVE_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'does', 'do', 'was', 'has']);
const ALTERNATIVE_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'that', 'this']);

/**
 * A question about the leader of a work package named by its subject ("who runs the dissemination
 * WP?"): the work package it means, or null when the question names one by number, names a
 * partner or place, asks about work packages in general, or its subject fits no single one.
 * The subject is its topics, matched as any grouping's subject is (see grouping-subject.ts).
 */
export function leaderAskedByTopic(index: KnowledgeIndex, parsed: ParsedQuestion): string | null {
  const named =
    parsed.workPackages.length +
    parsed.partners.length +
    parsed.countries.length +
    parsed.places.length +
    parsed.kinds.length;
  if (!parsed.aboutWorkPackages || !parsed.cues.has('lead') || named > 0) return null;
  if (parsed.cues.has('work-packages') || parsed.topics.length === 0) return null;
  return groupingOfSubject(index, WORK_PACKAGE_KIND, { topics: parsed.topics })?.key ?? null;
}
