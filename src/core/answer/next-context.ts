import type { Place } from '../index/entities.js';
import type { ContextPlace, ContextTopic } from '../schema/conversation.js';
import { type ConversationContext, MAX_CONTEXT_IDS } from '../schema/conversation.js';
import type { ParsedQuestion, TopicMention } from '../understand/parsed-question.js';
import type { Draft } from './draft.js';

/**
 * Topics as a context keeps them: the concept, its words and how answers write it. The
 * question's verb ("builds" in "who builds the AI assessment platform?") is the relation asked
 * about, not a topic: a follow-up ("who else contributes to it?") asks its own.
 */
function contextTopics(topics: readonly TopicMention[]): ContextTopic[] {
  const named = topics.filter((t) => t.verb !== true);
  return (named.length > 0 ? named : topics)
    .slice(0, 20)
    .map((t) => ({ concept: t.concept, words: t.words.slice(0, 20), label: t.shown }));
}

/** Places as a context keeps them: plain JSON, with no undefined country. */
function contextPlaces(places: readonly Place[]): ContextPlace[] {
  return places.slice(0, 20).map((place) => {
    if (place.type === 'region') {
      const { strictly, members, ...region } = place;
      return {
        ...region,
        countries: [...place.countries],
        ...(strictly ? { strictly: { ...strictly, countries: [...strictly.countries] } } : {}),
        ...(members ? { members: [...members] } : {}),
      };
    }
    const { country, ...city } = place;
    return country === undefined ? city : { ...city, country };
  });
}

/**
 * What the conversation is about after this answer: the question's parts and the partners
 * shown. An answer that understood nothing ("unknown", "help") keeps the previous context, so
 * that a typo or a "thanks" in between does not lose the thread. After a pick ("the second
 * one") the list picked from stays the list.
 */
export function nextContext(
  parsed: ParsedQuestion,
  draft: Draft,
  resolvedQuestion: string,
  previous: ConversationContext | undefined,
  picked: boolean,
): ConversationContext | null {
  if (draft.intent === 'unknown' || draft.intent === 'help') return previous ?? null;
  const ids = (list: readonly string[]): string[] => list.slice(0, MAX_CONTEXT_IDS);
  return {
    question: resolvedQuestion.slice(0, 1000),
    intent: draft.intent,
    partners: ids(parsed.partners.map((p) => p.id)),
    workPackages: ids(parsed.workPackages),
    topics: contextTopics(parsed.topics),
    countries: ids(parsed.countries),
    places: contextPlaces(parsed.places),
    kinds: [...parsed.kinds],
    relations: ids(parsed.relations),
    excluded: {
      countries: ids(parsed.excluded.countries),
      places: contextPlaces(parsed.excluded.places),
      kinds: [...parsed.excluded.kinds],
      partners: ids(parsed.excluded.partners),
      workPackages: ids(parsed.excluded.workPackages),
      topics: contextTopics(parsed.excluded.topics),
    },
    everyWorkPackage: parsed.everyWorkPackage,
    anyTopic: parsed.anyTopic,
    cues: [...parsed.cues].slice(0, 20),
    // After "the second one", "the third one" still counts in the same list.
    shown: picked && previous ? previous.shown : ids(draft.partners.map((p) => p.id)),
    shownWorkPackages:
      picked && previous ? previous.shownWorkPackages : ids(draft.workPackages.map((wp) => wp.id)),
  };
}
