import { describe, expect, it } from 'vitest';
import { ASSISTANT_STATUS } from '../../../adapters/slack/assistant.js';
import { renderAssistantGreeting } from '../../../adapters/slack/assistant-greeting.js';
import { SLACK_LIMITS } from '../../../adapters/slack/limits.js';
import { generateDataset } from '../../../scripts/generate-dataset.js';
import { createBot } from '../../../src/core/index.js';
import { type RecordedCall, waitFor } from '../../helpers/fake-slack-api.js';
import { realBot } from '../../helpers/real-bot.js';
import { directMessage, eventEnvelope, nextTs, postEvent } from '../../helpers/slack-requests.js';
import { useSlackServer } from '../../helpers/slack-server.js';

const slack = useSlackServer();

/** What Slack sends when someone opens a new thread in the assistant side panel. */
const threadStarted = (thread: string) => ({
  type: 'assistant_thread_started',
  assistant_thread: {
    user_id: 'U1',
    context: { channel_id: 'C1', team_id: 'T1', enterprise_id: null },
    channel_id: 'D1',
    thread_ts: thread,
  },
  event_ts: nextTs(),
});

/** Sends one event and waits for the bot's `count`-th post to chat.postMessage after it. */
async function send(event: Record<string, unknown>): Promise<RecordedCall> {
  const before = slack.fake.callsTo('chat.postMessage').length;
  const response = await postEvent(slack.eventsUrl, eventEnvelope(event));
  expect(response.status).toBe(200);
  expect(response.ms).toBeLessThan(3000);
  // The same budget as every Slack answer in these tests.
  return waitFor(() => slack.fake.callsTo('chat.postMessage')[before], 5000, 'a post');
}

const assistantCalls = () => slack.fake.calls.filter((c) => c.method.startsWith('assistant.'));

describe('Slack assistant threads (Agents & AI Apps side panel)', () => {
  it('greets a new thread and suggests the dataset’s own example questions', async () => {
    const thread = nextTs();
    const greeting = await send(threadStarted(thread));
    expect(greeting.body).toMatchObject({ channel: 'D1', thread_ts: thread });
    expect(String(greeting.body.text)).toContain('EuCanImage consortium: its 21 partners in 11');
    const [prompts] = await waitFor(() => {
      const calls = slack.fake.callsTo('assistant.threads.setSuggestedPrompts');
      return calls.length > 0 && calls;
    });
    expect(prompts?.body).toMatchObject({ channel_id: 'D1', thread_ts: thread });
    const sent = prompts?.body.prompts as { title: string; message: string }[];
    const examples = realBot().answer('help').suggestions;
    expect(sent.map((p) => p.message)).toEqual(examples.map((e) => e.question));
    expect(sent.length).toBeLessThanOrEqual(SLACK_LIMITS.assistantPrompts);
    expect(sent.map((p) => p.message)).toContain('Who leads WP1?');
    // No thread context is read or written: no history scope, no rewrite of the greeting.
    expect(slack.fake.callsTo('conversations.replies')).toHaveLength(0);
    expect(slack.fake.callsTo('chat.update')).toHaveLength(0);
  });

  it('shows a status, titles the thread and answers in it', async () => {
    const thread = nextTs();
    const answer = await send(directMessage('who leads WP4?', thread));
    expect(answer.body).toMatchObject({ channel: 'D1', thread_ts: thread });
    expect(String(answer.body.text)).toContain('WP4 is led by *UAMS/TCIA*');
    const [status] = slack.fake.callsTo('assistant.threads.setStatus');
    expect(status?.body).toMatchObject({
      channel_id: 'D1',
      thread_ts: thread,
      status: ASSISTANT_STATUS,
    });
    // The status shows while the answer is prepared: it is set before the answer is posted.
    expect(slack.fake.calls.indexOf(status as RecordedCall)).toBeLessThan(
      slack.fake.calls.indexOf(answer),
    );
    const [title] = slack.fake.callsTo('assistant.threads.setTitle');
    expect(title?.body).toMatchObject({
      channel_id: 'D1',
      thread_ts: thread,
      title: 'who leads WP4?',
    });
  });

  it('follows up in the same thread, titled once, and keeps threads apart', async () => {
    const wp4 = nextTs();
    const wp5 = nextTs();
    await send(directMessage('who leads WP4?', wp4));
    await send(directMessage('who leads WP5?', wp5));
    const others = await send(directMessage('and who else is in it?', wp4));
    expect(others.body.thread_ts).toBe(wp4);
    expect(String(others.body.text)).toContain('4 partners working in WP4, other than UAMS/TCIA');
    const spain = await send(directMessage('which of them are in Spain?', wp4));
    expect(String(spain.body.text)).toContain('CRG');
    expect(String((await send(directMessage('who else is in it?', wp5))).body.text)).toContain(
      'working in WP5, other than UB',
    );
    const titles = slack.fake.callsTo('assistant.threads.setTitle').map((c) => c.body.title);
    expect(titles).toEqual(['who leads WP4?', 'who leads WP5?']);
    expect(slack.fake.callsTo('assistant.threads.setStatus')).toHaveLength(5);
  });

  it('answers even when Slack refuses the status and the title', async () => {
    slack.fake.failNext('assistant.threads.setStatus', {
      body: { ok: false, error: 'not_allowed' },
    });
    slack.fake.failNext('assistant.threads.setTitle', {
      body: { ok: false, error: 'missing_scope' },
    });
    const answer = await send(directMessage('what does BSC do?', nextTs()));
    expect(String(answer.body.text)).toContain('BSC');
    const refusals = slack.logs.lines.filter((l) => String(l.msg).includes('assistant call'));
    expect(refusals.map((l) => l.error).sort()).toEqual(['missing_scope', 'not_allowed']);
  });

  it('leaves a plain DM as it was: no thread, no assistant call', async () => {
    const answer = await send(directMessage('who leads WP4?'));
    expect(answer.body.channel).toBe('D1');
    expect(answer.body.thread_ts).toBeUndefined();
    expect(String(answer.body.text)).toContain('WP4 is led by *UAMS/TCIA*');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(assistantCalls()).toEqual([]);
  });

  it('logs an assistant question under its own surface', async () => {
    const before = slack.logs.lines.length;
    await send(directMessage('who handles GDPR?', nextTs()));
    const handled = await waitFor(() =>
      slack.logs.lines.slice(before).find((l) => l.msg === 'message handled'),
    );
    expect(handled).toMatchObject({
      adapter: 'slack',
      surface: 'assistant',
      delivered: true,
      intent: 'topic',
    });
  });
});

describe('the assistant greeting', () => {
  it('is drawn from whatever dataset is served', () => {
    const bot = createBot(generateDataset(40, 7));
    const { dataset } = bot;
    const greeting = renderAssistantGreeting(dataset, bot.answer('help').suggestions);
    const countries = new Set(dataset.partners.map((p) => p.country)).size;
    expect(greeting.message.text).toContain(
      `the ${dataset.consortium.name} consortium: its ${dataset.partners.length} partners in ${countries} countries`,
    );
    expect(greeting.promptsTitle).toContain(dataset.consortium.name);
    expect(greeting.prompts.length).toBeGreaterThan(0);
    for (const prompt of greeting.prompts) {
      expect(prompt.message).not.toMatch(/EuCanImage|UAMS|Barcelona/);
      expect(bot.answer(prompt.message).partners.length, prompt.message).toBeGreaterThan(0);
    }
  });
});
