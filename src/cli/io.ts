import type { Readable, Writable } from 'node:stream';

/** The streams and environment a CLI command runs with; tests pass their own. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  env: Record<string, string | undefined>;
}

/** The real process streams. */
export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** Writes a line to a stream. */
export function writeLine(stream: Writable, text: string): void {
  stream.write(`${text}\n`);
}
