import {
  type AuthConfiguration,
  buildJwksUri,
  type CloudAdapter,
  type WebResponse,
} from '@microsoft/agents-hosting';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from '../../src/logger.js';
import { createLogLimiter } from '../../src/services/log-limit.js';
import { createPublishedKeys, type PublishedKeys } from './signing-keys.js';

/** What the check needs; `keys` is replaced in tests. */
export interface TokenCheckDeps {
  adapter: CloudAdapter;
  /** The connection the SDK validates tokens against; no clientId in anonymous mode. */
  connection: AuthConfiguration;
  logger: Logger;
  keys?: PublishedKeys;
}

/** Records the SDK's answer instead of sending it: its 401 body names internal errors. */
class Verdict implements WebResponse {
  code = 0;
  body: unknown;
  headersSent = false;
  writableEnded = false;
  status(code: number): this {
    this.code = code;
    return this;
  }
  setHeader(): this {
    return this;
  }
  send(body?: unknown): this {
    this.body = body;
    return this;
  }
  end(): this {
    return this;
  }
}

/** The parts of a JWT the key lookup depends on, read without verifying anything. */
function readToken(req: Request): { kid: unknown; iss: unknown } | undefined {
  const [scheme, token, extra] = (req.headers.authorization ?? '').trim().split(/\s+/);
  if (scheme?.toLowerCase() !== 'bearer' || !token || extra !== undefined) return undefined;
  const [header, payload] = token.split('.');
  try {
    const decode = (part: string | undefined) =>
      JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    return { kid: decode(header).kid, iss: decode(payload).iss };
  } catch {
    // Not a JWT: the SDK refuses it without looking any key up.
    return undefined;
  }
}

/**
 * Why the token in `req` cannot be valid without asking the SDK: it names a signing key id that
 * is not published. The SDK looks up the key of every token whose id it has not cached, so each
 * made-up id cost a request to Entra; here a list of published ids answers instead.
 */
async function findKeyProblem(req: Request, deps: TokenCheckDeps, keys: PublishedKeys) {
  // Without a clientId the SDK refuses every token on its audience, before any key lookup.
  if (!deps.connection.clientId) return undefined;
  const token = readToken(req);
  if (!token) return undefined;
  if (typeof token.kid !== 'string') return 'the token names no signing key id';
  const jwksUri = buildJwksUri(typeof token.iss === 'string' ? token.iss : '', deps.connection);
  const { published, fetchError } = await keys.lookup(jwksUri, token.kid);
  if (published) return undefined;
  return fetchError
    ? `the signing keys at ${jwksUri} could not be fetched: ${fetchError}`
    : `the token's signing key id is unknown at ${jwksUri}`;
}

/**
 * The SDK's token check (CloudAdapter.authorizeRequest) behind two guards: a token naming an
 * unpublished key id is refused without a key lookup, and every refusal is a plain 401 whose
 * reason goes to the log, once a minute per reason, not to the caller.
 */
export function createTokenCheck(deps: TokenCheckDeps): RequestHandler {
  const keys = deps.keys ?? createPublishedKeys();
  const limiter = createLogLimiter();
  const refuse = (res: Response, reason: string): void => {
    const passed = limiter.pass(reason);
    if (passed) deps.logger.warn({ status: 401, reason, ...passed }, 'Teams request unauthorized');
    res.status(401).set('www-authenticate', 'Bearer').json({ error: 'unauthorized' });
  };
  return async (req, res, next) => {
    try {
      const problem = await findKeyProblem(req, deps, keys);
      if (problem) return refuse(res, problem);
      const verdict = new Verdict();
      let authorized = false;
      await deps.adapter.authorizeRequest(req, verdict, () => {
        authorized = true;
      });
      if (authorized) return next();
      const said = (verdict.body as { 'jwt-auth-error'?: unknown } | undefined)?.['jwt-auth-error'];
      refuse(res, String(said ?? `status ${verdict.code}`).slice(0, 300));
    } catch (error) {
      next(error);
    }
  };
}
