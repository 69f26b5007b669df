import { z } from 'zod';
import { Dataset } from '../core/schema/dataset.js';
import { Vocabulary } from '../core/schema/vocabulary.js';

function jsonSchema(schema: z.ZodType, title: string): string {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}

/** The dataset's JSON Schema, generated from the zod schema so editors check files as people type. */
export function datasetJsonSchema(): string {
  return jsonSchema(Dataset, 'eucanbot consortium dataset');
}

/** The JSON Schema of a vocabulary file (data/vocabulary.json), from its zod schema. */
export function vocabularyJsonSchema(): string {
  return jsonSchema(Vocabulary, 'eucanbot everyday vocabulary');
}
