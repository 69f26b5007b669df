import type { Logger } from '../../src/logger.js';
import { describeSlackError, type SlackSend } from './deliver.js';

/** What a person reads when their question is dropped because too many replies wait already. */
export const BUSY_NOTICE = "I'm too busy to answer right now; please ask again in a minute.";

/** Tells the asker their question was dropped (see {@link createBusyNotifier}). */
export type BusyNotifier = (send: SlackSend, surface: string) => Promise<void>;

/**
 * Sends {@link BUSY_NOTICE} instead of an answer the reply queue had no room for, so the person
 * is not left in silence. It goes out at once, in one attempt; at most `maxSending` at a time,
 * as the server is overloaded already: beyond that a drop is only logged (and counted by the
 * queue, for /healthz).
 */
export function createBusyNotifier(logger: Logger, maxSending = 16): BusyNotifier {
  let sending = 0;
  return async (send, surface) => {
    const notified = sending < maxSending;
    logger.warn({ adapter: 'slack', surface, notified }, 'reply dropped: queue full');
    if (!notified) return;
    sending += 1;
    try {
      await send({ text: BUSY_NOTICE });
    } catch (error) {
      logger.error(
        { adapter: 'slack', what: 'busy', ...describeSlackError(error) },
        'Slack API call failed',
      );
    } finally {
      sending -= 1;
    }
  };
}
