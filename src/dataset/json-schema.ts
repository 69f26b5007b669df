import { z } from 'zod';
import { Dataset } from '../core/schema/dataset.js';

/** The dataset's JSON Schema, generated from the zod schema so editors check files as people type. */
export function datasetJsonSchema(): string {
  const schema = z.toJSONSchema(Dataset, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'eucanbot consortium dataset' }, null, 2)}\n`;
}
