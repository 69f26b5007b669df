import { chatView } from '../../src/core/answer/compact-view.js';
import { renderCompactText } from '../../src/core/answer/render-compact.js';
import type { Answer } from '../../src/core/schema/answer.js';
import { renderTerminalMatrix } from './matrix-table.js';

/** Terminal styling; off when output is not a TTY or NO_COLOR is set. */
export interface TerminalStyle {
  color: boolean;
}

const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/** What the terminal chat takes as asking for the whole of the last answer. */
export const MORE_COMMAND = /^(more|show all|all of it)[.!]?$/i;

/** The line under a shortened answer, saying how to see all of it. */
export const MORE_HINT = '(Type “more” to see all of it.)';

/** Renders an Answer's Markdown text for a terminal: bold in colour, plain otherwise. */
export function renderTerminal(answer: Pick<Answer, 'text'>, style: TerminalStyle): string {
  const lines = answer.text.split('\n').map((line) => {
    const bold = line.replace(/\*\*(.+?)\*\*/g, style.color ? `${BOLD}$1${RESET}` : '$1');
    return style.color && /^\s*> /.test(bold) ? `${DIM}${bold}${RESET}` : bold;
  });
  return lines.join('\n');
}

/**
 * An answer as the chat shows it first: the compact view (the best three partners, the rest on
 * one line), then, when something was left out, how to see all of it.
 */
export function renderTerminalCompact(answer: Answer, style: TerminalStyle): string {
  if (answer.intent === 'matrix') return renderTerminalMatrix(answer, style);
  const view = chatView(answer);
  if (view === undefined) return renderTerminal(answer, style);
  const text = renderTerminal({ text: renderCompactText(answer, view) }, style);
  if (!view.shortened) return text;
  return `${text}\n\n${style.color ? `${DIM}${MORE_HINT}${RESET}` : MORE_HINT}`;
}
