import { describe, expect, it } from 'vitest';
import { sortedPartnerIds } from '../helpers/real-bot.js';

describe('"as a X who …" describes the asker (issue #11, asker-words family, fresh set 5)', () => {
  it.each([
    ['as a radiologist who reads liver scans, who should I ask about annotation tools?', ['cmrad']],
    [
      'speaking as someone who works in Spain, who handles GDPR?',
      ['bbmri', 'cmrad', 'lyn', 'tmf', 'upv'],
    ],
    [
      'as a nurse who looks after colorectal patients - who does dissemination?',
      ['eacr', 'eibir', 'esoi'],
    ],
    ['as an oncologist who treats liver cancer, who runs the blockchain access control?', ['lyn']],
  ])('answers the question, not the description: %s', (question, ids) => {
    expect(sortedPartnerIds(question)).toEqual(ids);
  });

  it('still reads a first clause that is itself the question', () => {
    expect(sortedPartnerIds('as a PM, who leads WP4?')).toEqual(['uams']);
  });
});
