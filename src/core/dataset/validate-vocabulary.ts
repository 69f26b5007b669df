import { Vocabulary } from '../schema/vocabulary.js';
import { type DatasetProblem, invalidError, shapeProblems } from './validate-dataset.js';

/** Checks a vocabulary's shape; every problem located by its JSON path. */
export function checkVocabulary(input: unknown): {
  data: Vocabulary | undefined;
  problems: DatasetProblem[];
} {
  const parsed = Vocabulary.safeParse(input, { reportInput: true });
  return parsed.success
    ? { data: parsed.data, problems: [] }
    : { data: undefined, problems: shapeProblems(parsed.error) };
}

/** Parses a vocabulary or throws DATASET_INVALID listing every located problem. */
export function parseVocabulary(input: unknown, origin = 'vocabulary'): Vocabulary {
  const { data, problems } = checkVocabulary(input);
  if (data !== undefined) return data;
  throw invalidError(origin, problems);
}
