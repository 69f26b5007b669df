/**
 * The drafting part of `npm run eval`: `eucanbot draft` on the seed, judged against the
 * hand-built data/eucanimage.json, and on made-up consortia in other layouts, judged against
 * their expected results. Run alone with `npx tsx scripts/eval-draft.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { todoProblems } from '../src/core/dataset/check-todos.js';
import { draftDataset } from '../src/core/draft/draft-dataset.js';
import {
  type DraftScore,
  formatScore,
  loadDraftCases,
  scoreDraft,
  type Tally,
} from './draft-score.js';

const fraction = ({ right, total }: Tally) => `${right}/${total}`;

function row(cells: readonly string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(24) : c.padStart(12))).join(' ');
}

/** Prints a table of the drafts' figures, then each draft's details. */
export function evaluateDraft(write: (line?: string) => void): void {
  const scored: { name: string; score: DraftScore; ms: number }[] = [];
  for (const { name, file, expected } of loadDraftCases()) {
    const started = performance.now();
    const draft = draftDataset(readFileSync(file, 'utf8'), {
      sourceDocument: path.basename(file),
      fallbackName: path.basename(file).replace(/\.[^.]*$/, ''),
    });
    const ms = performance.now() - started;
    const score = scoreDraft(draft, expected);
    score.todos = todoProblems(draft).length;
    scored.push({ name, score, ms });
  }
  write(
    'Drafts (eucanbot draft): the seed against data/eucanimage.json, the others against test/fixtures/draft/*.expected.json.',
  );
  write();
  write(
    row([
      'description',
      'partners',
      'countries',
      'WP leaders',
      'no leader',
      'role sents',
      'leads',
      'wrong leads',
      'todos',
      'ms',
    ]),
  );
  for (const { name, score, ms } of scored)
    write(
      row([
        name,
        fraction(score.partners),
        fraction(score.countries),
        fraction(score.namedLeaders),
        fraction(score.noLeaders),
        fraction(score.roleSentences),
        fraction(score.leads),
        String(score.leads.wrong.length),
        String(score.todos),
        ms.toFixed(0),
      ]),
    );
  write();
  write(
    '"WP leaders": leaders the text names, found; "no leader": work packages the text names none for, left without one (a guessed leader is marked to check). "role sents": expected role sentences quoted by a drafted role of the same partner. "wrong leads": leads the text does not state.',
  );
  for (const { name, score } of scored) {
    write();
    write(`${name}:`);
    for (const line of formatScore(score)) write(`  ${line}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  evaluateDraft((line = '') => process.stdout.write(`${line}\n`));
