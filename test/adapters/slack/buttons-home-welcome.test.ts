import { describe, expect, it } from 'vitest';
import { waitFor } from '../../helpers/fake-slack-api.js';
import {
  buttonClick,
  homeOpened,
  inChannel,
  memberJoined,
  postAction,
  postEvent,
} from '../../helpers/slack-requests.js';
import { useSlackServer } from '../../helpers/slack-server.js';

const slack = useSlackServer();

const first = (method: string) =>
  waitFor(() => slack.fake.callsTo(method)[0], 5000, `a call to ${method}`);

describe('Slack buttons, App Home and welcome', () => {
  it('answers a suggestion clicked in a thread in that thread', async () => {
    await postAction(
      slack.eventsUrl,
      buttonClick(slack.fake, 'suggest-0', 'Who is in WP3?', {
        ...inChannel,
        message: { type: 'message', ts: '5.5', thread_ts: '4.4', text: 'x' },
      }),
    );
    const post = await first('chat.postMessage');
    expect(post.body).toMatchObject({ channel: 'C1', thread_ts: '4.4' });
    expect(post.body.text).toContain('WP3');
  });

  it('answers a suggestion clicked in an ephemeral reply ephemerally', async () => {
    await postAction(
      slack.eventsUrl,
      buttonClick(slack.fake, 'suggest-1', 'Who is in WP3?', {
        ...inChannel,
        container: { ...inChannel.container, is_ephemeral: true },
      }),
    );
    const reply = await first('response_url');
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('answers an example clicked on the Home tab in the Messages tab', async () => {
    await postAction(
      slack.eventsUrl,
      buttonClick(slack.fake, 'suggest-0', 'Who leads WP1?', {
        container: { type: 'view', view_id: 'V1' },
        view: { id: 'V1', type: 'home' },
      }),
    );
    const post = await first('chat.postMessage');
    expect(post.body.channel).toBe('U2');
  });

  it('publishes the App Home page when the Home tab opens', async () => {
    await postEvent(slack.eventsUrl, homeOpened('U3'));
    const publish = await first('views.publish');
    expect(publish.body.user_id).toBe('U3');
    const view = publish.body.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('EuCanImage');
    expect(text).toContain('*Coordinator:* *UB* University of Barcelona');
    expect(text).toContain('*WP1*');
    expect(text).toContain('led by *LYN*');
    expect(text).toContain('/eucan');
    expect(text).toContain('"action_id":"suggest-0"');
  });

  it('welcomes someone who joins a channel, only to them', async () => {
    await postEvent(slack.eventsUrl, memberJoined('U4'));
    const welcome = await first('chat.postEphemeral');
    expect(welcome.body).toMatchObject({ channel: 'C1', user: 'U4' });
    expect(welcome.body.text).toContain('EuCanImage');
  });

  it('does not welcome itself', async () => {
    await postEvent(slack.eventsUrl, memberJoined('UBOT'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slack.fake.callsTo('chat.postEphemeral')).toHaveLength(0);
  });
});

describe('Slack welcome switched off', () => {
  const quiet = useSlackServer({ SLACK_WELCOME: 'off' });

  it('sends no welcome when SLACK_WELCOME=off', async () => {
    await postEvent(quiet.eventsUrl, memberJoined('U4'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(quiet.fake.callsTo('chat.postEphemeral')).toHaveLength(0);
  });
});
