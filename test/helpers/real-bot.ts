import { type Bot, createBot } from '../../src/core/create-bot.js';
import type { Dataset } from '../../src/core/schema/dataset.js';
import { DEFAULT_DATASET_PATH, loadDataset } from '../../src/dataset/load-dataset.js';
import { loadIndexOptions } from '../../src/dataset/load-knowledge.js';

let cached: Bot | undefined;

/** The shipped dataset, loaded and validated as the CLI does. */
export function realDataset(): Dataset {
  return loadDataset(DEFAULT_DATASET_PATH);
}

/** One bot over the real dataset, with the shipped vocabulary and English, shared by a file. */
export function realBot(): Bot {
  if (cached === undefined) {
    const dataset = realDataset();
    cached = createBot(dataset, loadIndexOptions(DEFAULT_DATASET_PATH, dataset));
  }
  return cached;
}

/** A deep copy of the real dataset to break in a test. */
export function datasetCopy(): Dataset {
  return structuredClone(realDataset());
}

/** The ids of the partners the real bot answers a question with, sorted. */
export function sortedPartnerIds(question: string): string[] {
  return realBot()
    .answer(question)
    .partners.map((p) => p.id)
    .sort();
}
