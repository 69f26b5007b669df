import type { BlockAction } from '@slack/bolt';
import type { ConversationRef } from '../../src/services/conversation-store.js';

/**
 * The conversation a Slack message belongs to: its thread in a channel, its DM (and thread, if
 * in one). Thread timestamps are unique within a channel only, hence the channel in the key.
 */
export function slackConversation(channel: string, thread?: string): ConversationRef {
  return { key: `slack:${channel}${thread ? `:${thread}` : ''}` };
}

/**
 * The conversation a clicked suggestion continues: the thread or DM its answer is posted to.
 * None for an ephemeral reply or the Home tab, whose answers start no conversation.
 */
export function suggestionConversation(body: BlockAction): ConversationRef | undefined {
  const channel = body.channel?.id;
  if (body.container.is_ephemeral === true || channel === undefined) return undefined;
  if (body.view?.type === 'home') return undefined;
  const inDm = channel.startsWith('D');
  return slackConversation(
    channel,
    body.message?.thread_ts ?? (inDm ? undefined : body.message?.ts),
  );
}
