import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import dotenv from 'dotenv';

/** The streams and environment a CLI command runs with; tests pass their own. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  env: Record<string, string | undefined>;
}

/** The real process streams; the environment is process.env plus `.env`, where real variables win. */
export function processIo(): CliIo {
  const env = { ...process.env };
  dotenv.config({ processEnv: env, quiet: true });
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env };
}

/** Writes a line to a stream. */
export function writeLine(stream: Writable, text: string): void {
  stream.write(`${text}\n`);
}

/**
 * Writes a line and, when the stream's buffer is full, waits for it to drain (or close): a batch
 * whose reader stalls would otherwise buffer every answer in memory (1.15 GB once).
 */
export async function writeLineInTurn(stream: Writable, text: string): Promise<void> {
  if (stream.write(`${text}\n`) || stream.destroyed) return;
  const stop = new AbortController();
  try {
    await Promise.race([
      once(stream, 'drain', { signal: stop.signal }),
      once(stream, 'close', { signal: stop.signal }),
    ]);
  } finally {
    stop.abort();
  }
}
