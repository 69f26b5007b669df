import { STATUS_CODES } from 'node:http';
import { Agent, type Dispatcher, request } from 'undici';

/**
 * A `fetch` for the platform clients (Slack's WebClient and Bolt's `respond()` accept one), made
 * on undici's `request()` over a keep-alive pool. Node's built-in fetch builds a WHATWG Request,
 * streams and an AbortSignal for every call: about 1 ms of CPU a reply under load, the largest
 * single cost of answering a Slack message. `request()` is the same HTTP client without that
 * machinery (https://undici.nodejs.org/#/?id=undicirequesturl-options-promise). The answer is
 * still a standard `Response`, so callers see no difference.
 *
 * Bodies other than text and bytes (FormData, streams: file uploads, which eucanbot never makes)
 * go to the built-in fetch unchanged.
 */
export interface PooledFetch {
  readonly fetch: typeof fetch;
  /** Closes the pool's connections at once: calls still running, or made after, fail. */
  close(): Promise<void>;
}

/** Options for {@link createPooledFetch}. */
export interface PooledFetchOptions {
  /**
   * Longest wait to connect, then for the response's headers, then between two pieces of its
   * body: a hung peer cannot hold a reply, or a shutdown, forever.
   */
  timeoutMs: number;
  /** Most connections per origin (default 64). */
  connections?: number;
}

type Init = NonNullable<Parameters<typeof fetch>[1]>;

/** Statuses whose Response must have no body (https://fetch.spec.whatwg.org/#null-body-status). */
const NULL_BODY = new Set([204, 205, 304]);

function urlOf(input: Parameters<typeof fetch>[0]): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

function headersOf(init: Init['headers']): Record<string, string> {
  if (init === undefined) return {};
  if (init instanceof Headers || Array.isArray(init)) return Object.fromEntries(init);
  return init as Record<string, string>;
}

/** Text and bytes go through the pool; anything else keeps the built-in fetch's handling. */
function simpleBody(body: Init['body']): string | Uint8Array | null | undefined | false {
  if (body === undefined || body === null) return body;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  if (body instanceof URLSearchParams) return body.toString();
  return false;
}

function responseHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.append(name, value);
  }
  return headers;
}

/** Creates a {@link PooledFetch}. */
export function createPooledFetch(options: PooledFetchOptions): PooledFetch {
  const { timeoutMs } = options;
  const dispatcher = new Agent({
    connections: options.connections ?? 64,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connect: { timeout: timeoutMs },
  });
  const pooled = async (input: Parameters<typeof fetch>[0], init: Init = {}) => {
    const body = simpleBody(init.body);
    if (body === false)
      return fetch(input, { ...init, signal: init.signal ?? AbortSignal.timeout(timeoutMs) });
    const response = await request(urlOf(input), {
      dispatcher,
      method: (init.method ?? 'GET').toUpperCase() as Dispatcher.HttpMethod,
      headers: headersOf(init.headers),
      body: body ?? null,
      // Only the caller's own signal: the pool's timeouts already bound every call.
      ...(init.signal ? { signal: init.signal } : {}),
    });
    const bytes = await response.body.arrayBuffer();
    const status = response.statusCode;
    return new Response(NULL_BODY.has(status) ? null : bytes, {
      status,
      statusText: STATUS_CODES[status] ?? '',
      headers: responseHeaders(response.headers),
    });
  };
  return {
    fetch: pooled as typeof fetch,
    close: () => dispatcher.destroy(),
  };
}
