import { describe, expect, it } from 'vitest';
import { otherBot } from '../helpers/other-consortium.js';
import { realBot } from '../helpers/real-bot.js';

describe('a work package headline', () => {
  it('agrees its verb with the number of members: one partner works, several work', () => {
    // TIDEWATCH's WP4 has one member, EuCanImage's WP5 two.
    expect(otherBot().answer('who is in WP4?').headline).toMatch(/^1 partner works in WP4\b/);
    expect(realBot().answer('who is in WP5?').headline).toMatch(/^2 partners work in WP5\b/);
  });
});
