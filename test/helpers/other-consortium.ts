import { fileURLToPath } from 'node:url';
import { type Bot, createBot } from '../../src/core/create-bot.js';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { loadIndexOptions } from '../../src/dataset/load-knowledge.js';

/**
 * A made-up ocean-observation consortium (test/fixtures/other-consortium/): 11 partners in 10
 * countries, none of EuCanImage's names, to show that nothing of EuCanImage is in the code.
 */
export const OTHER_DATASET_PATH = fileURLToPath(
  new URL('../fixtures/other-consortium/tidewatch.json', import.meta.url),
);
export const OTHER_SOURCE_PATH = fileURLToPath(
  new URL('../fixtures/other-consortium/tidewatch-consortium.txt', import.meta.url),
);
export const OTHER_GOLDEN_PATH = fileURLToPath(
  new URL('../fixtures/other-consortium/golden-set.json', import.meta.url),
);

let cached: Bot | undefined;

/** One bot over the made-up consortium, loaded as the CLI loads a dataset, shared by a file. */
export function otherBot(): Bot {
  if (cached === undefined) {
    const dataset = loadDataset(OTHER_DATASET_PATH);
    cached = createBot(dataset, loadIndexOptions(OTHER_DATASET_PATH, dataset));
  }
  return cached;
}
