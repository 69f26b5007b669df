import { answerNoSuchItem } from './answer/answer-no-such-item.js';
import { composeAnswer } from './answer/compose.js';
import { carriedLabel, resolvedQuestionText } from './answer/describe-question.js';
import type { Draft } from './answer/draft.js';
import { nextContext } from './answer/next-context.js';
import { renderText, truncationNotice } from './answer/render-text.js';
import {
  createKnowledgeIndex,
  type IndexOptions,
  type KnowledgeIndex,
} from './index/knowledge-index.js';
import type { Answer } from './schema/answer.js';
import { ConversationContext } from './schema/conversation.js';
import type { Dataset } from './schema/dataset.js';
import { splitWords } from './text/normalise.js';
import { splitSentences } from './text/sentences.js';
import { type Correction, splitCorrection } from './understand/corrections.js';
import { resolveFollowUp } from './understand/follow-up.js';
import {
  MAX_QUESTION_LENGTH,
  parseQuestion,
  readQuestion,
  stripChatMarkup,
} from './understand/parse-question.js';
import type { ParsedQuestion } from './understand/parsed-question.js';
import { rememberReading } from './understand/question-reading.js';

/** Sentences of a message tried one by one at most: a long run of junk stays cheap. */
const MAX_SENTENCES_TRIED = 10;

/** One answered question: what it was read as, its draft, and the pick a follow-up made. */
interface Turn {
  parsed: ParsedQuestion;
  draft: Draft;
  /** Set when the question was read as a follow-up of the context. */
  followUp?: { picked: number | undefined };
}

/** Answers a parsed question, read against the conversation's context when it is a follow-up. */
function answerInContext(
  index: KnowledgeIndex,
  parsed: ParsedQuestion,
  context: ConversationContext | undefined,
): Turn {
  const resolution = resolveFollowUp(index, parsed, context, (text) => parseQuestion(index, text));
  if (resolution.kind === 'no-such-item')
    return { parsed, draft: answerNoSuchItem(index, resolution, context?.shown ?? []) };
  if (resolution.kind === 'new')
    return { parsed: resolution.parsed, draft: composeAnswer(index, resolution.parsed) };
  return {
    parsed: resolution.parsed,
    draft: composeAnswer(index, resolution.parsed),
    followUp: { picked: resolution.picked },
  };
}

/**
 * The answer to the whole message or, when that is not understood, to the first of its
 * sentences that can be answered on its own, with a note saying so: "who leads WP5? cc Alice
 * Martin" answers WP5's leader.
 */
function answerSomeSentence(
  index: KnowledgeIndex,
  parsed: ParsedQuestion,
  context: ConversationContext | undefined,
): Turn {
  const whole = answerInContext(index, parsed, context);
  // A refused subject ("is it gonna rain in Barcelona? going there for the meeting") is the
  // message's question: another sentence of it is no answer.
  if (whole.draft.intent !== 'unknown' || parsed.unheld.length > 0) return whole;
  const sentences = splitSentences(stripChatMarkup(parsed.question));
  if (sentences.length < 2) return whole;
  for (const sentence of sentences.slice(0, MAX_SENTENCES_TRIED)) {
    const turn = answerInContext(index, parseQuestion(index, sentence), context);
    const { draft } = turn;
    // "Hi!" or "thanks." alone asks for help; that is no answer to the message.
    if (draft.intent === 'unknown' || draft.intent === 'help') continue;
    // Only its words are quoted back, so no link or markup from the message enters the answer.
    const words = splitWords(sentence).join(' ');
    return {
      ...turn,
      draft: {
        ...draft,
        notes: [...draft.notes, `(I answered “${words}” and left the rest of your message aside.)`],
      },
    };
  }
  return whole;
}

/** The context as a store gave it back, or undefined when it is not one (an old or foreign shape). */
function readContext(context: unknown): ConversationContext | undefined {
  if (context === undefined || context === null) return undefined;
  const parsed = ConversationContext.safeParse(context);
  return parsed.success ? parsed.data : undefined;
}

