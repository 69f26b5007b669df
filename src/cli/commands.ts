import { createInterface } from 'node:readline';
import { renderTerminalMatrix } from '../../adapters/terminal/matrix-table.js';
import {
  MORE_COMMAND,
  renderTerminal,
  renderTerminalCompact,
} from '../../adapters/terminal/render.js';
import type { Config } from '../config.js';
import { chatView } from '../core/answer/compact-view.js';
import { type Bot, createBot } from '../core/create-bot.js';
import type { Answer } from '../core/schema/answer.js';
import { DEFAULT_DATASET_PATH, loadDataset } from '../dataset/load-dataset.js';
import { loadIndexOptions } from '../dataset/load-knowledge.js';
import { createMemoryConversationStore } from '../services/conversation-store.js';
import type { QuestionLog } from '../services/question-log/question-log.js';
import { newAnswerId, recordAnswer } from '../services/question-log/record-answer.js';
import { type CliIo, writeLine, writeLineInTurn } from './io.js';

/** Options every command shares. */
export interface CommonOptions {
  data: string | undefined;
}

/** --data, then EUCANBOT_DATA, then the shipped dataset. */
export function datasetPath(options: CommonOptions, config: Config): string {
  return options.data ?? config.dataPath ?? DEFAULT_DATASET_PATH;
}

function useColor(io: CliIo): boolean {
  return io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
}

/**
 * The lines of a rendered answer joined with one space, the whitespace around each line break
 * dropped. Line by line, not with a pattern: one for "whitespace around a line break" backtracks
 * over every long run of spaces that has none, in quadratic time.
 */
function oneLine(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

/** How `eucanbot ask` reads and prints. */
export interface AskOptions {
  json: boolean;
  /** Read stdin as conversations: a blank line ends one, and each line follows up the last. */
  conversation: boolean;
}

/** One answer on one line: a JSON object, or the text with its line breaks folded. */
function answerLine(answer: Answer, json: boolean): string {
  return json ? JSON.stringify(answer) : oneLine(renderTerminal(answer, { color: false }));
}

/**
 * `eucanbot ask`: one question, or a batch from stdin (one answer per line). With
 * `--conversation`, stdin holds conversations, one question a line and a blank line between
 * them; each question is answered in its conversation's context, and a blank line separates
 * the conversations' answers, so that scripts can check follow-ups without a chat platform.
 */
export async function runAsk(
  bot: Bot,
  question: string | undefined,
  options: AskOptions,
  io: CliIo,
): Promise<number> {
  const { json } = options;
  if (question !== undefined) {
    const answer = answerOrReport(bot, question, null, io, '');
    if (answer === undefined) return 1;
    const style = { color: useColor(io) };
    const shown =
      answer.intent === 'matrix'
        ? renderTerminalMatrix(answer, style)
        : renderTerminal(answer, style);
    writeLine(io.stdout, json ? JSON.stringify(answer, null, 2) : shown);
    return 0;
  }
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let failed = false;
  let context: Answer['context'] = null;
  let answered = false;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') {
      // A blank line ends a conversation: the next question starts afresh.
      if (options.conversation && answered) await writeLineInTurn(io.stdout, '');
      context = null;
      answered = false;
      continue;
    }
    const asked = options.conversation ? context : null;
    const answer = answerOrReport(bot, line, asked, io, `line ${lineNumber}: `);
    if (answer === undefined) {
      failed = true;
      continue;
    }
    context = answer.context;
    answered = true;
    await writeLineInTurn(io.stdout, answerLine(answer, json));
  }
  return failed ? 1 : 0;
}

/**
 * What "more" prints: the whole of the answer to it as a follow-up (all of the last list), or
 * of the last answer when there was nothing to follow up; or why there is nothing more.
 */
function moreOf(
  last: Answer | undefined,
  followUp: Answer | undefined,
  style: { color: boolean },
): string {
  const whole = followUp ?? last;
  if (whole === undefined) return 'Ask a question first; “more” then shows all of its answer.';
  // Shown whole already, or compact with nothing left out.
  if (last !== undefined && whole.text === last.text && chatView(last)?.shortened !== true)
    return 'That was the whole answer.';
  return renderTerminal(whole, style);
}

