import { OTHER_LABELS, PARTNER_FIELDS, ROLE_LABELS } from '../lexicon/draft-words.js';
import { leadingLabel, listItemText } from '../text/document-lines.js';
import { trimChars } from '../text/trim.js';

/** Whether a paragraph says what the partner does ("Role in the project:") or something else. */
export type Label = 'role' | 'other';

/** A piece of a description as its layout shows it. `raw` is the line as written, trimmed. */
export type Block =
  | { type: 'heading'; level: number; text: string; raw: string }
  | { type: 'line'; text: string; raw: string }
  | { type: 'item'; text: string; raw: string }
  | { type: 'table'; rows: { cells: string[]; raw: string }[] }
  | { type: 'field'; field: 'country' | 'city' | 'acronym' | 'type'; value: string; raw: string }
  | { type: 'label'; label: Label }
  | { type: 'paragraph'; text: string; label: Label | null };

const HEADING = /^(#{1,6})\s(.*)$/;
const TABLE_ROW = /^\|.*\|$/;
const TABLE_RULE = /^\|?[\s:|-]+\|?$/;
const EMPHASIS = /^[*_]{1,3}|[*_]{1,3}$/g;
const SENTENCE_END = /[.!?]["”’)\]]*$/;

function plain(text: string): string {
  return text.replace(EMPHASIS, '').trim();
}

/** What a label's words say: a role, another part, or no label at all. */
function labelOf(words: string): Label | null {
  const text = plain(words).replace(/[:.]$/, '').trim();
  if (ROLE_LABELS.test(text)) return 'role';
  if (OTHER_LABELS.test(text)) return 'other';
  return null;
}

/** A line that is one thing by itself: a field, a label, or null for text. */
function lineBlock(line: string): Block | null {
  const label = leadingLabel(line);
  if (label !== null) {
    const { rest } = label;
    const field = PARTNER_FIELDS.get(label.label.toLowerCase());
    if (field !== undefined && rest !== '')
      return { type: 'field', field, value: plain(rest), raw: line };
    const kind = labelOf(label.label);
    if (kind !== null && rest === '') return { type: 'label', label: kind };
  }
  const whole = labelOf(line);
  if (whole !== null && plain(line).split(/\s+/).length <= 6 && !SENTENCE_END.test(line))
    return { type: 'label', label: whole };
  return null;
}

/** Prose lines joined, with an inline label ("**Role in the project:** …") taken off the front. */
function paragraph(lines: readonly string[]): Block {
  const text = lines.join(' ');
  const label = leadingLabel(text);
  const kind = label === null ? null : labelOf(label.label);
  if (label && kind !== null) return { type: 'paragraph', text: label.rest, label: kind };
  return { type: 'paragraph', text, label: null };
}

/**
 * A run of text lines: prose (a paragraph, perhaps wrapped) when a line ends a sentence, else
 * separate lines, such as a heading or a list of partners written one to a line.
 */
function textRun(lines: readonly string[]): Block[] {
  if (lines.some((line) => SENTENCE_END.test(line))) return [paragraph(lines)];
  return lines.map((line) => ({ type: 'line', text: plain(line), raw: line }));
}

function cells(row: string): string[] {
  return row
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => plain(cell.trim()));
}

/** Reads a description's layout: headings, lines, list items, tables, fields, labels, prose. */
export function readLayout(text: string): Block[] {
  const blocks: Block[] = [];
  let run: string[] = [];
  let table: { cells: string[]; raw: string }[] = [];
  const flush = () => {
    if (run.length > 0) blocks.push(...textRun(run));
    if (table.length > 0) blocks.push({ type: 'table', rows: table });
    run = [];
    table = [];
  };
  for (const rawLine of text.split(/\r?\n|\r/)) {
    const line = rawLine.trim();
    if (TABLE_ROW.test(line)) {
      if (run.length > 0) flush();
      if (!TABLE_RULE.test(line)) table.push({ cells: cells(line), raw: line });
      continue;
    }
    if (table.length > 0) flush();
    if (line === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    const item = heading ? null : listItemText(line);
    const single = heading || item ? null : lineBlock(line);
    if (heading || item || single) flush();
    if (heading?.[1] && heading[2]) {
      // "## Partners ##": closing hashes are no part of the heading.
      const text = plain(trimChars(heading[2], '#', 'end'));
      const label = labelOf(text);
      blocks.push(
        label === null
          ? { type: 'heading', level: heading[1].length, text, raw: line }
          : { type: 'label', label },
      );
    } else if (item !== null) blocks.push({ type: 'item', text: item, raw: line });
    else if (single) blocks.push(single);
    else run.push(line);
  }
  flush();
  return blocks;
}
