import { describe, expect, it } from 'vitest';
import type { ConversationContext } from '../../src/core/schema/conversation.js';
import {
  answerInConversation,
  type ConversationStore,
  createMemoryConversationStore,
} from '../../src/services/conversation-store.js';
import { realBot } from '../helpers/real-bot.js';

const MINUTE = 60_000;

/** A real context, as the bot leaves it after "who leads WP4?". */
function contextOf(question: string): ConversationContext {
  const context = realBot().answer(question).context;
  if (context === null) throw new Error(`no context after “${question}”`);
  return context;
}

function clock(start = 1_000_000) {
  let at = start;
  return { now: () => at, advance: (ms: number) => (at += ms) };
}

describe('createMemoryConversationStore', () => {
  it('keeps a context for 30 minutes of silence by default, then forgets it', async () => {
    const time = clock();
    const store = createMemoryConversationStore({ now: time.now });
    const context = contextOf('who leads WP4?');
    await store.set('slack:C1:1700000000.000100', context);
    time.advance(30 * MINUTE - 1);
    expect(await store.get('slack:C1:1700000000.000100')).toEqual(context);
    time.advance(1);
    expect(await store.get('slack:C1:1700000000.000100')).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('counts the silence from the last question: each set starts the time again', async () => {
    const time = clock();
    const store = createMemoryConversationStore({ ttlMinutes: 5, now: time.now });
    await store.set('k', contextOf('who leads WP4?'));
    time.advance(4 * MINUTE);
    const next = contextOf('which partners are in Spain?');
    await store.set('k', next);
    time.advance(4 * MINUTE);
    expect(await store.get('k')).toEqual(next);
  });

  it('keeps conversations apart by key', async () => {
    const store = createMemoryConversationStore();
    const wp4 = contextOf('who leads WP4?');
    const spain = contextOf('which partners are in Spain?');
    await store.set('teams:a', wp4);
    await store.set('teams:b', spain);
    expect(await store.get('teams:a')).toEqual(wp4);
    expect(await store.get('teams:b')).toEqual(spain);
    expect(await store.get('teams:c')).toBeUndefined();
  });

  it('forgets the least recently active conversation beyond its bound', async () => {
    const store = createMemoryConversationStore({ maxConversations: 3 });
    const context = contextOf('who leads WP4?');
    for (const key of ['a', 'b', 'c']) await store.set(key, context);
    await store.set('a', context); // "a" is active again; "b" is now the oldest.
    await store.set('d', context);
    expect(store.size).toBe(3);
    expect(await store.get('b')).toBeUndefined();
    for (const key of ['a', 'c', 'd']) expect(await store.get(key)).toEqual(context);
  });

  it('stays bounded under many conversations', async () => {
    const store = createMemoryConversationStore({ maxConversations: 100 });
    const context = contextOf('who leads WP4?');
    for (let i = 0; i < 5000; i++) await store.set(`conversation-${i}`, context);
    expect(store.size).toBe(100);
    expect(await store.get('conversation-4999')).toEqual(context);
    expect(await store.get('conversation-0')).toBeUndefined();
  });

  it('remembers nothing when the time to live is 0', async () => {
    const store = createMemoryConversationStore({ ttlMinutes: 0 });
    await store.set('k', contextOf('who leads WP4?'));
    expect(await store.get('k')).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('forgets a conversation set to null', async () => {
    const store = createMemoryConversationStore();
    await store.set('k', contextOf('who leads WP4?'));
    await store.set('k', null);
    expect(await store.get('k')).toBeUndefined();
  });

  it('holds plain JSON: a context survives a round trip through JSON, as Redis would give it', async () => {
    const context = contextOf('which partners in WP4 are in Spain?');
    const copy = JSON.parse(JSON.stringify(context)) as ConversationContext;
    expect(copy).toEqual(context);
    const answer = realBot().answer('what does the first one do?', copy);
    expect(answer.partners.map((p) => p.id)).toEqual(['crg']);
    // 372 bytes when written (at most 1,031 after a golden question, "European universities",
    // whose region lists its countries): 10,000 conversations hold a few megabytes.
    expect(JSON.stringify(context).length).toBeLessThan(1000);
  });
});

describe('answerInConversation', () => {
  const bot = realBot();
  const quiet = { warn: () => undefined };

  it('reads the context of the conversation and keeps the next one', async () => {
    const store = createMemoryConversationStore();
    await answerInConversation(bot, 'who leads WP4?', store, { key: 'k' }, quiet);
    const next = await answerInConversation(bot, 'who else is in it?', store, { key: 'k' }, quiet);
    expect(next.resolvedQuestion).toBe('Which partners in WP4 are there, other than UAMS/TCIA?');
    expect((await store.get('k'))?.question).toBe(next.resolvedQuestion);
  });

  it('starts a fresh conversation afresh, but keeps its context for the next question', async () => {
    const store = createMemoryConversationStore();
    await answerInConversation(bot, 'who leads WP4?', store, { key: 'k' }, quiet);
    const fresh = await answerInConversation(
      bot,
      'who else is in it?',
      store,
      { key: 'k', fresh: true },
      quiet,
    );
    expect(fresh.resolvedQuestion).toBe('who else is in it?');
    await answerInConversation(
      bot,
      'which partners are in Spain?',
      store,
      { key: 'k', fresh: true },
      quiet,
    );
    const next = await answerInConversation(bot, 'and in Italy?', store, { key: 'k' }, quiet);
    expect(next.resolvedQuestion).toBe('Which partners are in Italy?');
  });

  it('answers alone, and logs, when the store fails', async () => {
    const broken: ConversationStore = {
      get: () => Promise.reject(new Error('store down')),
      set: () => Promise.reject(new Error('store down')),
    };
    const warnings: unknown[] = [];
    const answer = await answerInConversation(
      bot,
      'who leads WP4?',
      broken,
      { key: 'k' },
      { warn: (...args: unknown[]) => void warnings.push(args) },
    );
    expect(answer.partners.map((p) => p.id)).toEqual(['uams']);
    expect(warnings).toHaveLength(2);
  });
});
