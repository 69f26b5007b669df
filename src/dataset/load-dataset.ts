import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataset } from '../core/dataset/validate-dataset.js';
import { EucanbotError } from '../core/errors.js';
import type { Dataset } from '../core/schema/dataset.js';
import { showInvisible } from '../core/text/invisible.js';
import { VALIDATED_FILES } from './validated-files.js';

/**
 * The nearest directory above `start` that holds a package.json. This file runs from src/ (tsx,
 * vitest), from tsc's dist/src/ and bundled into dist/cli/: each is a different depth below the
 * package root, and the package.json is the one mark all three share.
 */
function findPackageRoot(start: string): string {
  for (let dir = start; ; ) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start, '../..');
    dir = parent;
  }
}

/** The package root: where package.json, data/ and adapters/ are. */
export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

/** The dataset shipped with eucanbot, used when neither --data nor EUCANBOT_DATA is given. */
export const DEFAULT_DATASET_PATH = path.join(PACKAGE_ROOT, 'data', 'eucanimage.json');

/**
 * The largest dataset file read. The bench's largest consortium, 10,000 organisations, is 16 MiB
 * as `generate-dataset.ts` writes it (11.6 MiB without indentation) and blocks a reload for about
 * 1.3 s, mostly building the index; half as much again keeps the block near 2 s, while the
 * shipped dataset is 70 kB. Past it, /dev/zero or a runaway export is refused, not read.
 */
export const MAX_DATASET_BYTES = 24 * 1024 * 1024;

const mebibytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(bytes % 1048576 ? 1 : 0);

/** What a path is when it is not a regular file, for the message. */
function kind(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

function unreadable(file: string, what: string, reason: string, cause?: unknown): EucanbotError {
  return new EucanbotError('DATASET_UNREADABLE', `Cannot read ${what} ${file}: ${reason}`, {
    cause,
  });
}

/**
 * Reads a dataset's bytes: a regular file of at most {@link MAX_DATASET_BYTES}, else a clear
 * refusal. It is opened non-blocking and checked with fstat before any read, because opening a
 * FIFO with no writer blocks the whole process, and a device never ends. `what` names the file
 * in messages: a dataset, a vocabulary it names, or a description to draft from.
 */
export function readDatasetBytes(file: string, what = 'dataset'): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK is 0 on Windows, where opening a pipe does not wait for a writer.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw unreadable(file, what, code === 'ENOENT' ? 'no such file' : String(cause), cause);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw unreadable(file, what, `not a regular file (${kind(stats)})`);
    if (stats.size > MAX_DATASET_BYTES)
      throw unreadable(
        file,
        what,
        `it is ${mebibytes(stats.size)} MiB, over the ${mebibytes(MAX_DATASET_BYTES)} MiB limit for a ${what}`,
      );
    // One byte more than fstat said, to notice a file still being written.
    const bytes = Buffer.allocUnsafe(stats.size + 1);
    let length = 0;
    while (length < bytes.length) {
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > stats.size)
      throw unreadable(file, what, 'it grew while being read; save it again');
    return bytes.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** "line 3, column 7" for a character offset, so a JSON syntax error can be found in an editor. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** Parses a JSON file's bytes, naming the file and the place of a syntax error. */
export function parseJsonBytes(bytes: Buffer, file: string): unknown {
  const decoded = bytes.toString('utf8');
  // Windows editors save UTF-8 with a byte-order mark, which JSON.parse refuses.
  const text = decoded.startsWith('\uFEFF') ? decoded.slice(1) : decoded;
  try {
    return JSON.parse(text);
  } catch (cause) {
    const message = showInvisible(cause instanceof Error ? cause.message : String(cause));
    const position = /position (\d+)/.exec(message);
    const where = position ? ` at ${lineAndColumn(text, Number(position[1]))}` : '';
    throw new EucanbotError('DATASET_INVALID', `${file} is not valid JSON${where}: ${message}`, {
      cause,
    });
  }
}

/** Reads and parses a JSON dataset file. */
export function readJsonFile(file: string, what = 'dataset'): unknown {
  return parseJsonBytes(readDatasetBytes(file, what), file);
}

/** The digest VALIDATED_FILES lists a file's bytes under. */
export function fileDigest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Whether these exact bytes were validated, as a file of this kind, when the CLI was built
 * (see VALIDATED_FILES): on a cold `ask` the shipped dataset's and vocabulary's validation was a
 * twelfth of the CPU time. Any other bytes, a one-character edit included, are validated.
 */
export function validatedAtBuild(kind: keyof typeof VALIDATED_FILES, bytes: Buffer): boolean {
  const digests = VALIDATED_FILES[kind];
  return digests.length > 0 && digests.includes(fileDigest(bytes));
}

/** Validates a dataset from its file's bytes; throws EucanbotError with every located problem. */
export function parseDatasetBytes(bytes: Buffer, file: string): Dataset {
  const input = parseJsonBytes(bytes, file);
  if (validatedAtBuild('dataset', bytes)) return input as Dataset;
  return parseDataset(input, path.relative(process.cwd(), file) || file);
}

/** Loads and validates a dataset file; throws EucanbotError with every located problem. */
export function loadDataset(file: string): Dataset {
  return parseDatasetBytes(readDatasetBytes(file), file);
}
