import { describe, expect, it } from 'vitest';
import { sortedPartnerIds } from '../helpers/real-bot.js';

describe('GDPR work is legal work (issue #11, fresh sets 3 and 5)', () => {
  it.each([
    'which partners do the legal stuff?',
    'any lawyers in the consortium?',
    'legal partners outside Italy',
    'who knows about the law side of the project',
  ])('finds TMF, whose work is GDPR expertise: %s', (question) => {
    expect(sortedPartnerIds(question)).toContain('tmf');
  });
});
