import net from 'node:net';

/** One upload on its own connection that sends only part of its body, then waits. */
export interface SlowUpload {
  /** The status the server answered with, or undefined when it closed without one. */
  readonly answered: Promise<number | undefined>;
  /** Settles when the server (or `destroy`) has closed the connection. */
  readonly closed: Promise<void>;
  /** The response's raw head and body so far. */
  readonly received: () => string;
  /** Sends more body bytes, if the connection is still open. */
  send(bytes: Buffer | string): void;
  destroy(): void;
}

/** What {@link openUpload} sends. */
export interface SlowUploadOptions {
  /** Extra request headers, e.g. Slack's signature headers. */
  headers?: Record<string, string>;
  /** The Content-Length announced; undefined sends a chunked body instead. */
  contentLength?: number;
  /** The part of the body sent at once (for a chunked body, as one chunk). */
  body?: Buffer | string;
}

/**
 * Opens a POST to `url` on a raw socket, writes the head and `body`, and leaves the connection
 * open as a slow or stalled client would. Nothing is retried and nothing is read beyond the answer.
 */
export function openUpload(url: string, options: SlowUploadOptions = {}): SlowUpload {
  const { hostname, port, pathname } = new URL(url);
  const chunked = options.contentLength === undefined;
  const socket = net.connect(Number(port), hostname);
  const head = [
    `POST ${pathname} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    'Content-Type: application/json',
    chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${options.contentLength}`,
    ...Object.entries(options.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
  ].join('\r\n');
  // A Buffer is written as it is, not copied: many uploads may share one large body.
  const frame = (bytes: Buffer | string) => {
    const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    return chunked && data.length > 0
      ? Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')])
      : data;
  };
  let received = '';
  let status: (value: number | undefined) => void = () => undefined;
  const answered = new Promise<number | undefined>((resolve) => {
    status = resolve;
  });
  // A server that closes while the client still writes makes the write fail: expected here.
  socket.on('error', () => undefined);
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString('latin1');
    const match = /^HTTP\/1\.1 (\d{3})/.exec(received);
    if (match) status(Number(match[1]));
  });
  const closed = new Promise<void>((resolve) =>
    socket.once('close', () => {
      status(undefined);
      resolve();
    }),
  );
  socket.write(`${head}\r\n\r\n`);
  if (options.body !== undefined) socket.write(frame(options.body));
  return {
    answered,
    closed,
    received: () => received,
    send(bytes) {
      if (!socket.destroyed) socket.write(frame(bytes));
    },
    destroy: () => socket.destroy(),
  };
}
