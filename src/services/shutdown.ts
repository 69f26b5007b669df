import type http from 'node:http';
import type { Logger } from '../logger.js';
import type { InFlight } from './in-flight.js';

/** What a graceful stop needs to know. */
export interface ShutdownOptions {
  server: http.Server;
  inFlight: InFlight;
  /** Stop receiving from the platforms, e.g. close Socket Mode; run before draining. */
  stopReceiving: readonly (() => Promise<void>)[];
  /** Release what the replies used, e.g. connection pools; run after draining. */
  release?: readonly (() => Promise<void>)[];
  logger: Logger;
  /** Longest wait for replies in flight before giving up on them. */
  graceMs: number;
  onStopping?: () => void;
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    // Idle keep-alive connections would otherwise hold close() open.
    server.closeIdleConnections();
  });
}

/**
 * Stops gracefully: stop accepting (HTTP and Socket Mode), finish the replies in flight within
 * `graceMs`, then close the remaining connections. Resolves with whether every reply finished.
 */
export async function shutdown(options: ShutdownOptions): Promise<{ drained: boolean }> {
  const { server, inFlight, logger } = options;
  options.onStopping?.();
  logger.info({ inFlight: inFlight.size }, 'stopping: no new requests, finishing replies');
  const closed = closeServer(server);
  for (const stop of options.stopReceiving)
    await stop().catch((err: unknown) => logger.warn({ err }, 'an adapter failed to stop'));
  const drained = await inFlight.drain(options.graceMs);
  if (!drained) logger.warn({ inFlight: inFlight.size }, 'stopped before every reply was sent');
  server.closeAllConnections();
  for (const release of options.release ?? [])
    await release().catch((err: unknown) => logger.warn({ err }, 'an adapter failed to close'));
  await closed;
  logger.info({ drained }, 'stopped');
  return { drained };
}

/**
 * Runs `stop` on the first SIGTERM or SIGINT and then calls `exit(0)`; a second signal exits at
 * once with 1. Returns a function that removes the handlers.
 */
export function onStopSignal(
  stop: () => Promise<unknown>,
  exit: (code: number) => void = (code) => process.exit(code),
): () => void {
  let stopping = false;
  const handler = () => {
    if (stopping) return exit(1);
    stopping = true;
    void stop().then(
      () => exit(0),
      () => exit(1),
    );
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
  return () => {
    process.off('SIGTERM', handler);
    process.off('SIGINT', handler);
  };
}
