import type { types } from '@slack/bolt';
import { SLACK_LIMITS } from './limits.js';

/** A Block Kit block eucanbot sends. */
export type Block = types.KnownBlock;

/** What a Slack reply needs: blocks, and the plain `text` Slack shows in notifications. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/**
 * Cuts text to at most `max` characters, at a word boundary when one is near, ending with "…".
 * Never leaves half an HTML entity (`&am`) or half a surrogate pair behind.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  cut = cut.replace(/&[a-z]*$/, '').replace(/[\uD800-\uDBFF]$/, '');
  return `${cut.trimEnd()}…`;
}

/** Joins lines while they fit in `max` characters, then says how many were left out. */
export function joinWithMore(lines: readonly string[], max: number, noun: string): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const left = lines.length - i - 1;
    const room = max - length - (left > 0 ? 40 + noun.length : 0);
    if (line.length + 1 > room) {
      if (kept.length === 0) kept.push(truncate(line, Math.max(1, room)));
      const more = lines.length - kept.length;
      if (more > 0) kept.push(`…and ${more} more ${noun}.`);
      return kept.join('\n');
    }
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join('\n');
}

/** A section block of mrkdwn text, cut to Slack's limit. */
export function section(text: string): Block {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: truncate(text, SLACK_LIMITS.sectionText) },
  };
}

/** A context block: small grey mrkdwn lines, at most Slack's element count. */
export function context(texts: readonly string[]): Block {
  const max = SLACK_LIMITS.contextElements;
  const shown =
    texts.length > max
      ? [...texts.slice(0, max - 1), `…and ${texts.length - max + 1} more.`]
      : texts;
  return {
    type: 'context',
    elements: shown.map((text) => ({
      type: 'mrkdwn' as const,
      text: truncate(text, SLACK_LIMITS.contextText),
    })),
  };
}

/** A header block. */
export function header(text: string): Block {
  return {
    type: 'header',
    text: { type: 'plain_text', text: truncate(text, SLACK_LIMITS.headerText), emoji: true },
  };
}

/** A button; its value travels back to the action handler. */
export function button(
  label: string,
  actionId: string,
  value: string,
  style?: 'primary',
): types.Button {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: truncate(label, SLACK_LIMITS.buttonText), emoji: true },
    value: value.slice(0, SLACK_LIMITS.buttonValue),
    ...(style ? { style } : {}),
  };
}

/** An actions block with at most Slack's number of elements. */
export function actions(buttons: readonly types.Button[]): Block {
  return { type: 'actions', elements: buttons.slice(0, SLACK_LIMITS.actionsElements) };
}

/** Characters of text a block carries, for the whole-message budget. */
export function blockTextLength(block: Block): number {
  return JSON.stringify(block).length;
}
