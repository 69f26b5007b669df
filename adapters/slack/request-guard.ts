import type { IncomingHttpHeaders } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { SLACK_LIMITS } from './limits.js';

/** Options for {@link createRequestGuard}; the defaults suit production, tests shorten them. */
export interface RequestGuardOptions {
  /** Largest body read, in bytes (default SLACK_LIMITS.requestBody). */
  maxBodyBytes?: number;
  /** Bodies read at once; beyond it a request is refused with 503 (default 32). */
  maxReading?: number;
  /** Longest wait for the whole body once the headers are in (default 10 s). */
  bodyTimeoutMs?: number;
  /** The clock, in ms. */
  now?: () => number;
  /** Told of each refusal, for a log line. */
  onRefused?: (status: number, reason: string) => void;
}

/** Slack's only signature version: `v0=` and a hex HMAC-SHA256. */
const SIGNATURE = /^v0=[0-9a-f]{64}$/;
const TIMESTAMP = /^\d{1,12}$/;

/**
 * Why Slack's signature headers cannot be right, or undefined when they may be: both present,
 * well-formed, and the timestamp within SLACK_LIMITS.requestClockSkew of `nowSeconds` either
 * way. Bolt refuses only old timestamps; one from the future would stay replayable for longer.
 */
export function findSignatureHeaderProblem(
  headers: IncomingHttpHeaders,
  nowSeconds: number,
): string | undefined {
  const signature = headers['x-slack-signature'];
  const timestamp = headers['x-slack-request-timestamp'];
  if (typeof signature !== 'string' || typeof timestamp !== 'string')
    return 'signature headers missing';
  if (!SIGNATURE.test(signature)) return 'X-Slack-Signature is not v0= and 64 hex digits';
  if (!TIMESTAMP.test(timestamp)) return 'X-Slack-Request-Timestamp is not a number';
  if (Math.abs(nowSeconds - Number(timestamp)) > SLACK_LIMITS.requestClockSkew)
    return 'X-Slack-Request-Timestamp is more than five minutes from our clock';
  return undefined;
}

/**
 * Answers and closes the connection, so that a body not read yet is never read: Node would
 * otherwise drain it to keep the connection alive, for as long as the client takes to send it.
 * With `Connection: close` Node destroys the socket once the answer is flushed; destroying it
 * sooner could reset the connection before the client reads the answer.
 */
function refuse(
  res: Response,
  status: number,
  error: string,
  headers: Record<string, string> = {},
) {
  res
    .status(status)
    .set({ ...headers, connection: 'close' })
    .json({ error });
}

/**
 * Express middleware in front of Bolt's receiver on POST /slack/events. An unsigned request is
 * refused before its body arrives (a body is up to 4 MB to Bolt, read in full before the
 * signature is checked). Then the body is read here, bounded in size, in time and in how many
 * are read at once, and handed to Bolt as `req.rawBody`, which Bolt's ExpressReceiver verifies
 * and parses instead of reading the stream (see parseExpressRequestRawBody in @slack/bolt).
 */
export function createRequestGuard(options: RequestGuardOptions = {}): RequestHandler {
  const {
    maxBodyBytes = SLACK_LIMITS.requestBody,
    maxReading = 32,
    bodyTimeoutMs = 10_000,
    now = Date.now,
    onRefused = () => undefined,
  } = options;
  // A slot frees within bodyTimeoutMs at the latest.
  const retryAfter = String(Math.ceil(bodyTimeoutMs / 1000));
  let reading = 0;

  return (req: Request, res: Response, next: NextFunction) => {
    const refused = (status: number, reason: string, headers?: Record<string, string>) => {
      onRefused(status, reason);
      refuse(res, status, reason, headers);
    };
    const problem = findSignatureHeaderProblem(req.headers, Math.floor(now() / 1000));
    if (problem !== undefined) return refused(401, problem);
    if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes)
      return refused(413, `body over ${maxBodyBytes} bytes`);
    if (reading >= maxReading)
      return refused(503, `${reading} bodies being read already`, { 'retry-after': retryAfter });

    reading += 1;
    let chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const settle = (): boolean => {
      if (done) return false;
      done = true;
      reading -= 1;
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('close', onClose);
      return true;
    };
    const fail = (status: number, reason: string) => {
      if (!settle()) return;
      chunks = [];
      refused(status, reason);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) fail(413, `body over ${maxBodyBytes} bytes`);
      else chunks.push(chunk);
    };
    const onEnd = () => {
      if (!settle()) return;
      (req as Request & { rawBody?: Buffer }).rawBody = Buffer.concat(chunks, size);
      next();
    };
    // The client went away before the end: nobody is left to answer.
    const onClose = () => {
      settle();
    };
    const timer = setTimeout(
      () => fail(408, `body not received within ${bodyTimeoutMs} ms`),
      bodyTimeoutMs,
    );
    // An aborted request emits 'error'; without a listener that would be thrown.
    req.on('error', () => undefined);
    req.on('data', onData).on('end', onEnd).on('close', onClose);
  };
}
