import { describe, expect, it } from 'vitest';
import { countReplies, percentile, replyLatencies } from '../../scripts/load/report.js';

describe('the load report', () => {
  it('counts questions answered once, not at all, more than once, and stray replies', () => {
    const expected = new Set(['T1', 'T2', 'T3', 'R4']);
    const replies: [string, number][] = [
      ['T1', 10],
      ['T2', 11],
      ['T2', 12],
      ['R4', 13],
      ['T9', 14],
    ];
    expect(countReplies(expected, replies)).toEqual({
      questions: 4,
      exactlyOne: 2,
      none: 1,
      more: 1,
      unexpected: 1,
    });
  });

  it('times each answered question from sending to its first reply', () => {
    const sentAt = new Map([
      ['T1', 1000],
      ['T2', 1005],
      ['T3', 1010],
    ]);
    const replies: [string, number][] = [
      ['T2', 1400],
      ['T1', 1250],
      ['T2', 1900],
    ];
    expect(replyLatencies(sentAt, replies)).toEqual([250, 395]);
  });

  it('takes percentiles by nearest rank', () => {
    const values = Array.from({ length: 200 }, (_, i) => 200 - i);
    expect(percentile(values, 50)).toBe(100);
    expect(percentile(values, 99)).toBe(198);
    expect(percentile([], 99)).toBe(0);
  });
});
