import {
  type HttpClient,
  HttpError,
  type HttpRequestConfig,
  type HttpResponse,
} from '@microsoft/agents-hosting';

/** The URL of a connector call: the client's base (the activity's serviceUrl) and the path. */
function connectorUrl(baseUrl: string, config: HttpRequestConfig): string {
  const base = baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl;
  const path = config.url.startsWith('/') ? config.url.slice(1) : config.url;
  const url = new URL(`${base}/${path}`);
  for (const [key, value] of Object.entries(config.params ?? {}))
    if (value !== undefined) url.searchParams.set(key, value);
  return url.href;
}

/** The request body as JSON text; connector calls (replies, welcomes) only ever send JSON. */
function jsonBody(data: unknown): string | undefined {
  if (data === undefined || data === null) return undefined;
  return typeof data === 'string' ? data : JSON.stringify(data);
}

/**
 * The client's default headers with the call's own over them. Header names are case-blind: the
 * SDK's defaults say "Content-Type" and its calls "content-type", and spreading both into one
 * object sent "application/json, application/json", which the Agents Playground's connector
 * refuses (400 BadArgument). `set` replaces a header whatever case it was written in.
 */
function mergedHeaders(...sources: Record<string, string>[]): Headers {
  const headers = new Headers();
  for (const source of sources)
    for (const [name, value] of Object.entries(source))
      if (value !== undefined) headers.set(name, value);
  return headers;
}

/**
 * One call to the Bot Connector, answered as the SDK's HttpClient answers (an HttpResponse, or an
 * HttpError for a status that is not 2xx), except that a redirect is not followed. The SDK's
 * client follows them, so a serviceUrl the allow-list accepts could send a reply, and its
 * Authorization header, to a host the allow-list refuses. A 3xx is an error here, not retried.
 */
export async function requestWithoutRedirects<T>(
  http: HttpClient,
  config: HttpRequestConfig,
): Promise<HttpResponse<T>> {
  if (config.responseType !== undefined && config.responseType !== 'json')
    throw new Error(`eucanbot's connector calls read JSON only, not ${config.responseType}`);
  const headers = mergedHeaders(http.defaultHeaders, config.headers ?? {});
  const body = jsonBody(config.data);
  if (body !== undefined && !headers.has('content-type'))
    headers.set('content-type', 'application/json');
  const signal =
    config.signal ?? (config.timeout === undefined ? null : AbortSignal.timeout(config.timeout));
  const response = await fetch(connectorUrl(http.baseURL, config), {
    method: config.method.toUpperCase(),
    headers,
    body: body ?? null,
    redirect: 'manual',
    signal,
  });
  const text = await response.text();
  let data: unknown = text;
  try {
    data = JSON.parse(text);
  } catch {
    // Not JSON: the text, as the SDK's client keeps it.
  }
  const result: HttpResponse<T> = {
    data: data as T,
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    config,
  };
  if (!response.ok)
    throw new HttpError(`Request failed with status ${response.status}`, result, config);
  return result;
}
