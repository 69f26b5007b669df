import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the bot made to the fake Slack: a Web API method or a response_url post. */
export interface RecordedCall {
  /** `chat.postMessage`, …, or `response_url` for posts to a response URL. */
  method: string;
  /** The path after /respond/ for response_url posts. */
  responseId?: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
  at: number;
  /** The bytes posted to an upload URL (method `upload`), as files.getUploadURLExternal gave. */
  bytes?: Buffer;
}

/** A canned answer for the next call to a method. */
export interface CannedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Answer only after this long, like a slow Slack. */
  delayMs?: number;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.startsWith('application/json'))
    return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw))
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  return out;
}

const DEFAULTS: Record<string, unknown> = {
  'auth.test': { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', team: 'Test' },
  'chat.postMessage': { ok: true, channel: 'C1', ts: '999.1' },
  'chat.postEphemeral': { ok: true, message_ts: '999.2' },
  'views.publish': { ok: true, view: { id: 'V1' } },
  // The assistant side panel's calls answer a bare ok (docs.slack.dev/reference/methods).
  'assistant.threads.setStatus': { ok: true },
  'assistant.threads.setSuggestedPrompts': { ok: true },
  'assistant.threads.setTitle': { ok: true },
  'files.completeUploadExternal': { ok: true, files: [{ id: 'F0MATRIX', title: 'matrix' }] },
};

/** The file id the fake gives an upload. */
export const FAKE_FILE_ID = 'F0MATRIX';

/** A Slack Web API on loopback that records every call and answers like Slack, or as told. */
export async function startFakeSlackApi() {
  const calls: RecordedCall[] = [];
  const queued = new Map<string, CannedResponse[]>();
  let connectionsUrl = 'ws://127.0.0.1:1/unset';
  // Known once listening; the upload URLs the fake hands out point back at itself.
  let base = '';
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
    });
    req.on('end', () => {
      const url = req.url ?? '';
      const respond = /^\/respond\/(.+)$/.exec(url);
      const upload = /^\/upload\/(.+)$/.exec(url);
      const method = respond ? 'response_url' : upload ? 'upload' : url.replace(/^\/api\//, '');
      const bytes = Buffer.concat(chunks);
      calls.push({
        method,
        ...(respond?.[1] ? { responseId: respond[1] } : {}),
        body: upload ? {} : parseBody(bytes.toString('utf8'), req.headers['content-type']),
        ...(upload ? { bytes } : {}),
        authorization: req.headers.authorization,
        at: Date.now(),
      });
      const canned = queued.get(method)?.shift();
      const fallback = respond
        ? 'ok'
        : upload
          ? `OK - ${bytes.length}`
          : method === 'apps.connections.open'
            ? { ok: true, url: connectionsUrl }
            : method === 'files.getUploadURLExternal'
              ? { ok: true, upload_url: `${base}/upload/${FAKE_FILE_ID}`, file_id: FAKE_FILE_ID }
              : (DEFAULTS[method] ?? { ok: true });
      const body = canned?.body ?? fallback;
      setTimeout(() => {
        res.writeHead(canned?.status ?? 200, {
          'content-type': typeof body === 'string' ? 'text/plain' : 'application/json',
          ...canned?.headers,
        });
        res.end(typeof body === 'string' ? body : JSON.stringify(body));
      }, canned?.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    /** Base URL of the Web API, for SLACK_API_URL. */
    apiUrl: `${base}/api/`,
    /** A response_url the fake records as `response_url` with this id. */
    responseUrl: (id: string) => `${base}/respond/${id}`,
    calls,
    /** Calls to one method, in order. */
    callsTo: (method: string) => calls.filter((c) => c.method === method),
    /** Answers the next call to `method` with `response` instead of the default. */
    failNext(method: string, response: CannedResponse) {
      queued.set(method, [...(queued.get(method) ?? []), response]);
    },
    /** What apps.connections.open returns as the Socket Mode URL. */
    setConnectionsUrl(url: string) {
      connectionsUrl = url;
    },
    reset() {
      calls.length = 0;
      queued.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The fake Slack API's handle. */
export type FakeSlackApi = Awaited<ReturnType<typeof startFakeSlackApi>>;

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => T | undefined | false,
  timeoutMs = 5000,
  what = 'condition',
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
