import { contactParts } from '../../src/core/answer/contact-lines.js';
import type { AnswerContact } from '../../src/core/schema/answer.js';
import { EMAIL_PATTERN } from '../../src/core/schema/contact.js';
import { quoteBlock } from './card-parts.js';
import type { CardElement, TextRun } from './card-types.js';
import { neutraliseMarkup } from './escape.js';

/**
 * A contact as TextRuns: every part is text that Teams never reads as Markdown or a mention,
 * and the email alone is a link, a `mailto:` built only from an address that passes the
 * dataset's own EMAIL_PATTERN, so no dataset text can make another kind of link.
 */
function contactRuns(contact: AnswerContact): TextRun[] {
  const runs: TextRun[] = [];
  const parts = contactParts(contact, false);
  const [who, ...handles] = contact.name || contact.role ? parts : ['', ...parts];
  if (who) runs.push({ type: 'TextRun', text: neutraliseMarkup(who), weight: 'Bolder' });
  const email = contact.email;
  if (email !== undefined) {
    if (runs.length > 0) runs.push({ type: 'TextRun', text: ' · ' });
    runs.push(
      EMAIL_PATTERN.test(email)
        ? {
            type: 'TextRun',
            text: email,
            selectAction: { type: 'Action.OpenUrl', url: `mailto:${email}` },
          }
        : { type: 'TextRun', text: neutraliseMarkup(email) },
    );
  }
  for (const handle of handles) {
    if (runs.length > 0) runs.push({ type: 'TextRun', text: ' · ' });
    runs.push({ type: 'TextRun', text: neutraliseMarkup(handle) });
  }
  return runs;
}

/** The contacts of an answer: each on its own line, with its source sentence below. */
export function contactBlocks(contacts: readonly AnswerContact[] | undefined): CardElement[] {
  return (contacts ?? []).flatMap((contact) => [
    { type: 'RichTextBlock', inlines: contactRuns(contact), spacing: 'Medium' } as const,
    quoteBlock(contact.source),
  ]);
}
