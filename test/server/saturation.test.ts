import { describe, expect, it } from 'vitest';
import { createSaturation } from '../../src/services/saturation.js';

/** A gauge on a hand-driven clock and loop utilisation. */
function gauge(utilisation: number[]) {
  let clock = 0;
  const readings = [...utilisation];
  const saturation = createSaturation({
    windowMs: 50,
    threshold: 0.9,
    now: () => clock,
    loopUtilisation: () => readings.shift() ?? 0,
  });
  return {
    saturation,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

describe('createSaturation', () => {
  it('is saturated while requests arrive and the loop is busy for most of the window', () => {
    const { saturation, advance } = gauge([0.97, 0.95]);
    saturation.noteRequest();
    advance(50);
    saturation.noteRequest();
    expect(saturation.isSaturated()).toBe(true);
    advance(20);
    // Within the same window the last reading stands.
    expect(saturation.isSaturated()).toBe(true);
  });

  it('is not saturated under a load the loop carries with room to spare', () => {
    const { saturation, advance } = gauge([0.6]);
    advance(50);
    saturation.noteRequest();
    expect(saturation.isSaturated()).toBe(false);
  });

  it('is not saturated once requests stop, however busy the loop still is', () => {
    const { saturation, advance } = gauge([1, 1]);
    saturation.noteRequest();
    advance(50);
    expect(saturation.isSaturated()).toBe(true);
    advance(51);
    expect(saturation.isSaturated()).toBe(false);
  });

  it('measures the real event loop by default', async () => {
    const saturation = createSaturation({ windowMs: 20 });
    const until = performance.now() + 40;
    while (performance.now() < until) saturation.noteRequest(); // a loop with no idle time
    expect(saturation.isSaturated()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(saturation.isSaturated()).toBe(false);
  });
});
