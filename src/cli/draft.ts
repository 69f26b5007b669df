import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { todoProblems } from '../core/dataset/check-todos.js';
import { draftDataset } from '../core/draft/draft-dataset.js';
import type { Dataset } from '../core/schema/dataset.js';
import { PACKAGE_ROOT, readDatasetBytes } from '../dataset/load-dataset.js';
import { type CliIo, writeLine } from './io.js';

/** Where `eucanbot draft` writes, and whether it may replace a file. */
export interface DraftOptions {
  out: string | undefined;
  force: boolean;
}

/** The text of a description file; a Windows editor's byte-order mark dropped. */
function readDescription(file: string): string {
  const text = readDatasetBytes(file, 'description').toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The draft as JSON; in a file, with `$schema` pointing at the shipped schema, so editors check it. */
function draftJson(dataset: Dataset, out: string | undefined): string {
  if (out === undefined) return `${JSON.stringify(dataset, null, 2)}\n`;
  const schema = path.relative(
    path.dirname(path.resolve(out)),
    path.join(PACKAGE_ROOT, 'data', 'eucanimage.schema.json'),
  );
  return `${JSON.stringify({ $schema: schema.split(path.sep).join('/'), ...dataset }, null, 2)}\n`;
}

/** Writes the draft; the reason it could not, or null. */
function write(out: string, json: string, force: boolean): string | null {
  try {
    // 'wx' fails if the file exists, in the same call that would create it: no check-then-write race.
    writeFileSync(out, json, { flag: force ? 'w' : 'wx' });
    return null;
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    return code === 'EEXIST' ? 'it exists; add --force to replace it' : (cause as Error).message;
  }
}

/**
 * `eucanbot draft DESCRIPTION [--out FILE] [--force]`: drafts a dataset from a consortium's
 * description, to stdout or a file, and lists on stderr every field marked to check.
 */
export function runDraft(file: string, options: DraftOptions, io: CliIo): number {
  const name = path.basename(file);
  const draft = draftDataset(readDescription(file), {
    sourceDocument: name,
    fallbackName: name.replace(/\.[^.]*$/, ''),
  });
  if (draft.partners.length === 0) {
    writeLine(
      io.stderr,
      `eucanbot: found no partner in ${file}: no heading, list line or table row names an organisation (see "Serve your own consortium" in the README for the layouts it reads).`,
    );
    return 1;
  }
  const json = draftJson(draft, options.out);
  const failed = options.out === undefined ? null : write(options.out, json, options.force);
  if (failed !== null) {
    writeLine(io.stderr, `eucanbot: cannot write ${options.out}: ${failed}`);
    return 1;
  }
  if (options.out === undefined) io.stdout.write(json);
  const roles = draft.partners.reduce((n, p) => n + p.roles.length, 0);
  const into = options.out === undefined ? '' : ` into ${options.out}`;
  writeLine(
    io.stderr,
    `eucanbot: drafted ${draft.partners.length} partners, ${draft.workPackages.length} work packages and ${roles} roles from ${file}${into}.`,
  );
  if (draft.workPackages.length === 0)
    writeLine(io.stderr, 'The text names no work package; a dataset needs at least one.');
  const todos = todoProblems(draft);
  writeLine(
    io.stderr,
    `${todos.length} fields to check, each marked with a "todo" in the file; "eucanbot validate" lists them until you delete the marks:`,
  );
  for (const todo of todos) writeLine(io.stderr, `  ${todo.path}: ${todo.message}`);
  return 0;
}
