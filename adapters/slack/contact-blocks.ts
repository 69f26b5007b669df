import { contactParts } from '../../src/core/answer/contact-lines.js';
import type { AnswerContact } from '../../src/core/schema/answer.js';
import { EMAIL_PATTERN } from '../../src/core/schema/contact.js';
import { type Block, context, section } from './blocks.js';
import { escapeMrkdwn } from './escape.js';

/**
 * A contact's line in mrkdwn. Every part is escaped, so a name or a handle can form no mention,
 * broadcast or link (a Slack handle is shown as text, never as `<@U…>`, which would notify the
 * person); the email alone is linked, as `<mailto:…|…>`, and only when it passes the dataset's
 * EMAIL_PATTERN, which admits none of `<`, `>` and `|`.
 */
export function contactLine(contact: AnswerContact): string {
  const parts = contactParts(contact, false).map(escapeMrkdwn);
  const email = contact.email;
  const linked =
    email === undefined
      ? []
      : [EMAIL_PATTERN.test(email) ? `<mailto:${email}|${email}>` : escapeMrkdwn(email)];
  const [who, ...rest] = contact.name || contact.role ? parts : ['', ...parts];
  return `• ${[who ? `*${who}*` : '', ...linked, ...rest].filter(Boolean).join(' · ')}`;
}

/** The contacts of an answer: a line each, with their source sentences below. */
export function contactBlocks(contacts: readonly AnswerContact[] | undefined): Block[] {
  if (contacts === undefined || contacts.length === 0) return [];
  return [
    section(contacts.map(contactLine).join('\n')),
    context(contacts.map((c) => `“${escapeMrkdwn(c.source)}”`)),
  ];
}
