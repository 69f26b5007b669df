import type { Bot } from '../../../core/create-bot.js';
import { closestConcept } from '../../../core/understand/closest-concept.js';
import type { LoggedQuestion } from '../queries.js';

/**
 * Confidence under which an answer counts as unsure: where the Slack and Teams renderers stop
 * stating the answer and say these are the closest matches (FAIR in adapters/slack/render.ts).
 */
export const LOW_CONFIDENCE = 0.5;
/** Distinct askers a word needs before the report suggests a change: one person's typo is no pattern. */
export const SUGGESTION_MIN_ASKERS = 2;
/** Rows shown per list; the JSON and CSV formats carry every row. */
export const TOP_ROWS = 10;
/** Example questions kept per row. */
const EXAMPLES = 3;

/** A word people used that the core did not understand. */
export interface WordRow {
  word: string;
  questions: number;
  askers: number;
  examples: string[];
}

/** A question (as read, grouped case-insensitively) and how often it was asked. */
export interface QuestionGroup {
  question: string;
  intent: string;
  confidence: number;
  count: number;
  askers: number;
  comments: string[];
}

/** A suggestion for the dataset's maintainer; writing to the dataset stays their decision. */
export interface Suggestion {
  word: string;
  askers: number;
  concept: string | null;
  synonymGroup: boolean;
  text: string;
}

/** What `eucanbot report` prints. */
export interface Report {
  since: string;
  questions: number;
  askers: number;
  feedback: { up: number; down: number };
  refused: { questions: number; byWord: WordRow[] };
  lowConfidence: QuestionGroup[];
  thumbsDown: QuestionGroup[];
  topics: { topic: string; questions: number }[];
  partners: { partner: string; questions: number }[];
  suggestions: Suggestion[];
}

function countBy<T>(items: readonly T[], keys: (item: T) => readonly string[]) {
  const counts = new Map<string, { items: T[] }>();
  for (const item of items)
    for (const key of new Set(keys(item))) {
      const entry = counts.get(key) ?? { items: [] };
      entry.items.push(item);
      counts.set(key, entry);
    }
  return [...counts.entries()];
}

const askersOf = (qs: readonly LoggedQuestion[]) => new Set(qs.map((q) => q.asker)).size;

function byWord(questions: readonly LoggedQuestion[]): WordRow[] {
  return countBy(questions, (q) => q.unexplained)
    .map(([word, { items }]) => ({
      word,
      questions: items.length,
      askers: askersOf(items),
      examples: [...new Set(items.map((q) => q.question))].slice(0, EXAMPLES),
    }))
    .sort(
      (a, b) => b.askers - a.askers || b.questions - a.questions || a.word.localeCompare(b.word),
    );
}

function groupQuestions(questions: readonly LoggedQuestion[]): QuestionGroup[] {
  return countBy(questions, (q) => [q.question.toLowerCase()])
    .map(([, { items }]) => {
      const first = items[0] as LoggedQuestion;
      const comments = items.flatMap((q) =>
        q.feedback.flatMap((f) => (f.reaction === 'down' && f.comment ? [f.comment] : [])),
      );
      return {
        question: first.question,
        intent: first.intent,
        confidence: Math.min(...items.map((q) => q.confidence)),
        count: items.length,
        askers: askersOf(items),
        comments,
      };
    })
    .sort((a, b) => b.count - a.count || a.confidence - b.confidence);
}

function suggestionText(word: string, askers: number, concept: ReturnType<typeof closestConcept>) {
  const who = `${askers} ${askers === 1 ? 'asker' : 'askers'} used "${word}"`;
  if (concept === undefined)
    return `${who}, which nothing in the dataset explains: add it as a keyword to the roles it is about, or to a synonym group?`;
  if (concept.synonymGroup !== undefined)
    return `${who}; the closest concept is ${concept.label}: add it to that synonym group?`;
  return `${who}; the closest concept is ${concept.label}: add a synonym group with "${concept.label}" and "${word}"?`;
}

/** Builds the report from the logged questions, with suggestions from the core's own matchers. */
export function buildReport(questions: readonly LoggedQuestion[], bot: Bot, since: string): Report {
  const refused = questions.filter((q) => q.intent === 'unknown');
  const answered = questions.filter((q) => !['unknown', 'help'].includes(q.intent));
  const feedback = questions.flatMap((q) => q.feedback);
  const acronym = (id: string) => bot.index.partners.get(id)?.acronym ?? id;
  const words = byWord(questions).filter((w) => w.askers >= SUGGESTION_MIN_ASKERS);
  return {
    since,
    questions: questions.length,
    askers: askersOf(questions),
    feedback: {
      up: feedback.filter((f) => f.reaction === 'up').length,
      down: feedback.filter((f) => f.reaction === 'down').length,
    },
    refused: { questions: refused.length, byWord: byWord(refused) },
    lowConfidence: groupQuestions(answered.filter((q) => q.confidence < LOW_CONFIDENCE)),
    thumbsDown: groupQuestions(
      questions.filter((q) => q.feedback.some((f) => f.reaction === 'down')),
    ),
    topics: countBy(answered, (q) => q.understood.topics)
      .map(([topic, { items }]) => ({ topic, questions: items.length }))
      .sort((a, b) => b.questions - a.questions || a.topic.localeCompare(b.topic)),
    partners: countBy(answered, (q) => q.partners.map(acronym))
      .map(([partner, { items }]) => ({ partner, questions: items.length }))
      .sort((a, b) => b.questions - a.questions || a.partner.localeCompare(b.partner)),
    suggestions: words.map((w) => {
      const concept = closestConcept(bot.index, w.word);
      return {
        word: w.word,
        askers: w.askers,
        concept: concept?.label ?? null,
        synonymGroup: concept?.synonymGroup !== undefined,
        text: suggestionText(w.word, w.askers, concept),
      };
    }),
  };
}
