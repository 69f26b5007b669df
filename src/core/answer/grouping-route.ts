import { WORK_PACKAGE_KIND } from '../index/groupings.js';
import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { tokenizeAsides } from '../understand/asides.js';
import { asksForContact } from '../understand/contact-question.js';
import { readGroupingRefs } from '../understand/grouping-refs.js';
import { stripChatMarkup } from '../understand/parse-question.js';
import type { ParsedQuestion } from '../understand/parsed-question.js';
import { leaderAskedByTopic, withoutWorkPackageWords } from '../understand/work-package-topics.js';
import { answerContacts } from './answer-contacts.js';
import { answerGrouping, answerGroupingKind } from './answer-grouping.js';
import type { WorkPackageAspect } from './answer-work-package.js';
import type { Draft } from './draft.js';

/** A work package written by number, as questions write it: "WP3", "wp 3" is two words. */
const WORK_PACKAGE_NUMBER = /^wp\d+$/;

/** What a question wants to know about a work package or another grouping. */
export function aspectOf(parsed: ParsedQuestion): WorkPackageAspect {
  // Coordinating a work package is leading it: "which partner coordinates WP3?".
  if (parsed.cues.has('lead') || (parsed.cues.has('coordinator') && parsed.workPackages.length > 0))
    return 'leader';
  // "What does WP7 cover?", "what is WP3 about?": "does" is no ask for members beside "cover".
  if (parsed.cues.has('info') && !parsed.cues.has('partners') && !parsed.cues.has('list'))
    return 'overview';
  if (parsed.cues.has('member') || parsed.cues.has('partners') || parsed.cues.has('list'))
    return 'members';
  return 'overview';
}

/**
 * Questions about contacts and groupings, read before the rest of the answerer: a contact
 * question is answered as one whatever else it names; a grouping named by label or description
 * other than a work package gets its own answer; a work package named by its subject ("the
 * data curation work package", "who leads the WP where they do the training activities?") is
 * added to the question as if named by number, its describing words no longer a topic, and
 * answered by the work-package path. `byTopic` is the work package a leadership question's
 * topics named, for the headline to confirm, when it is the only one the subject names.
 */
export function routeGroupings(
  index: KnowledgeIndex,
  question: ParsedQuestion,
): { draft: Draft } | { parsed: ParsedQuestion; byTopic: string | null } {
  const byTopic = question.workPackages.length === 0 ? leaderAskedByTopic(index, question) : null;
  const parsed = byTopic
    ? { ...question, workPackages: [byTopic], topics: [] }
    : withoutWorkPackageWords(index, question);
  // Tokenised once for both readings, as the parser reads the question.
  const tokens = tokenizeAsides(stripChatMarkup(parsed.question));
  const refs = readGroupingRefs(index, tokens);
  // A partner's name or a work package's number: "the WP3 people" are its members.
  const isName = (t: { norm: string; canon: string }) =>
    WORK_PACKAGE_NUMBER.test(t.norm) ||
    index.entities.get(t.canon).some((e) => e.type === 'partner');
  if (asksForContact(parsed, tokens, refs.named.length > 0, isName))
    return { draft: answerContacts(index, parsed, refs.named) };
  const groups = refs.named.filter((g) => g.kind !== WORK_PACKAGE_KIND);
  const [group] = groups;
  if (group !== undefined && groups.length === 1 && parsed.workPackages.length === 0)
    return { draft: answerGrouping(index, group, aspectOf(parsed)) };
  const [kind] = refs.kinds;
  if (kind !== undefined && groups.length === 0)
    return {
      draft: answerGroupingKind(
        index,
        kind,
        parsed.partners.map((p) => p.id),
      ),
    };
  const described = refs.named.filter((g) => g.kind === WORK_PACKAGE_KIND).map((g) => g.key);
  if (described.length === 0) return { parsed, byTopic };
  // The words next to the kind and the question's topics may name different work packages
  // ("the legal work package on training"): both are answered, and the headline then claims
  // neither as the one the subject names.
  const describing = new Set(refs.describing);
  return {
    byTopic: described.every((key) => key === byTopic) ? byTopic : null,
    parsed: {
      ...parsed,
      workPackages: [...new Set([...parsed.workPackages, ...described])],
      topics: parsed.topics.filter((t) => !t.words.every((w) => describing.has(w))),
      unexplained: parsed.unexplained.filter((w) => !describing.has(w)),
    },
  };
}
