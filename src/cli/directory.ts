import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../../adapters/web/site.js';
import type { Dataset } from '../core/schema/dataset.js';
import { type CliIo, writeLine } from './io.js';

/**
 * `eucanbot directory --out DIR`: writes the directory's pages as static files, for an
 * intranet or any static host: the pages `eucanbot serve` shows at /, without the search box,
 * which needs the server's /api/answer. Existing files of the same names are replaced; nothing
 * else in DIR is touched.
 */
export function runDirectory(dataset: Dataset, out: string, io: CliIo): number {
  const started = performance.now();
  const files = buildSite(dataset, { search: false });
  const rendered = performance.now() - started;
  let bytes = 0;
  for (const [name, file] of files) {
    const target = path.join(out, ...name.split('/'));
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.body);
    } catch (cause) {
      const failed = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
      writeLine(io.stderr, `eucanbot: cannot write ${target}: ${failed}`);
      return 1;
    }
    bytes += Buffer.byteLength(file.body);
  }
  writeLine(
    io.stdout,
    `Wrote ${files.size} files (${Math.round(bytes / 1024)} KB) to ${out} in ${Math.round(rendered)} ms; open ${path.join(out, 'index.html')}.`,
  );
  return 0;
}
