import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataset } from '../core/dataset/validate-dataset.js';
import { EucanbotError } from '../core/errors.js';
import type { Dataset } from '../core/schema/dataset.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The package root, whether this file runs from src/ (tsx, vitest) or from dist/src/ (built). */
export const PACKAGE_ROOT = path.resolve(
  here,
  here.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..',
);

/** The dataset shipped with eucanbot, used when neither --data nor EUCANBOT_DATA is given. */
export const DEFAULT_DATASET_PATH = path.join(PACKAGE_ROOT, 'data', 'eucanimage.json');

/** "line 3, column 7" for a character offset, so a JSON syntax error can be found in an editor. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** Reads and parses a JSON file, naming the file and the place of a syntax error. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    const reason =
      (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(cause);
    throw new EucanbotError('DATASET_UNREADABLE', `Cannot read dataset ${file}: ${reason}`, {
      cause,
    });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const position = /position (\d+)/.exec(message);
    const where = position ? ` at ${lineAndColumn(text, Number(position[1]))}` : '';
    throw new EucanbotError('DATASET_INVALID', `${file} is not valid JSON${where}: ${message}`, {
      cause,
    });
  }
}

/** Loads and validates a dataset file; throws EucanbotError with every located problem. */
export function loadDataset(file: string): Dataset {
  return parseDataset(readJsonFile(file), path.relative(process.cwd(), file) || file);
}
