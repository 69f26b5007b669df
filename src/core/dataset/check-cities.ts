import { foldCase, splitWords } from '../text/normalise.js';
import type { PartialDataset } from './partial-dataset.js';
import type { DatasetProblem } from './problem.js';

/** Whether a name occurs in a text as whole words, case and accents aside: "Gdansk" is not in "Gdanski". */
function namesIn(text: string, name: string): boolean {
  const words = splitWords(foldCase(text));
  const wanted = splitWords(foldCase(name));
  if (wanted.length === 0) return false;
  return words.some((_, i) => wanted.every((word, k) => words[i + k] === word));
}

/**
 * A partner's city must be named in its own source line, so a city is never guessed: the name,
 * or where the source writes it otherwise (a Lithuanian genitive), that spelling.
 */
export function cityProblems(dataset: PartialDataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  dataset.partners.forEach((partner, i) => {
    const city = partner?.city;
    if (!city) return;
    const [field, written] =
      city.asWritten === undefined ? ['name', city.name] : ['asWritten', city.asWritten];
    if (!namesIn(city.source, written))
      problems.push({
        path: `partners[${i}].city.${field}`,
        message: `"${written}" does not occur in the city's source`,
      });
  });
  return problems;
}
