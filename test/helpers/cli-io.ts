import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/io.js';

/** In-memory streams for running the CLI in-process; `out()`/`err()` read what it wrote. */
export function memoryIo(input = '', env: Record<string, string | undefined> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: '', err: '' };
  stdout.on('data', (c) => {
    chunks.out += String(c);
  });
  stderr.on('data', (c) => {
    chunks.err += String(c);
  });
  const io: CliIo = { stdin: Readable.from([input]), stdout, stderr, env };
  return { io, out: () => chunks.out, err: () => chunks.err };
}
