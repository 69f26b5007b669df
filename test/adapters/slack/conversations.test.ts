import { describe, expect, it } from 'vitest';
import { renderAnswer } from '../../../adapters/slack/render.js';
import { waitFor } from '../../helpers/fake-slack-api.js';
import { realBot } from '../../helpers/real-bot.js';
import {
  buttonClick,
  directMessage,
  eventEnvelope,
  inChannel,
  nextTs,
  postAction,
  postCommand,
  postEvent,
  slashCommand,
} from '../../helpers/slack-requests.js';
import { useSlackServer } from '../../helpers/slack-server.js';

const slack = useSlackServer();

const mention = (channel: string, text: string, thread?: string) => {
  const ts = nextTs();
  return {
    type: 'app_mention',
    user: 'U1',
    text: `<@UBOT> ${text}`,
    ts,
    channel,
    event_ts: ts,
    ...(thread ? { thread_ts: thread } : {}),
  };
};

/** Sends one event and returns the text of the one message the bot posts for it. */
async function ask(event: Record<string, unknown>): Promise<{ text: string; thread: unknown }> {
  const before = slack.fake.callsTo('chat.postMessage').length;
  const response = await postEvent(slack.eventsUrl, eventEnvelope(event));
  expect(response.status).toBe(200);
  const post = await waitFor(
    () => slack.fake.callsTo('chat.postMessage')[before],
    5000,
    'the answer',
  );
  return { text: String(post.body.text), thread: post.body.thread_ts };
}

describe('Slack: follow-up questions in a conversation', () => {
  it('reads a mention in a thread against the thread the first answer opened', async () => {
    const first = mention('C1', 'who leads WP4?');
    const opened = await ask(first);
    expect(opened.thread).toBe(first.ts);
    const others = await ask(mention('C1', 'and who else is in it?', first.ts));
    expect(others.text).toContain('4 partners working in WP4, other than UAMS/TCIA');
    const spain = await ask(mention('C1', 'which of them are in Spain?', first.ts));
    expect(spain.text).toContain('1 partner in Spain, working in WP4');
    expect(spain.text).toContain('CRG');
  });

  it('starts afresh with a mention outside a thread, and keeps threads apart', async () => {
    const wp4 = mention('C1', 'who leads WP4?');
    await ask(wp4);
    const wp5 = mention('C1', 'who leads WP5?');
    await ask(wp5);
    // Outside a thread, "who else is in it?" has nothing to follow.
    const alone = await ask(mention('C1', 'who else is in it?'));
    expect(alone.text).not.toContain('other than');
    // Each thread follows its own first question.
    expect((await ask(mention('C1', 'who else is in it?', wp4.ts))).text).toContain(
      'working in WP4, other than UAMS/TCIA',
    );
    expect((await ask(mention('C1', 'who else is in it?', wp5.ts))).text).toContain(
      'working in WP5, other than UB',
    );
  });

  it('follows up in a DM, and apart in a DM thread', async () => {
    await ask(directMessage('which partners are in Germany?'));
    expect((await ask(directMessage('what does the second one do?'))).text).toContain(
      'The 2nd one: *SIE*',
    );
    const root = directMessage('hi');
    await ask(directMessage('who is in WP6?', root.ts));
    expect((await ask(directMessage('the second one?', root.ts))).text).toContain(
      'The 2nd one: *UM*',
    );
    // The DM itself still follows its own list.
    expect((await ask(directMessage('and the first one?'))).text).toContain('The 1st one: *TMF*');
  });

  it('answers /eucan afresh, whatever the conversations before', async () => {
    await ask(directMessage('who leads WP4?'));
    await postCommand(slack.eventsUrl, slashCommand(slack.fake, 'who else is in it?'));
    const reply = await waitFor(() => slack.fake.callsTo('response_url')[0], 5000, 'the reply');
    expect(String(reply.body.text)).not.toContain('other than');
  });

  it('shares an answer under the question it stood for', async () => {
    await postAction(
      slack.eventsUrl,
      buttonClick(slack.fake, 'share-answer', 'Which partners in WP4 are in Spain?', {
        ...inChannel,
        container: { ...inChannel.container, is_ephemeral: true },
      }),
    );
    const post = await waitFor(() => slack.fake.callsTo('chat.postMessage')[0], 5000, 'a post');
    const blocks = JSON.stringify(post.body.blocks);
    expect(blocks).toContain('*Question:* Which partners in WP4 are in Spain?');
    expect(String(post.body.text)).toContain('CRG');
  });

  it('puts the question a follow-up stood for on its Share button and above it', () => {
    const bot = realBot();
    const first = bot.answer('who leads WP4?');
    const answer = bot.answer('which of them are in Spain?', first.context);
    const blocks = JSON.stringify(renderAnswer(answer, { share: true, showQuestion: true }).blocks);
    expect(blocks).toContain('"value":"Which partners in WP4 are in Spain?"');
    expect(blocks).toContain('*Question:* Which partners in WP4 are in Spain?');
  });
});