/** A bot over one dataset: build once, answer many times. */
export interface Bot {
  readonly dataset: Dataset;
  readonly index: KnowledgeIndex;
  /**
   * Pure and synchronous: the same question in the same context always gets the same answer.
   * `context` is the last answer's `context` in this conversation; the answer carries the next.
   */
  answer(question: string, context?: ConversationContext | null): Answer;
}

/**
 * Builds the index for a validated dataset and returns the answering function. The options add
 * everyday words: the vocabularies of the field and the consortium, and general English.
 */
export function createBot(dataset: Dataset, options: IndexOptions = {}): Bot {
  const index = createKnowledgeIndex(dataset, options);
  const answerMessage = (question: string, context?: ConversationContext | null): Answer => {
    const parsed = parseQuestion(index, question);
    const previous = readContext(context);
    const turn = answerSomeSentence(index, parsed, previous);
    const understood = turn.draft.intent !== 'unknown' && turn.draft.intent !== 'help';
    const followUp = understood ? turn.followUp : undefined;
    const label = followUp
      ? carriedLabel(index, turn.parsed, followUp.picked, turn.draft.headline)
      : '';
    const draft = label
      ? { ...turn.draft, headline: `${label} ${turn.draft.headline}` }
      : turn.draft;
    const resolvedQuestion = followUp
      ? resolvedQuestionText(index, turn.parsed)
      : parsed.question || 'help';
    const notice = parsed.truncated ? truncationNotice(MAX_QUESTION_LENGTH) : null;
    const answer: Answer = {
      question: parsed.question,
      intent: draft.intent,
      partners: draft.partners,
      workPackages: draft.workPackages,
      confidence: Math.round(Math.max(0, Math.min(1, draft.confidence)) * 1000) / 1000,
      text: renderText(draft, notice),
      notice,
      headline: draft.headline,
      notes: draft.notes,
      suggestions: draft.suggestions,
      truncated: parsed.truncated,
      resolvedQuestion,
      context: nextContext(
        turn.parsed,
        turn.draft,
        resolvedQuestion,
        previous,
        followUp?.picked !== undefined,
      ),
      // "more", "show me all" after an answer: the rest of what the asker has seen part of.
      ...(followUp && turn.parsed.showAll === true ? { whole: true as const } : {}),
      ...(draft.contacts.length > 0 ? { contacts: draft.contacts } : {}),
    };
    rememberReading(answer, turn.parsed);
    return answer;
  };
  return {
    dataset,
    index,
    answer(question, context) {
      const read = readQuestion(question).question;
      const correction = splitCorrection(read);
      const corrected = correction && answerCorrected(answerMessage, correction, context);
      if (corrected === undefined) return answerMessage(question, context);
      // The message as typed is the question; what it was read as is the resolved question.
      corrected.question = read;
      return corrected;
    },
  };
}

/**
 * "which partners are in Spain? wait, I mean Italy": the question answered, then what it meant
 * instead read as a follow-up to that answer ("and in Italy?"), so that the part named
 * replaces the question's own. A correction sent alone ("no wait, Italy") follows the last
 * answer of the conversation. Undefined when either is not understood: then the message is
 * read whole, as before.
 */
function answerCorrected(
  answerMessage: (question: string, context?: ConversationContext | null) => Answer,
  correction: Correction,
  context: ConversationContext | null | undefined,
): Answer | undefined {
  const understood = (a: Answer) => a.intent !== 'unknown' && a.intent !== 'help';
  const first =
    correction.question === '' ? undefined : answerMessage(correction.question, context);
  if (first !== undefined && !understood(first)) return undefined;
  const base = first === undefined ? readContext(context) : first.context;
  // A correction with nothing before it to correct ("no wait, Italy" to start a conversation)
  // asks what it names.
  if (base === undefined || base === null) {
    const alone = first === undefined ? answerMessage(correction.instead) : undefined;
    return alone !== undefined && understood(alone) ? alone : undefined;
  }
  // Asked as the follow-up that replaces one part ("what about WP4?"), so that the rest of the
  // question ("who leads", "hospitals") is carried over, not asked about WP4 alone.
  const answer = answerMessage(`what about ${correction.instead}?`, base);
  return understood(answer) ? answer : undefined;
}
