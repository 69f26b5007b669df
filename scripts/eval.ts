/**
 * Runs the golden set through eucanbot and through a naive fuse.js baseline, and prints accuracy
 * per family, the overall figure, eucanbot's answer latency and the questions it fails.
 * Both are judged by the checker the golden test uses. `npm run eval`.
 */
import { performance } from 'node:perf_hooks';
import { createBot } from '../src/core/index.js';
import { DEFAULT_DATASET_PATH, loadDataset } from '../src/dataset/load-dataset.js';
import { loadIndexOptions } from '../src/dataset/load-knowledge.js';
import {
  checkAnswer,
  type GoldenCase,
  GoldenFamily,
  hasPartnerExpectations,
  loadGoldenSet,
  PARTNER_KEYS,
} from '../test/golden/golden-set.js';
import { evaluateBlind } from './eval-blind.js';
import { evaluateConversations } from './eval-conversations.js';
import { evaluateDraft } from './eval-draft.js';
import { evaluateOtherConsortium } from './eval-other.js';
import { createNaiveBaseline } from './naive-baseline.js';

interface Judged {
  golden: GoldenCase;
  botFailures: string[];
  /** Null when the case has no partner expectation, so the baseline is not judged on it. */
  baselineFailures: string[] | null;
  headline: string;
}

function write(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function percent(passed: number, total: number): string {
  return total === 0 ? '–' : `${((100 * passed) / total).toFixed(1)}%`;
}

function percentile(sortedMs: readonly number[], p: number): number {
  const rank = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, rank)] ?? 0;
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
    .join(' | ');
}

function tally(judged: readonly Judged[]): string[] {
  const baselineJudged = judged.filter((j) => j.baselineFailures !== null);
  return [
    String(judged.length),
    percent(judged.filter((j) => j.botFailures.length === 0).length, judged.length),
    String(baselineJudged.length),
    percent(
      baselineJudged.filter((j) => j.baselineFailures?.length === 0).length,
      baselineJudged.length,
    ),
  ];
}

const dataset = loadDataset(DEFAULT_DATASET_PATH);
const bot = createBot(dataset, loadIndexOptions(DEFAULT_DATASET_PATH, dataset));
const baseline = createNaiveBaseline(dataset);
const cases = loadGoldenSet();

// One untimed pass so the timings below measure answering, not JIT warm-up.
for (const c of cases) bot.answer(c.q);

const latencies: number[] = [];
const judged: Judged[] = cases.map((golden) => {
  const start = performance.now();
  const answer = bot.answer(golden.q);
  latencies.push(performance.now() - start);
  return {
    golden,
    botFailures: checkAnswer(answer, golden.expect),
    baselineFailures: hasPartnerExpectations(golden.expect)
      ? checkAnswer(baseline.answer(golden.q), golden.expect, 'partners')
      : null,
    headline: `${answer.intent} [${answer.partners.map((p) => p.id).join(', ')}] “${answer.text.split('\n')[0] ?? ''}”`,
  };
});

const widths = [14, 4, 9, 11, 9];
write(`Golden set: ${cases.length} questions, ${dataset.partners.length} partners.`);
write();
write(row(['family', 'n', 'eucanbot', 'baseline n', 'baseline'], widths));
write(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const family of GoldenFamily.options) {
  const inFamily = judged.filter((j) => j.golden.family === family);
  if (inFamily.length > 0) write(row([family, ...tally(inFamily)], widths));
}
write(widths.map((w) => '-'.repeat(w)).join('-|-'));
write(row(['overall', ...tally(judged)], widths));
write();
write(
  `Baseline: plain fuse.js over each partner's whole description. It is judged only on the partner keys (${PARTNER_KEYS.join('/')}); intent, workPackages, textIncludes, confidence and suggestion keys are skipped for it, and cases with no partner key are left out of its score ("baseline n").`,
);
const sorted = [...latencies].sort((a, b) => a - b);
write(
  `eucanbot latency over ${sorted.length} answers: p50 ${percentile(sorted, 50).toFixed(3)} ms, p99 ${percentile(sorted, 99).toFixed(3)} ms.`,
);

const failing = judged.filter((j) => j.botFailures.length > 0);
write();
write(`eucanbot fails ${failing.length} of ${judged.length}:`);
for (const j of failing) {
  write(`- [${j.golden.family}] ${j.golden.q}`);
  write(`    got: ${j.headline}`);
  for (const failure of j.botFailures) write(`    ${failure}`);
}

// `npm run eval -- --blind FILE`: a hold-out set kept outside the project, scored the same way.
const blindAt = process.argv.indexOf('--blind');
const holdout = blindAt >= 0 ? process.argv[blindAt + 1] : undefined;
write();
evaluateOtherConsortium(write);

write();
evaluateConversations(bot, write);

write();
evaluateBlind(bot, write, holdout ? { set: holdout } : {});

write();
evaluateDraft(write);
