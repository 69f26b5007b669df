import { describe, expect, it } from 'vitest';
import { realBot, sortedPartnerIds } from '../helpers/real-bot.js';

const bot = realBot();

describe('everyday words of fresh set 5 (issue #11)', () => {
  it.each([
    'who works out how to sell what the project makes?',
    'which partner knows how to make money from the results',
    'who is figuring out how to turn this into a business?',
  ])('reads "how to" before a verb as no how-to guide (SOP): %s', (question) => {
    const answer = bot.answer(question);
    expect(answer.partners.map((p) => p.id)).toContain('onco');
    expect(answer.partners.map((p) => p.id)).not.toContain('gumed');
  });

  it.each([
    'who handles the papers patients sign before a scan',
    'who looks after patient signatures for data use',
    'who manages the release forms?',
    'which partner helps with getting permission to use their data',
  ])('reads the forms patients sign as informed consent: %s', (question) => {
    expect(sortedPartnerIds(question)).toContain('bbmri');
  });

  it.each([
    'who runs the free library of tumour images',
    'which US partner keeps an open library of scans?',
    'the public image library, whose is it?',
  ])('reads a free or public library of images as TCIA: %s', (question) => {
    expect(sortedPartnerIds(question)).toEqual(['uams']);
  });
});
