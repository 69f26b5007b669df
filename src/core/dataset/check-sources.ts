import type { Dataset } from '../schema/dataset.js';
import { hasInvisible, showInvisible } from '../text/invisible.js';
import type { DatasetProblem } from './validate-dataset.js';

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Every quoted sentence (role sources, city sources, work-package sources and leader sources) must appear
 * verbatim in the source document, spacing aside: that is what makes answers checkable.
 */
export function findUnsourcedSentences(dataset: Dataset, documentText: string): DatasetProblem[] {
  const document = squash(documentText);
  const problems: DatasetProblem[] = [];
  const check = (path: string, sentence: string | null): void => {
    if (sentence === null || document.includes(squash(sentence))) return;
    const hidden = hasInvisible(sentence)
      ? ` (it is "${showInvisible(sentence)}", with an invisible character)`
      : '';
    problems.push({ path, message: `is not found verbatim in the source document${hidden}` });
  };
  dataset.partners.forEach((partner, i) => {
    check(`partners[${i}].city.source`, partner.city?.source ?? null);
    partner.roles.forEach((role, j) => {
      check(`partners[${i}].roles[${j}].source`, role.source);
    });
  });
  dataset.workPackages.forEach((wp, i) => {
    check(`workPackages[${i}].leaderSource`, wp.leaderSource);
    wp.sources.forEach((s, j) => {
      check(`workPackages[${i}].sources[${j}]`, s);
    });
  });
  return problems;
}
