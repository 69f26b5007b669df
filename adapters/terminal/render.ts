import type { Answer } from '../../src/core/schema/answer.js';

/** Terminal styling; off when output is not a TTY or NO_COLOR is set. */
export interface TerminalStyle {
  color: boolean;
}

const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/** Renders an Answer's Markdown text for a terminal: bold in colour, plain otherwise. */
export function renderTerminal(answer: Pick<Answer, 'text'>, style: TerminalStyle): string {
  const lines = answer.text.split('\n').map((line) => {
    const bold = line.replace(/\*\*(.+?)\*\*/g, style.color ? `${BOLD}$1${RESET}` : '$1');
    return style.color && /^\s*> /.test(bold) ? `${DIM}${bold}${RESET}` : bold;
  });
  return lines.join('\n');
}
