import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { CueKind } from '../lexicon/cues.js';
import { KIND_LABELS, KIND_PLURALS } from '../schema/dataset.js';
import type { ParsedQuestion } from '../understand/parsed-question.js';
import { topicNames, topicPhrase } from './matched-roles.js';
import { joinWords } from './parts.js';
import { placeWords } from './place-notes.js';

const acronymOf = (index: KnowledgeIndex, id: string): string =>
  index.partners.get(id)?.acronym ?? id;

/** "WP3 and WP4" when every one must hold, "WP3 or WP4" otherwise. */
function workPackagesOf(parsed: ParsedQuestion): string {
  return joinWords(parsed.workPackages, parsed.everyWorkPackage ? 'and' : 'or');
}

/** Where a filter looks: "in Spain", "not in Italy", "not in WP4", "not on GDPR". */
function placesOf(index: KnowledgeIndex, parsed: ParsedQuestion): string[] {
  const { countries, places, excluded } = parsed;
  return [
    countries.length + places.length > 0 ? `in ${placeWords(parsed)}` : '',
    excluded.countries.length + excluded.places.length > 0 ? `not in ${placeWords(excluded)}` : '',
    excluded.workPackages.length > 0 ? `not in ${joinWords(excluded.workPackages, 'or')}` : '',
    excluded.topics.length > 0
      ? `not on ${joinWords(topicNames(index, excluded.topics), 'or')}`
      : '',
  ].filter(Boolean);
}

/** What a filter leaves out by name or kind: "other than UAMS/TCIA and companies". */
function othersOf(index: KnowledgeIndex, parsed: ParsedQuestion): string {
  const { excluded } = parsed;
  const others = [
    ...excluded.partners.map((id) => acronymOf(index, id)),
    ...excluded.kinds.map((k) => KIND_PLURALS[k]),
  ];
  return others.length > 0 ? `other than ${joinWords(others)}` : '';
}

/** "companies", "third parties", "partners" (or one "company"): what a filter lists. */
function nounOf(parsed: ParsedQuestion, one = false): string {
  const kinds = joinWords(
    parsed.kinds.map((k) => (one ? KIND_LABELS : KIND_PLURALS)[k]),
    'or',
  );
  const relations = joinWords(
    parsed.relations.map((r) =>
      one ? r : /[^aeiou]y$/.test(r) ? `${r.slice(0, -1)}ies` : `${r}s`,
    ),
    'or',
  );
  return [kinds, relations].filter(Boolean).join(' ') || (one ? 'partner' : 'partners');
}

/** "1st", "2nd", "3rd", "11th", or "last". */
function ordinal(position: number): string {
  if (position === -1) return 'last';
  const tens = position % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][position % 10] ?? 'th');
  return `${position}${suffix}`;
}

/** The parts of a question, in a few words each: "WP4", "anonymisation", "in Spain". */
function partsOf(index: KnowledgeIndex, parsed: ParsedQuestion): string[] {
  const [wps, topics] = [
    parsed.workPackages.length > 0 ? workPackagesOf(parsed) : '',
    topicPhrase(index, parsed),
  ];
  // A partner's answer names it first; what picks its roles (WP3, GDPR) may need saying, while
  // a country or kind it is not is said in a note ("CRG is a research centre, not a company").
  if (parsed.partners.length > 0) return [wps, topics].filter(Boolean);
  return [
    wps,
    topics,
    parsed.kinds.length + parsed.relations.length > 0 ? nounOf(parsed) : '',
    ...placesOf(index, parsed),
    othersOf(index, parsed),
  ].filter(Boolean);
}

/**
 * What a follow-up stands for, in a few words before the headline ("WP4, in Spain:", "The 2nd
 * one:"), so that a misreading shows. Empty when the headline already names every part, as
 * "1 partner in Spain, working in WP4:" does.
 */
export function carriedLabel(
  index: KnowledgeIndex,
  parsed: ParsedQuestion,
  picked: number | undefined,
  headline: string,
): string {
  if (picked !== undefined) return `The ${ordinal(picked)} one:`;
  const parts = partsOf(index, parsed);
  const said = headline.toLowerCase();
  const one = parsed.kinds.length + parsed.relations.length > 0 ? nounOf(parsed, true) : '';
  const named = (part: string): boolean =>
    said.includes(part.toLowerCase()) || (part === nounOf(parsed) && said.includes(one));
  if (parts.every(named)) return '';
  const label = parts.join(', ');
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}:`;
}

/**
 * The whole question a follow-up stands for, as a person would ask it on its own: "Which
 * partners in WP4 are in Spain?", "What does CRG do?". Shown with a shared answer and logged;
 * asked afresh, it is read as the same question.
 */
export function resolvedQuestionText(index: KnowledgeIndex, parsed: ParsedQuestion): string {
  const wps = workPackagesOf(parsed);
  // Every topic, so that the question asked afresh is the same question.
  const topics = joinWords(topicNames(index, parsed.topics));
  if (parsed.partners.length > 0) {
    const names = joinWords(parsed.partners.map((p) => acronymOf(index, p.id)));
    const verb = parsed.partners.length === 1 ? 'does' : 'do';
    const where = parsed.workPackages.length > 0 ? ` in ${wps}` : topics ? ` on ${topics}` : '';
    return `What ${verb} ${names} do${where}?`;
  }
  const places = placesOf(index, parsed);
  const others = othersOf(index, parsed);
  const filtered =
    places.length + others.length + parsed.kinds.length + parsed.relations.length > 0;
  const all = parsed.showAll === true ? ' (all of them)' : '';
  const both = parsed.everyWorkPackage && parsed.workPackages.length > 1;
  if (!filtered && topics === '' && parsed.workPackages.length > 0 && !both) {
    if (parsed.cues.has('lead')) return `Who leads ${wps}?`;
    // As compose.ts reads the aspect: members when asked who is in it, else an overview.
    if (['member', 'partners', 'list'].some((cue) => parsed.cues.has(cue as CueKind)))
      return `Who is in ${wps}?${all}`;
    return `What does ${wps} cover?`;
  }
  if (!filtered && topics !== '' && parsed.workPackages.length === 0)
    return `Who ${parsed.cues.has('lead') ? 'leads the work' : 'works'} on ${topics}?${all}`;
  if (!filtered && topics === '' && !both) return parsed.question;
  const subject = [
    nounOf(parsed),
    parsed.workPackages.length > 0 ? `in ${both ? 'both ' : ''}${wps}` : '',
    topics ? `working on ${topics}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const where = places.length > 0 ? places.join(', ') : 'there';
  return `Which ${subject} are ${where}${others ? `, ${others}` : ''}?${all}`;
}
