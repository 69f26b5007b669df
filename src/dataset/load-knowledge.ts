import path from 'node:path';
import { parseVocabulary } from '../core/dataset/validate-vocabulary.js';
import type { IndexOptions } from '../core/index/knowledge-index.js';
import type { Dataset } from '../core/schema/dataset.js';
import type { Vocabulary, VocabularyEntry } from '../core/schema/vocabulary.js';
import {
  PACKAGE_ROOT,
  parseJsonBytes,
  readDatasetBytes,
  validatedAtBuild,
} from './load-dataset.js';
import { loadEnglishLexicon } from './load-english-lexicon.js';

/** The vocabulary of the field, shipped beside the dataset and read with every dataset. */
export const FIELD_VOCABULARY_PATH = path.join(PACKAGE_ROOT, 'data', 'vocabulary.json');

function shortName(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Loads and validates one vocabulary file; throws EucanbotError with every located problem. */
export function loadVocabulary(file: string): Vocabulary {
  const bytes = readDatasetBytes(file, 'vocabulary');
  const input = parseJsonBytes(bytes, file);
  if (validatedAtBuild('vocabulary', bytes)) return input as Vocabulary;
  return parseVocabulary(input, shortName(file));
}

/** The file of the consortium's own vocabulary, when its dataset names one. */
export function consortiumVocabularyPath(datasetFile: string, dataset: Dataset): string | null {
  const own = dataset.consortium.vocabulary;
  return own ? path.resolve(path.dirname(datasetFile), own) : null;
}

/** The entries a dataset is read with: the field's vocabulary, then its consortium's. */
export function loadVocabularies(datasetFile: string, dataset: Dataset): VocabularyEntry[] {
  const own = consortiumVocabularyPath(datasetFile, dataset);
  const files = own === null ? [FIELD_VOCABULARY_PATH] : [FIELD_VOCABULARY_PATH, own];
  return files.flatMap((file) => loadVocabulary(file).entries);
}

/** What a bot over a dataset file reads besides the dataset: vocabularies and general English. */
export function loadIndexOptions(datasetFile: string, dataset: Dataset): IndexOptions {
  return { vocabulary: loadVocabularies(datasetFile, dataset), english: loadEnglishLexicon() };
}
