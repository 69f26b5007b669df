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
