import path from 'node:path';
import { type Bot, createBot } from '../../src/core/create-bot.js';
import type { Dataset } from '../../src/core/schema/dataset.js';
import { loadDataset, PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';
import { loadIndexOptions } from '../../src/dataset/load-knowledge.js';

/** The made-up mobility consortium with groupings, contacts and a lexicon section. */
export const GROUPINGS_FIXTURE = path.join(PACKAGE_ROOT, 'test/fixtures/groupings/greenroute.json');

let cached: Bot | undefined;

/** The fixture dataset, loaded and validated as the CLI does. */
export function groupingsDataset(): Dataset {
  return loadDataset(GROUPINGS_FIXTURE);
}

/** One bot over the fixture, shared by a file. */
export function groupingsBot(): Bot {
  if (cached === undefined) {
    const dataset = groupingsDataset();
    cached = createBot(dataset, loadIndexOptions(GROUPINGS_FIXTURE, dataset));
  }
  return cached;
}
