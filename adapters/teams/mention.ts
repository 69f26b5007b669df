import { z } from 'zod';
import { TEAMS_LIMITS } from './limits.js';

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

/** A card button's payload: `{ question }`, with `full: true` for "Show all" (see card-parts.ts). */
const ButtonValue = z.looseObject({ question: z.string() });
const ShowAllValue = z.looseObject({ full: z.literal(true) });

/**
 * A tag: the `<at …>` and `</at>` around other people's mentions, and the formatting tags some
 * Teams clients wrap the text in (`<p>`, `<strong>`). It cannot run past the next `<`, so the
 * search from each `<` ends there and the whole scan stays linear; `[^>]*` made 252 KB of
 * `<at ` take seconds (a test checks every pattern with recheck).
 */
const TAG = /<\/?([a-z][a-z0-9]*)(?:\s[^<>]*)?\/?>/gi;

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

/** Removes the bot's own mention only: entities whose `mentioned.id` is the activity's recipient. */
export function stripBotMention(text: string, entities: readonly unknown[], botId: string): string {
  let out = text;
  for (const entity of entities.slice(0, TEAMS_LIMITS.maxEntitiesRead)) {
    const mention = MentionEntity.safeParse(entity);
    if (!mention.success || mention.data.mentioned.id !== botId) continue;
    // A plain split, not a pattern built from the entity: its text is the sender's to choose.
    out = out.split(mention.data.text).join(' ');
  }
  return out;
}

/**
 * The text cut to TEAMS_LIMITS.maxIncomingText before anything reads it, without leaving half of
 * a surrogate pair at the end.
 */
function cutIncomingText(text: string): string {
  const max = TEAMS_LIMITS.maxIncomingText;
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
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
  const cut = cutIncomingText(text ?? '');
  const withoutBot = recipient ? stripBotMention(cut, entities ?? [], recipient.id) : cut;
  // Other people's mentions keep their names; other tags separate words.
  const withoutTags = withoutBot.replace(TAG, (_tag, name: string) =>
    name.toLowerCase() === 'at' ? '' : ' ',
  );
  return decodeEntities(withoutTags).replace(/\s+/g, ' ').trim();
}

/** Whether the message is a "Show all" click: the whole answer, not the compact view. */
export function wantsFullAnswer(activity: unknown): boolean {
  const parsed = IncomingMessage.safeParse(activity);
  return parsed.success && ShowAllValue.safeParse(parsed.data.value).success;
}
