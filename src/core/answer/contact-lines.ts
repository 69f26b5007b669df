import type { AnswerContact } from '../schema/answer.js';
import type { Contact } from '../schema/contact.js';

/** A dataset contact as an answer shows it, with whose it is. */
export function toAnswerContact(of: string, contact: Contact): AnswerContact {
  return {
    of,
    ...(contact.name ? { name: contact.name } : {}),
    ...(contact.role ? { role: contact.role } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.slack ? { slack: contact.slack } : {}),
    ...(contact.teams ? { teams: contact.teams } : {}),
    source: contact.source,
  };
}

/**
 * "Maria Rossi, project manager · maria@example.org · Slack: @maria · Teams: m@x.org", as parts;
 * without the email where a renderer links it itself.
 */
export function contactParts(contact: AnswerContact, withEmail = true): string[] {
  const who = [contact.name, contact.role].filter((part) => part !== undefined).join(', ');
  return [
    ...(who ? [who] : []),
    ...(contact.email && withEmail ? [contact.email] : []),
    ...(contact.slack ? [`Slack: ${contact.slack}`] : []),
    ...(contact.teams ? [`Teams: ${contact.teams}`] : []),
  ];
}

/** A contact's lines in the plain-text answer: what it is, then the quote it comes from. */
export function contactLines(contact: AnswerContact): string[] {
  return [`- ${contactParts(contact).join(' · ')}`, `  > “${contact.source}”`];
}