/** Options of the terminal chat. */
export interface ChatOptions {
  /** Minutes of silence after which the chat forgets what it was about; 0 = no follow-ups. */
  conversationTtlMinutes: number;
  /** Where questions are recorded (QUESTION_LOG_TERMINAL=on); undefined records nothing. */
  questionLog?: QuestionLog | undefined;
}

/** The terminal chat is one conversation: its context lives under this key. */
const CHAT_CONVERSATION = 'terminal';

/**
 * `eucanbot chat`: readline with history; "help" and "quit" work as in any REPL. The session is
 * one conversation: "and in Spain?" follows up the answer before, until it has been silent for
 * the configured time. Answers come compact, as in Slack and Teams; "more" prints all of the
 * last one (the core reads it as a follow-up too: the whole of the last list, not its first few).
 */
export async function runChat(bot: Bot, io: CliIo, options: ChatOptions): Promise<number> {
  const terminal = io.stdin.isTTY === true && io.stdout.isTTY === true;
  const rl = createInterface({
    input: io.stdin,
    output: io.stdout,
    terminal,
    historySize: 200,
    prompt: 'you> ',
  });
  const style = { color: useColor(io) };
  const conversations = createMemoryConversationStore({
    ttlMinutes: options.conversationTtlMinutes,
  });
  writeLine(
    io.stdout,
    `eucanbot: ask me about the ${bot.dataset.consortium.name} consortium. Type "help" for examples, "quit" to leave.`,
  );
  rl.prompt();
  let last: Answer | undefined;
  for await (const line of rl) {
    const text = line.trim();
    if (/^(quit|exit|bye|:q)$/i.test(text)) break;
    const context = text === '' ? undefined : await conversations.get(CHAT_CONVERSATION);
    const answer = text === '' ? undefined : answerOrReport(bot, text, context, io, '');
    if (answer !== undefined)
      recordAnswer(options.questionLog, bot, {
        answerId: newAnswerId(),
        surface: 'terminal',
        // One person at one terminal: its pseudonym is the same for the whole run.
        asker: { platform: 'terminal', id: 'terminal' },
        answer,
      });
    if (MORE_COMMAND.test(text)) {
      // The core reads "more" as a follow-up when there is something to follow up.
      const followUp = answer && !['unknown', 'help'].includes(answer.intent) ? answer : undefined;
      writeLine(io.stdout, `\n${moreOf(last, followUp, style)}\n`);
      if (followUp !== undefined) {
        last = followUp;
        await conversations.set(CHAT_CONVERSATION, followUp.context);
      }
    } else if (answer !== undefined) {
      last = answer;
      await conversations.set(CHAT_CONVERSATION, answer.context);
      writeLine(io.stdout, `\n${renderTerminalCompact(answer, style)}\n`);
    }
    rl.prompt();
  }
  rl.close();
  writeLine(io.stdout, 'Bye.');
  return 0;
}

/** Longest part of a question quoted back in an error line. */
const MAX_QUOTED_QUESTION = 80;

/**
 * The answer, or undefined after one line on stderr saying which question failed and why. The
 * core is meant never to throw; if it does, that costs one question, not a batch or a chat,
 * and the person reads what failed rather than a stack trace.
 */
function answerOrReport(
  bot: Bot,
  question: string,
  context: Answer['context'] | undefined,
  io: CliIo,
  where: string,
): Answer | undefined {
  try {
    return bot.answer(question, context);
  } catch (error) {
    const quoted = JSON.stringify(question.trim().slice(0, MAX_QUOTED_QUESTION));
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const firstLine = reason.split('\n')[0] ?? '';
    writeLine(io.stderr, `eucanbot: ${where}could not answer ${quoted} (${firstLine})`);
    return undefined;
  }
}

/** Loads the dataset a command should serve, with its vocabularies, and builds the bot. */
export function loadBot(file: string): Bot {
  const dataset = loadDataset(file);
  return createBot(dataset, loadIndexOptions(file, dataset));
}
