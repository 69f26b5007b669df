import type { Bot } from '../core/create-bot.js';
import type { Answer } from '../core/schema/answer.js';
import type { ConversationContext } from '../core/schema/conversation.js';
import type { Logger } from '../logger.js';

/**
 * Where each conversation's context waits for its next question. Promise-returning, so that a
 * shared store (Redis, say) can implement it for several server processes; the context is plain
 * JSON, and `bot.answer` validates whatever a store gives back.
 */
export interface ConversationStore {
  /** The context of the conversation `key`, or undefined when it has none or it expired. */
  get(key: string): Promise<ConversationContext | undefined>;
  /** Keeps `context` for `key`; null forgets the conversation. */
  set(key: string, context: ConversationContext | null): Promise<void>;
}

/** Minutes of silence after which a conversation starts afresh (`CONVERSATION_TTL_MINUTES`). */
export const DEFAULT_CONVERSATION_TTL_MINUTES = 30;
/**
 * Conversations remembered at once; the least recently active are forgotten first. A context
 * is under a few kilobytes, so this bounds the store to tens of megabytes at worst.
 */
export const DEFAULT_MAX_CONVERSATIONS = 10_000;

/** Options for {@link createMemoryConversationStore}. */
export interface MemoryStoreOptions {
  /** Minutes a context lives after its last question; 0 turns conversations off. */
  ttlMinutes?: number;
  maxConversations?: number;
  now?: () => number;
}

/** A store in this process's memory: contexts expire after `ttlMinutes`, and the map is bounded. */
export function createMemoryConversationStore(
  options: MemoryStoreOptions = {},
): ConversationStore & { readonly size: number } {
  const {
    ttlMinutes = DEFAULT_CONVERSATION_TTL_MINUTES,
    maxConversations = DEFAULT_MAX_CONVERSATIONS,
    now = Date.now,
  } = options;
  const ttlMs = ttlMinutes * 60_000;
  const entries = new Map<string, { context: ConversationContext; expires: number }>();
  return {
    get size() {
      return entries.size;
    },
    async get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      if (now() >= entry.expires) {
        entries.delete(key);
        return undefined;
      }
      return entry.context;
    },
    async set(key, context) {
      // Re-inserting keeps the Map in least-recently-active order, so eviction takes the oldest.
      entries.delete(key);
      if (context === null || ttlMs <= 0) return;
      entries.set(key, { context, expires: now() + ttlMs });
      while (entries.size > maxConversations) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
  };
}

/** Which conversation a question belongs to, and whether it starts the conversation afresh. */
export interface ConversationRef {
  key: string;
  /** A slash command, or a mention outside a thread: no context is read, the answer's is kept. */
  fresh?: boolean;
}

/**
 * Answers `question` in its conversation: with the context the conversation left, and keeping
 * the answer's context for the next question. A store that fails costs the follow-up, never
 * the answer: the question is then answered on its own, and the failure logged.
 */
export async function answerInConversation(
  bot: Pick<Bot, 'answer'>,
  question: string,
  store: ConversationStore | undefined,
  conversation: ConversationRef | undefined,
  logger: Pick<Logger, 'warn'>,
): Promise<Answer> {
  if (store === undefined || conversation === undefined) return bot.answer(question);
  let context: ConversationContext | undefined;
  if (!conversation.fresh)
    context = await store.get(conversation.key).catch((err: unknown) => {
      logger.warn({ err }, 'conversation store failed: answering without context');
      return undefined;
    });
  const answer = bot.answer(question, context);
  await store.set(conversation.key, answer.context).catch((err: unknown) => {
    logger.warn({ err }, 'conversation store failed: the next question starts afresh');
  });
  return answer;
}
