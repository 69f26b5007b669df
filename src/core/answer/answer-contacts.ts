import type { Grouping } from '../index/groupings.js';
import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { AnswerContact } from '../schema/answer.js';
import type { Contact } from '../schema/contact.js';
import { KIND_LABELS, type Partner } from '../schema/dataset.js';
import type { ParsedQuestion } from '../understand/parsed-question.js';
import { toAnswerContact } from './contact-lines.js';
import { type Draft, draft } from './draft.js';
import { countryName, joinWords, partnerLabel } from './parts.js';
import { exampleQuestions, limitSuggestions, understoodParts } from './suggest.js';

/** Whose contact a question asks for. */
interface Target {
  /** As a sentence names it: "UB", "WP4". */
  label: string;
  /** With its name spelt out, bold: "**UB** (University of Barcelona)". */
  shown: string;
  contacts: readonly Contact[];
  /** What the dataset does hold nearest to a contact: where a partner is, who leads a grouping. */
  nearest: string;
  question: string;
}

/** "**UB** (University of Barcelona) is a university in Barcelona, Spain: “…”." */
function whereItIs(partner: Partner): string {
  const city = partner.city ? `${partner.city.name}, ` : '';
  const where = `${partnerLabel(partner)} is a ${KIND_LABELS[partner.kind]} in ${city}${countryName(partner.country)}`;
  return partner.city ? `${where}: “${partner.city.source}”` : `${where}.`;
}

function partnerTarget(partner: Partner): Target {
  return {
    label: partner.acronym,
    shown: partnerLabel(partner),
    contacts: partner.contacts ?? [],
    nearest: whereItIs(partner),
    question: `What does ${partner.acronym} do?`,
  };
}

function groupingTarget(index: KnowledgeIndex, grouping: Grouping): Target {
  const leader = grouping.leader ? index.partners.get(grouping.leader) : undefined;
  const nearest =
    leader && grouping.leaderSource
      ? `${grouping.label} is led by ${partnerLabel(leader)}: “${grouping.leaderSource}”`
      : `The source document names no leader for ${grouping.label}; ${grouping.members.length} partner${grouping.members.length === 1 ? '' : 's'} work in it.`;
  // A grouping with no contact of its own is reached through its leader, when the leader has one.
  const contacts = grouping.contacts.length > 0 ? grouping.contacts : (leader?.contacts ?? []);
  const via = grouping.contacts.length === 0 && leader ? ` (its leader ${leader.acronym})` : '';
  return {
    label: grouping.label,
    shown: `**${grouping.label}**${via}`,
    contacts,
    nearest,
    question: `What does ${grouping.label} cover?`,
  };
}

function targetsOf(index: KnowledgeIndex, parsed: ParsedQuestion, named: readonly Grouping[]) {
  const partners = parsed.partners
    .map((p) => index.partners.get(p.id))
    .filter((p) => p !== undefined)
    .map(partnerTarget);
  const groupings = [
    ...parsed.workPackages.map((id) => index.groupings.byKey.get(id)),
    ...named,
  ].filter((g) => g !== undefined);
  const unique = [...new Map(groupings.map((g) => [g.key, g])).values()];
  return [...partners, ...unique.map((g) => groupingTarget(index, g))];
}

/** Everyone the dataset holds a contact for, as sentences name them. */
function heldFor(index: KnowledgeIndex): string[] {
  return [
    ...index.dataset.partners.filter((p) => (p.contacts ?? []).length > 0).map((p) => p.acronym),
    ...index.groupings.all.filter((g) => g.contacts.length > 0).map((g) => g.label),
  ];
}

function withoutTarget(index: KnowledgeIndex, parsed: ParsedQuestion): Draft {
  const name = index.dataset.consortium.name;
  const held = heldFor(index);
  const nearest = understoodParts(index, parsed);
  if (held.length === 0)
    return draft({
      intent: 'not-found',
      headline: `The ${name} dataset has no contact details (emails, phone numbers, addresses or chat handles).${nearest.length > 0 ? ` I can answer ${nearest.map((s) => `“${s.question}”`).join(' or ')}.` : ''}`,
      suggestions: limitSuggestions([...nearest, ...exampleQuestions(index)]),
    });
  return draft({
    intent: 'not-found',
    headline: `Whose contact do you need? The ${name} dataset holds contacts for ${joinWords(held.slice(0, 8))}${held.length > 8 ? ' and others' : ''}.`,
    suggestions: limitSuggestions([
      ...nearest,
      ...held.map((label) => ({
        label: `Contact at ${label}`,
        question: `Who is the contact for ${label}?`,
      })),
    ]),
  });
}

/**
 * "What's UB's email?", "who is the contact at BSC?", "who should I email about WP4?": the
 * contacts the dataset holds, each with its source, or a plain "holds no contact details for
 * UB" with the nearest thing it does hold (where UB is), never a partner list in their place.
 */
export function answerContacts(
  index: KnowledgeIndex,
  parsed: ParsedQuestion,
  named: readonly Grouping[],
): Draft {
  const targets = targetsOf(index, parsed, named);
  if (targets.length === 0) return withoutTarget(index, parsed);
  const name = index.dataset.consortium.name;
  const held = targets.filter((t) => t.contacts.length > 0);
  const missing = targets.filter((t) => t.contacts.length === 0);
  const contacts: AnswerContact[] = held.flatMap((t) =>
    t.contacts.map((c) => toAnswerContact(t.label, c)),
  );
  const lines: string[] = [];
  if (held.length > 0)
    lines.push(
      `${held.length === 1 ? 'Contact' : 'Contacts'} for ${joinWords(held.map((t) => t.shown))}:`,
    );
  if (missing.length > 0)
    lines.push(
      `The ${name} dataset has no contact details for ${joinWords(missing.map((t) => t.label))}.`,
    );
  const notes = missing.map((t) => `What it does hold: ${t.nearest}`);
  return draft({
    intent: held.length > 0 ? 'partner' : 'not-found',
    headline: held.length > 0 ? lines.reverse().join(' ') : (lines[0] ?? ''),
    notes,
    contacts,
    suggestions: limitSuggestions(
      targets.map((t) => ({ label: `About ${t.label}`, question: t.question })),
    ),
  });
}
