import { z } from 'zod';

/** The parts of an incoming Teams message that carry the question. */
const IncomingMessage = z.looseObject({
  text: z.string().optional().catch(undefined),
  value: z.unknown().optional(),
  entities: z.array(z.unknown()).optional().catch(undefined),
  recipient: z.looseObject({ id: z.string() }).optional().catch(undefined),
});

const MentionEntity = z.looseObject({
  type: z.literal('mention'),
  text: z.string().min(1),
  mentioned: z.looseObject({ id: z.string() }),
});

/** A card button's payload: `{ question }` (see render.ts). */
const ButtonValue = z.looseObject({ question: z.string() });

/** Any `<at …>Name</at>` left after the bot's own mention is gone. */
const OTHER_MENTION = /<at(?:\s[^>]*)?>(.*?)<\/at>/gi;
/** Formatting tags some Teams clients wrap the text in (`<p>`, `<strong>`). */
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^>]*)?\/?>/gi;

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&nbsp;': ' ',
};

/** Teams sends message text HTML-escaped; `&amp;` goes last so "&amp;lt;" stays "&lt;". */
function decodeEntities(text: string): string {
  return text
    .replace(/&(lt|gt|quot|#39|apos|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/&amp;/g, '&');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Removes the bot's own mention only: entities whose `mentioned.id` is the activity's recipient. */
export function stripBotMention(text: string, entities: readonly unknown[], botId: string): string {
  let out = text;
  for (const entity of entities) {
    const mention = MentionEntity.safeParse(entity);
    if (!mention.success || mention.data.mentioned.id !== botId) continue;
    out = out.replace(new RegExp(escapeRegExp(mention.data.text), 'g'), ' ');
  }
  return out;
}

/**
 * The question in an incoming message: a card button's `value.question`, or the text without the
 * bot's @mention. Other people's mentions stay in the text as their names.
 */
export function questionFromActivity(activity: unknown): string {
  const parsed = IncomingMessage.safeParse(activity);
  if (!parsed.success) return '';
  const { text, value, entities, recipient } = parsed.data;
  const button = ButtonValue.safeParse(value);
  if (button.success && button.data.question.trim() !== '') return button.data.question.trim();
  const withoutBot = recipient ? stripBotMention(text ?? '', entities ?? [], recipient.id) : text;
  return decodeEntities((withoutBot ?? '').replace(OTHER_MENTION, '$1').replace(HTML_TAG, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}
