import { describe, expect, it } from 'vitest';
import { unstretched } from '../../src/core/text/stretched-words.js';
import { sortedPartnerIds } from '../helpers/real-bot.js';

describe('chat noise: stretched words and stand-in nouns (issue #11, fresh set 5)', () => {
  it.each([
    ['hiii who leads WP4', ['uams']],
    ['sooo who works on GDPR then', ['bbmri', 'cmrad', 'lyn', 'tmf', 'upv']],
    ['ahh who leads WP1', ['lyn']],
    ['heyyy which partners are in Sweden', ['cmrad', 'umu']],
  ])('reads a stretched chat word as the word: %s', (question, ids) => {
    expect(sortedPartnerIds(question)).toEqual(ids);
  });

  it.each([
    ['who runs the AI passport thingy?', 'lyn'],
    ['the data anonymisation whatsit, who does that', 'uams'],
    ['who does the dissemination thingies?', 'eibir'],
    ['which partner has that RQS thingamajig', 'um'],
  ])('needs no explaining for a stand-in noun: %s', (question, id) => {
    expect(sortedPartnerIds(question)).toContain(id);
  });

  it('undoes only stretches that give a word carrying no topic', () => {
    expect(unstretched('heyy')).toBe('hey');
    expect(unstretched('sooo')).toBe('so');
    expect(unstretched('off')).toBeUndefined();
    expect(unstretched('too')).toBeUndefined();
    expect(unstretched('liverrr')).toBeUndefined();
  });
});
