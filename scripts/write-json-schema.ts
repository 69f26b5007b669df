import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { datasetJsonSchema } from '../src/dataset/json-schema.js';
import { PACKAGE_ROOT } from '../src/dataset/load-dataset.js';

/** `npm run schema`: regenerates data/eucanimage.schema.json from the zod schema. */
const target = path.join(PACKAGE_ROOT, 'data', 'eucanimage.schema.json');
writeFileSync(target, datasetJsonSchema());
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
