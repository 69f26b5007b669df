import { describe, expect, it } from 'vitest';
import type { Block } from '../../../adapters/slack/blocks.js';
import { ACTION_IDS, SHOW_ALL_LABEL } from '../../../adapters/slack/render.js';
import { waitFor } from '../../helpers/fake-slack-api.js';
import { realBot } from '../../helpers/real-bot.js';
import {
  buttonClick,
  eventEnvelope,
  inChannel,
  postAction,
  postEvent,
} from '../../helpers/slack-requests.js';
import { useSlackServer } from '../../helpers/slack-server.js';

const slack = useSlackServer();
const QUESTION = 'who is in WP2';
const answer = realBot().answer(QUESTION);

/** Where a click on a private /eucan reply comes from. */
const privately = { ...inChannel, container: { ...inChannel.container, is_ephemeral: true } };

const first = (method: string) =>
  waitFor(() => slack.fake.callsTo(method)[0], 5000, `a call to ${method}`);

/** The buttons of a posted message, as [action_id, value]. */
function buttonsOf(body: Record<string, unknown>): [string, string][] {
  const blocks = body.blocks as Block[];
  return blocks.flatMap((b) =>
    b.type === 'actions'
      ? b.elements.flatMap((e) => (e.type === 'button' ? [[e.action_id ?? '', e.value ?? '']] : []))
      : [],
  ) as [string, string][];
}

/** Partners whose heading a posted message shows in full. */
function partnersShown(body: Record<string, unknown>): string[] {
  const blocks = JSON.stringify(body.blocks);
  return answer.partners
    .filter((p) => blocks.includes(`*${p.acronym}* ${p.name}`))
    .map((p) => p.id);
}

describe('Slack: compact answers and Show all, through Bolt', () => {
  it('answers a mention compactly, with the rest on one line and a Show all button', async () => {
    await postEvent(
      slack.eventsUrl,
      eventEnvelope({
        type: 'app_mention',
        user: 'U1',
        text: `<@UBOT> ${QUESTION}`,
        ts: '1700000000.000100',
        channel: 'C1',
        event_ts: '1700000000.000100',
      }),
    );
    const post = await first('chat.postMessage');
    expect(partnersShown(post.body)).toEqual(answer.partners.slice(0, 3).map((p) => p.id));
    const others = answer.partners.slice(3).map((p) => p.acronym);
    expect(JSON.stringify(post.body.blocks)).toContain(`Also: ${others.join(', ')}.`);
    expect(buttonsOf(post.body)[0]).toEqual([ACTION_IDS.showAll, QUESTION]);
    expect(JSON.stringify(post.body.blocks)).toContain(`"text":"${SHOW_ALL_LABEL}"`);
    // The notification text is the same compact answer.
    expect(String(post.body.text)).toContain(`Also: ${others.join(', ')}.`);
    expect(String(post.body.text).length).toBeLessThan(answer.text.length / 2);
  });

  it('answers Show all in the same thread with every partner and no Show all', async () => {
    await postAction(
      slack.eventsUrl,
      buttonClick(slack.fake, ACTION_IDS.showAll, QUESTION, {
        ...inChannel,
        message: { type: 'message', ts: '5.5', thread_ts: '4.4', text: 'x' },
      }),
    );
    const post = await first('chat.postMessage');
    expect(post.body).toMatchObject({ channel: 'C1', thread_ts: '4.4' });
    expect(partnersShown(post.body)).toEqual(answer.partners.map((p) => p.id));
    expect(buttonsOf(post.body).map(([id]) => id)).not.toContain(ACTION_IDS.showAll);
    expect(String(post.body.text)).toContain(answer.partners.at(-1)?.name);
  });

  it('answers Show all on a private /eucan reply privately, and shares that in full', async () => {
    await postAction(
      slack.eventsUrl,
      buttonClick(slack.fake, ACTION_IDS.showAll, QUESTION, privately),
    );
    const reply = await first('response_url');
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(partnersShown(reply.body)).toHaveLength(answer.partners.length);
    expect(buttonsOf(reply.body)[0]).toEqual([ACTION_IDS.shareFull, QUESTION]);
    slack.fake.reset();

    await postAction(
      slack.eventsUrl,
      buttonClick(slack.fake, ACTION_IDS.shareFull, QUESTION, privately),
    );
    const shared = await first('chat.postMessage');
    expect(shared.body.channel).toBe('C1');
    expect(partnersShown(shared.body)).toHaveLength(answer.partners.length);
    expect(JSON.stringify(shared.body.blocks)).toContain('Shared by <@U2>');
  });

  it('shares a compact answer compactly, with Show all for everyone in the channel', async () => {
    await postAction(
      slack.eventsUrl,
      buttonClick(slack.fake, ACTION_IDS.share, QUESTION, privately),
    );
    const shared = await first('chat.postMessage');
    expect(partnersShown(shared.body)).toHaveLength(3);
    expect(buttonsOf(shared.body)[0]).toEqual([ACTION_IDS.showAll, QUESTION]);
    const cleanup = await waitFor(() => slack.fake.callsTo('response_url')[0]);
    expect(cleanup.body).toEqual({ delete_original: true });
  });
});
