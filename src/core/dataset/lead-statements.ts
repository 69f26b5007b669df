import {
  ADJECTIVE_MARKERS,
  LEAD_NEGATIONS,
  LEAD_PHRASES,
  PASSIVE_LEAD_FORMS,
  SUBJECT_FILLERS,
} from '../lexicon/lead-words.js';
import { splitWords } from '../text/normalise.js';
import { foldedWords, type Mention, type NameFinder } from './partner-mentions.js';

/** A lead phrase of a sentence ("leads") and who, by the sentence's grammar, does the leading. */
export interface LeadStatement {
  /** The phrase as the sentence writes it. */
  phrase: string;
  /** Candidate subjects: a name, or a pronoun for the caller to resolve; may be empty. */
  subjects: Mention[];
}

const PHRASES = LEAD_PHRASES.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

function phraseAt(words: readonly string[], i: number): number {
  return PHRASES.find((p) => p.every((w, k) => words[i + k] === w))?.length ?? 0;
}

function different(a: Mention, b: Mention): boolean {
  return a.pronoun || b.pronoun || !a.ids.some((id) => b.ids.includes(id));
}

/**
 * The subjects of a lead phrase at words [start, end): the agent after "by" of a passive ("WP3
 * is led by EMC"); else the sentence's subject, its first name or pronoun, unless another
 * partner is named between it and the phrase ("UB works with EMC, which leads WP3"); and the
 * name just before the phrase, with only words like "also" or "which" between.
 */
function subjectsOf(
  words: readonly string[],
  mentions: readonly Mention[],
  start: number,
  end: number,
): Mention[] {
  if (PASSIVE_LEAD_FORMS.has(words[start] ?? '') && words[end] === 'by') {
    const agent = mentions.find((m) => !m.pronoun && m.start > end && m.start <= end + 2);
    return agent === undefined ? [] : [agent];
  }
  const subjects: Mention[] = [];
  const first = mentions[0];
  if (first !== undefined) {
    const [from, to] = first.start < start ? [first.end, start] : [end, first.start];
    const between = mentions.filter((m) => m.start >= from && m.end <= to);
    if (!between.some((m) => different(m, first))) subjects.push(first);
  }
  const before = mentions.filter((m) => m.end <= start).at(-1);
  if (
    before !== undefined &&
    before !== first &&
    words.slice(before.end, start).every((w) => SUBJECT_FILLERS.has(w))
  )
    subjects.push(before);
  return subjects;
}

/** Every statement of a lead in a sentence, with its possible subjects. */
export function leadStatements(sentence: string, names: NameFinder): LeadStatement[] {
  const written = splitWords(sentence);
  const words = foldedWords(sentence);
  const mentions = names.mentions(words);
  const statements: LeadStatement[] = [];
  for (let i = 0; i < words.length; i++) {
    const length = phraseAt(words, i);
    if (length === 0) continue;
    const previous = words[i - 1] ?? '';
    const inName = mentions.some((m) => !m.pronoun && m.start <= i && i < m.end);
    const adjective = words[i] === 'leading' && ADJECTIVE_MARKERS.has(previous);
    if (!inName && !adjective && !LEAD_NEGATIONS.has(previous))
      statements.push({
        phrase: written.slice(i, i + length).join(' '),
        subjects: subjectsOf(words, mentions, i, i + length),
      });
    i += length - 1;
  }
  return statements;
}
