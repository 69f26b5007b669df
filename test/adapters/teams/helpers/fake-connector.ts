import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the Bot Connector API. */
export interface ConnectorCall {
  conversationId: string;
  /** Set when the bot replied to an activity (POST …/activities/{replyToId}). */
  replyToId: string | undefined;
  authorization: string | undefined;
  body: Record<string, unknown>;
  /** The body as it came on the wire, to measure what the bot really sent. */
  rawBody: string;
}

/** A Bot Connector stand-in on loopback that records what the bot sends. */
export interface FakeConnector {
  /** The serviceUrl to put in activities. */
  url: string;
  calls: ConnectorCall[];
  /** Makes the next `count` calls fail with this status (and headers, e.g. Retry-After). */
  fail(status: number, count?: number, headers?: Record<string, string>): void;
  /** Makes the next `count` calls answer only after `ms`, like a hung connector. */
  stall(ms: number, count?: number): void;
  close(): Promise<void>;
}

const ACTIVITIES_PATH =
  /^\/teams\/v3\/conversations\/(.+?)\/activities(?:\/([^/?]+))?\/?(?:\?.*)?$/;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Whether a Content-Type header names exactly one JSON media type ("application/json; charset=utf-8"). */
function isJsonType(header: string | undefined): boolean {
  return header?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** Starts the fake connector on 127.0.0.1 with a free port. */
export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  let failures: { status: number; count: number; headers: Record<string, string> } | undefined;
  let stalls: { ms: number; count: number } | undefined;
  const server: Server = createServer(async (req, res) => {
    const match = ACTIVITIES_PATH.exec(req.url ?? '');
    const text = await readBody(req);
    if (req.method !== 'POST' || !match) {
      res.writeHead(404).end();
      return;
    }
    // As the Agents Playground's connector does: one JSON media type, or 400 and nothing recorded.
    if (!isJsonType(req.headers['content-type'])) {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"error":{"code":"BadArgument","message":"Invalid input"}}');
      return;
    }
    calls.push({
      conversationId: match[1] ?? '',
      replyToId: match[2] === undefined ? undefined : decodeURIComponent(match[2]),
      authorization: req.headers.authorization,
      body: JSON.parse(text) as Record<string, unknown>,
      rawBody: text,
    });
    if (stalls && stalls.count > 0) {
      stalls.count -= 1;
      await new Promise((resolve) => setTimeout(resolve, stalls?.ms));
      if (res.destroyed) return;
    }
    if (failures && failures.count > 0) {
      failures.count -= 1;
      res.writeHead(failures.status, { 'content-type': 'application/json', ...failures.headers });
      res.end(JSON.stringify({ error: { code: 'ServiceError', message: 'fake failure' } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `reply-${calls.length}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/teams/`,
    calls,
    fail(status, count = 1, headers = {}) {
      failures = { status, count, headers };
    },
    stall(ms, count = 1) {
      stalls = { ms, count };
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
