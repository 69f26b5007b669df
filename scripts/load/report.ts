import type { DriveResult } from './drive.js';

/** The p-th percentile (0-100) of `values`, nearest rank; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

/** Several bursts as one: requests, latencies, errors and time added up. */
export function combine(results: readonly DriveResult[]): DriveResult {
  const errors = new Map<number, number>();
  for (const r of results)
    for (const [status, n] of r.errors) errors.set(status, (errors.get(status) ?? 0) + n);
  return {
    sent: results.reduce((n, r) => n + r.sent, 0),
    latencies: results.flatMap((r) => r.latencies),
    errors,
    elapsedMs: results.reduce((n, r) => n + r.elapsedMs, 0),
    cutShort: results.some((r) => r.cutShort),
    sentAt: new Map(results.flatMap((r) => [...r.sentAt])),
  };
}

/** Requests per second of a burst. */
export const rate = (r: DriveResult): number => (r.sent / r.elapsedMs) * 1000;

/** Errors of a burst, all statuses together. */
export const errorCount = (r: DriveResult): number =>
  [...r.errors.values()].reduce((a, b) => a + b, 0);

/** One line of figures for a burst. */
export function burstLine(name: string, r: DriveResult): string[] {
  const errors = [...r.errors].map(([s, n]) => `${n}×${s === 0 ? 'conn' : s}`).join(' ') || '0';
  return [
    name,
    String(r.sent),
    rate(r).toFixed(0),
    percentile(r.latencies, 50).toFixed(1),
    percentile(r.latencies, 99).toFixed(1),
    Math.max(0, ...r.latencies).toFixed(1),
    errors,
  ];
}

/** A plain-text table with a header row, columns padded to their widest cell. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** How many replies each expected question got. */
export interface ReplyCount {
  questions: number;
  exactlyOne: number;
  none: number;
  more: number;
  /** Replies to something that was not a question (a retried or repeated delivery). */
  unexpected: number;
}

/** For each question of `sent` that got a reply: ms from sending it to its first reply. */
export function replyLatencies(
  sentAt: ReadonlyMap<string, number>,
  replies: readonly (readonly [string, number])[],
): number[] {
  const first = new Map<string, number>();
  for (const [key, at] of replies) if (!first.has(key)) first.set(key, at);
  const latencies: number[] = [];
  for (const [key, sent] of sentAt) {
    const at = first.get(key);
    if (at !== undefined) latencies.push(at - sent);
  }
  return latencies;
}

/** Counts replies per question from the reply keys the fakes recorded. */
export function countReplies(
  expected: ReadonlySet<string>,
  replies: readonly (readonly [string, number])[],
): ReplyCount {
  const counts = new Map<string, number>();
  let unexpected = 0;
  for (const [key] of replies) {
    if (expected.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
    else unexpected += 1;
  }
  let exactlyOne = 0;
  let more = 0;
  for (const n of counts.values()) {
    if (n === 1) exactlyOne += 1;
    else more += 1;
  }
  return {
    questions: expected.size,
    exactlyOne,
    none: expected.size - counts.size,
    more,
    unexpected,
  };
}
