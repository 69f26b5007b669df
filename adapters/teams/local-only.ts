import type { Request, RequestHandler } from 'express';
import type { Logger } from '../../src/logger.js';
import { isLoopbackAddress, isLoopbackHostHeader } from '../../src/services/loopback.js';

/**
 * Headers that a proxy or tunnel (ngrok, cloudflared, a reverse proxy) adds to what it passes
 * on. Through a tunnel every caller's connection comes from loopback, so the address alone
 * cannot tell a stranger from the developer.
 */
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip', 'via'];

/** Why a request did not come straight from a client on this machine; undefined when it did. */
function whyNotLocal(req: Request): string | undefined {
  const header = PROXY_HEADERS.find((name) => req.headers[name] !== undefined);
  if (header) return `it came through a proxy or tunnel (${header} header)`;
  if (!isLoopbackHostHeader(req.headers.host)) return 'its Host header does not name loopback';
  if (!isLoopbackAddress(req.socket.remoteAddress ?? '')) return 'it came from another machine';
  return undefined;
}

/**
 * For the anonymous endpoint: 403 for every request that did not come straight from a client on
 * this machine (Agents Playground, Bot Framework Emulator), before anything reads its body.
 */
export function localRequestsOnly(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const reason = whyNotLocal(req);
    if (reason === undefined) {
      next();
      return;
    }
    logger.warn({ status: 403, reason }, 'anonymous Teams request refused');
    res.status(403).json({
      error:
        'the anonymous Teams endpoint (TEAMS_DEV_ANONYMOUS=true) answers only requests made on this machine, not through a proxy or tunnel',
    });
  };
}
