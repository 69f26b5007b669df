import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { datasetJsonSchema, vocabularyJsonSchema } from '../src/dataset/json-schema.js';
import { PACKAGE_ROOT } from '../src/dataset/load-dataset.js';

/**
 * `npm run schema`: regenerates data/eucanimage.schema.json and data/vocabulary.schema.json from
 * the zod schemas.
 */
const schemas: [string, string][] = [
  ['eucanimage.schema.json', datasetJsonSchema()],
  ['vocabulary.schema.json', vocabularyJsonSchema()],
];
for (const [name, text] of schemas) {
  const target = path.join(PACKAGE_ROOT, 'data', name);
  writeFileSync(target, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}
