import { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import { payloadBytes } from './card-parts.js';
import { TEAMS_LIMITS } from './limits.js';

/** A bare message: what the addressing alone weighs is the addressed probe less the probe. */
const PROBE = { type: 'message' } as const;

/**
 * Bytes the SDK adds to a reply in this turn: it applies the incoming activity's conversation
 * reference (from, recipient, conversation, channelId, serviceUrl, locale, replyToId) to every
 * activity sent (TurnContext.sendActivities). Measured with the SDK's own functions, because
 * those fields are the sender's and the tenant's: a long name or conversation id weighs more.
 */
export function addressingBytes(context: TurnContext): number {
  const reference = context.activity.getConversationReference();
  const addressed = Activity.fromObject({ ...PROBE }).applyConversationReference(reference);
  return payloadBytes(addressed) - payloadBytes(PROBE);
}

/**
 * The largest card message that, once the SDK addresses it, is within Teams' limit with
 * TEAMS_LIMITS.sendHeadroom to spare.
 */
export function cardBudget(context: TurnContext): number {
  return TEAMS_LIMITS.maxPayloadBytes - addressingBytes(context) - TEAMS_LIMITS.sendHeadroom;
}
