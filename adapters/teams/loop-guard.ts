import type { CloudAdapter } from '@microsoft/agents-hosting';
import type { Logger } from '../../src/logger.js';
import { isLoopbackAddress } from '../../src/services/loopback.js';

/**
 * True for an activity that a bot sent: the bot's own (a reply that came back, with the sender's
 * id the recipient's) or another bot's (`from.role` "bot"). Answering one starts a conversation
 * between bots that nobody reads and that only the rate limit ends.
 */
export function isSentByBot(body: unknown): boolean {
  const { from, recipient } = body as {
    from?: { id?: unknown; role?: unknown };
    recipient?: { id?: unknown };
  };
  return from?.role === 'bot' || (from?.id !== undefined && from.id === recipient?.id);
}

/** Where the request came in: the address and port the server is bound to. */
export interface LocalEnd {
  localAddress?: string | undefined;
  localPort?: number | undefined;
}

/**
 * True when replies to `serviceUrl` would come back to this server: its port is the one the
 * request came in on, and its host is loopback or the address it came in on. Every reply would
 * arrive as a new activity and be answered in turn.
 */
export function leadsBackHere(serviceUrl: string, here: LocalEnd): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  if (port !== here.localPort) return false;
  const host = url.hostname;
  return (
    host === 'localhost' ||
    isLoopbackAddress(host) ||
    (here.localAddress !== undefined &&
      host.replace(/^\[|\]$/g, '') === here.localAddress.replace(/^::ffff:/, ''))
  );
}

/**
 * Bounds what one incoming activity can make the bot send: `max` activities a turn, the rest
 * dropped and logged. The bot itself sends one (an answer, a notice or a welcome), so the limit
 * only bites on a bug or on a turn somebody found a way to multiply.
 */
export function limitSendsPerTurn(adapter: CloudAdapter, max: number, logger: Logger): void {
  adapter.use(async (context, next) => {
    let sent = 0;
    context.onSendActivities(async (_context, activities, send) => {
      const room = Math.max(0, max - sent);
      if (activities.length > room) {
        logger.warn(
          { max, dropped: activities.length - room },
          'Teams sends over the per-turn limit dropped',
        );
        activities.splice(room);
      }
      sent += activities.length;
      return activities.length > 0 ? send() : [];
    });
    await next();
  });
}
