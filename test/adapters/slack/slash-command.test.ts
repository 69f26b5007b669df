import { describe, expect, it } from 'vitest';
import { waitFor } from '../../helpers/fake-slack-api.js';
import {
  buttonClick,
  inChannel,
  postAction,
  postCommand,
  slashCommand,
} from '../../helpers/slack-requests.js';
import { useSlackServer } from '../../helpers/slack-server.js';

const slack = useSlackServer();

const first = (method: string) =>
  waitFor(() => slack.fake.callsTo(method)[0], 5000, `a call to ${method}`);

describe('Slack /eucan: ephemeral answers and the share button', () => {
  it('answers /eucan ephemerally, with the question shown and a share button', async () => {
    const response = await postCommand(slack.eventsUrl, slashCommand(slack.fake, 'who leads WP1?'));
    expect(response.status).toBe(200);
    expect(response.ms).toBeLessThan(3000);
    const reply = await first('response_url');
    expect(reply.body.response_type).toBe('ephemeral');
    const blocks = JSON.stringify(reply.body.blocks);
    expect(blocks).toContain('*Question:* who leads WP1?');
    expect(blocks).toContain('"action_id":"share-answer"');
    expect(blocks).toContain('"value":"who leads WP1?"');
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it.each(['', 'help'])('answers "/eucan %s" with help and usage', async (text) => {
    await postCommand(slack.eventsUrl, slashCommand(slack.fake, text));
    const reply = await first('response_url');
    expect(reply.body.text).toContain('I answer questions about the EuCanImage consortium');
    expect(JSON.stringify(reply.body.blocks)).toContain('Usage: `/eucan <question>`');
  });

  it('escapes the echoed question of a slash command', async () => {
    await postCommand(
      slack.eventsUrl,
      slashCommand(slack.fake, '<!channel> what does &lt;b&gt; <@U3> do'),
    );
    const reply = await first('response_url');
    // Button values travel back to the bot and are never displayed; everything else is shown.
    const sent = JSON.stringify(reply.body).replace(/"value":"(?:[^"\\]|\\.)*"/g, '');
    expect(sent).not.toMatch(/<[!@#]|@(channel|here)\b/);
    expect(sent).toContain('&lt;b&gt;');
  });

  it('shares the answer visibly in the channel and removes the private copy', async () => {
    await postAction(
      slack.eventsUrl,
      buttonClick(slack.fake, 'share-answer', 'who leads WP1?', {
        ...inChannel,
        container: { ...inChannel.container, is_ephemeral: true },
      }),
    );
    const post = await first('chat.postMessage');
    expect(post.body.channel).toBe('C1');
    const blocks = JSON.stringify(post.body.blocks);
    expect(blocks).toContain('*Question:* who leads WP1?');
    expect(blocks).toContain('Shared by <@U2>');
    expect(blocks).not.toContain('share-answer');
    const cleanup = await first('response_url');
    expect(cleanup.body).toEqual({ delete_original: true });
  });

  it('shares through the response_url where the bot is not in the channel', async () => {
    slack.fake.failNext('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    await postAction(
      slack.eventsUrl,
      buttonClick(slack.fake, 'share-answer', 'who leads WP1?', {
        ...inChannel,
        container: { ...inChannel.container, is_ephemeral: true },
      }),
    );
    const visible = await waitFor(() =>
      slack.fake.callsTo('response_url').find((c) => c.body.response_type === 'in_channel'),
    );
    expect(JSON.stringify(visible.body.blocks)).toContain('Shared by <@U2>');
  });

  it('names the sharer without letting a crafted user id form a mention or a broadcast', async () => {
    const click = buttonClick(slack.fake, 'share-answer', 'who leads WP1?', {
      ...inChannel,
      container: { ...inChannel.container, is_ephemeral: true },
    });
    await postAction(slack.eventsUrl, { ...click, user: { ...click.user, id: 'U2> <!channel' } });
    const post = await first('chat.postMessage');
    const blocks = JSON.stringify(post.body.blocks);
    expect(blocks).toContain('Shared by U2&gt; &lt;!channel');
    expect(blocks).not.toMatch(/<!channel>|<@U2>/);
  });
});
