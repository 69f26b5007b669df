import type { AllMiddlewareArgs, AnyMiddlewareArgs, App } from '@slack/bolt';
import type { SlackDeps } from './reply.js';

/**
 * What identifies a request, to handle it once however often it arrives: `event_id` for an
 * event (Slack delivers an event again, with the same id, when the ack was late or failed), and
 * `trigger_id` for a slash command or an interaction. Slack mints a trigger_id for each command
 * and each click (https://docs.slack.dev/interactivity/handling-user-interaction) and does not
 * deliver those again, so a second one is a replay of a captured, signed request; the signature
 * check lets a replay through for five minutes either way, within SeenEvents' 15. The signature
 * itself would identify a request as well over HTTP, but Socket Mode has none.
 */
export function findRequestKey(body: unknown): string | undefined {
  const { event_id: eventId, trigger_id: triggerId } = body as Record<string, unknown>;
  if (typeof eventId === 'string' || typeof eventId === 'number') return `event:${eventId}`;
  if (typeof triggerId === 'string') return `trigger:${triggerId}`;
  return undefined;
}

/**
 * Every request Bolt accepts, over HTTP or Socket Mode: counted towards the server's load, and
 * acknowledged but not handled again when it comes twice (see findRequestKey). One middleware for
 * both, as each one Bolt runs costs every request a few per cent of its ack.
 */
export function registerIntake(app: App, deps: SlackDeps): void {
  app.use(async (args: AnyMiddlewareArgs & AllMiddlewareArgs) => {
    const { body, context, next } = args;
    deps.noteRequest?.();
    const key = findRequestKey(body);
    if (key !== undefined && !(await deps.seen.firstTime(key))) {
      deps.logger.info(
        { adapter: 'slack', key, retryNum: context.retryNum, retryReason: context.retryReason },
        'request skipped: already handled',
      );
      // Events are acknowledged by Bolt already; a command or a click waits for its ack.
      if ('ack' in args && typeof args.ack === 'function') await args.ack();
      return;
    }
    await next();
  });
}
