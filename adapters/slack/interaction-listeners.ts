import type { App, BlockAction, ButtonAction, RespondFn, webApi } from '@slack/bolt';
import { withRetries } from '../../src/services/retry.js';
import type { SlackMessage } from './blocks.js';
import { suggestionConversation } from './conversation.js';
import {
  classifySlackSendError,
  describeSlackError,
  sendWithFallback,
  withSendRetries,
} from './deliver.js';
import { escapeMrkdwn, mentionUser } from './escape.js';
import { OPEN_DIRECTORY_ACTION, renderHome } from './home.js';
import type { MatrixImage } from './matrix-image.js';
import { ACTION_IDS } from './render.js';
import { answerAndSend, busyFallback, runTracked, type SlackDeps } from './reply.js';
import { renderWelcome } from './welcome.js';

type Send = (message: SlackMessage | { text: string }) => Promise<unknown>;

/** Errors after which a visible reply can still go through the response_url. */
const NOT_A_MEMBER = new Set(['not_in_channel', 'channel_not_found']);

/**
 * Where the answer to a clicked suggestion goes: the same ephemeral reply, the same thread, the
 * DM, or, from the Home tab, the app's Messages tab.
 */
function sendForSuggestion(body: BlockAction, client: webApi.WebClient, respond: RespondFn): Send {
  if (body.container.is_ephemeral === true)
    return (message) =>
      respond({ response_type: 'ephemeral', replace_original: false, ...message });
  const channel = body.channel?.id;
  if (channel === undefined || body.view?.type === 'home')
    return (message) => client.chat.postMessage({ channel: body.user.id, ...message });
  const inDm = channel.startsWith('D');
  const thread = body.message?.thread_ts ?? (inDm ? undefined : body.message?.ts);
  return (message) =>
    client.chat.postMessage({ channel, ...(thread ? { thread_ts: thread } : {}), ...message });
}

/** Posts visibly with chat.postMessage; where the bot is not a member, through the response_url. */
function sendShared(body: BlockAction, client: webApi.WebClient, respond: RespondFn): Send {
  return async (message) => {
    const channel = body.channel?.id ?? body.user.id;
    try {
      return await client.chat.postMessage({ channel, ...message });
    } catch (error) {
      if (!NOT_A_MEMBER.has(describeSlackError(error).error ?? '')) throw error;
      return respond({ response_type: 'in_channel', replace_original: false, ...message });
    }
  };
}

/**
 * A button that asks its question, answered where it was clicked: a suggestion, in the compact
 * view, or "Show all", the same question again in full. It carries the question itself, so it
 * works however long ago its message was sent.
 */
function registerQuestionButton(
  app: App,
  deps: SlackDeps,
  actionId: string | RegExp,
  full: boolean,
): void {
  app.action<BlockAction<ButtonAction>>(
    actionId,
    async ({ ack, body, action, client, respond }) => {
      await ack();
      const ephemeral = body.container.is_ephemeral === true;
      const send = sendForSuggestion(body, client, respond);
      const surface = 'button';
      await runTracked(
        deps,
        full ? 'show-all' : 'suggestion',
        () =>
          answerAndSend(
            deps,
            { user: body.user.id, surface, conversation: suggestionConversation(body) },
            action.value ?? 'help',
            send,
            { showQuestion: true, share: ephemeral, full },
          ),
        busyFallback(deps, send, surface),
      );
    },
  );
}

/** "Share in channel": posts the answer for everyone, compact or, from a full one, full. */
function registerShareButton(app: App, deps: SlackDeps, actionId: string, full: boolean): void {
  app.action<BlockAction<ButtonAction>>(
    actionId,
    async ({ ack, body, action, client, respond }) => {
      await ack();
      await runTracked(
        deps,
        'share',
        async () => {
          await answerAndSend(
            deps,
            { user: body.user.id, surface: 'share' },
            action.value ?? 'help',
            sendShared(body, client, respond),
            {
              showQuestion: true,
              footer: `Shared by ${mentionUser(body.user.id)} with \`${escapeMrkdwn(deps.command)}\``,
              full,
            },
          );
          // The private copy has done its job.
          await respond({ delete_original: true }).catch(() => undefined);
        },
        // Only the person who clicked is told, and the private copy stays.
        busyFallback(
          deps,
          (message) => respond({ response_type: 'ephemeral', replace_original: false, ...message }),
          'share',
        ),
      );
    },
  );
}

/** Suggestion, Show all and share buttons, the App Home page and the welcome for new members. */
export function registerInteractionListeners(app: App, deps: SlackDeps): void {
  // The Home tab is rendered once per dataset and picture: a hot reload swaps `bot.dataset`.
  let home: { dataset: unknown; image: unknown; view: ReturnType<typeof renderHome> } | undefined;
  const homeView = (dataset: SlackDeps['bot']['dataset'], image: MatrixImage | undefined) => {
    if (home?.dataset !== dataset || home.image !== image)
      home = {
        dataset,
        image,
        view: renderHome(
          dataset,
          deps.bot.answer('help').suggestions,
          deps.botUserId,
          deps.command,
          {
            image,
            directoryUrl: deps.directoryUrl,
          },
        ),
      };
    return home.view;
  };
  registerQuestionButton(app, deps, ACTION_IDS.suggestion, false);
  registerQuestionButton(app, deps, ACTION_IDS.showAll, true);
  registerShareButton(app, deps, ACTION_IDS.share, false);
  registerShareButton(app, deps, ACTION_IDS.shareFull, true);

  // A link button still sends its click: acknowledged, nothing else to do.
  app.action(OPEN_DIRECTORY_ACTION, async ({ ack }) => {
    await ack();
  });
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== undefined && event.tab !== 'home') return;
    await runTracked(deps, 'home', async () => {
      const { dataset } = deps.bot;
      const image = await deps.matrixImages?.imageFor(client, dataset);
      const publish = (view: ReturnType<typeof renderHome>) =>
        // A 429 is retried here, within budget: the client is told to reject rate-limited calls.
        withRetries(
          () => client.views.publish({ user_id: event.user, view }),
          classifySlackSendError,
          deps.sendRetry,
        );
      try {
        await publish(homeView(dataset, image));
      } catch (error) {
        // A file Slack will not show (deleted, or not yet processed) fails the whole view with
        // invalid_blocks: the Home tab is published without it, and the next open uploads anew.
        if (!image || describeSlackError(error).error !== 'invalid_blocks') throw error;
        deps.matrixImages?.forget(dataset);
        deps.logger.warn({ adapter: 'slack', file: image.fileId }, 'matrix image refused');
        await publish(homeView(dataset, undefined));
      }
      deps.logger.info(
        { adapter: 'slack', surface: 'home', image: image !== undefined },
        'home tab published',
      );
    });
  });

  app.event('member_joined_channel', async ({ event, client }) => {
    if (!deps.welcome || event.user === deps.botUserId) return;
    const message = renderWelcome(deps.bot.dataset.consortium.name, deps.botUserId, deps.command);
    await runTracked(deps, 'welcome', async () => {
      const sent = await sendWithFallback(
        withSendRetries(
          (m) => client.chat.postEphemeral({ channel: event.channel, user: event.user, ...m }),
          deps.sendRetry,
          deps.logger,
          'welcome',
        ),
        message,
        deps.logger,
        'welcome',
      );
      deps.logger.info({ adapter: 'slack', surface: 'welcome', delivered: sent }, 'welcome sent');
    });
  });
}
