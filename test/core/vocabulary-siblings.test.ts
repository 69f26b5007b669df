import { describe, expect, it } from 'vitest';
import { realBot } from '../helpers/real-bot.js';

const bot = realBot();
const ids = (question: string) => bot.answer(question).partners.map((p) => p.id);

// Issue #11: the vocabulary names one concept the ways the field writes it ("data depositions",
// "population"); the dataset's own word for it finds the partners written the other way too.
describe('concepts a vocabulary entry names together', () => {
  it('finds a partner written with the other word, below those the word names', () => {
    // GUMed "will populate the EuCanImage platform" with its cancer data and images.
    const deposit = ids('which partners deposit imaging data?');
    expect(deposit).toContain('gumed');
    expect(deposit.indexOf('gumed')).toBeGreaterThan(deposit.indexOf('unipi'));
    expect(ids('who deposits the colorectal cancer scans?')).toContain('gumed');
  });

  it('does not let the other word alone carry the question’s weightiest topic', () => {
    // CRG populates the project catalogue: no deposit of colorectal scans.
    expect(ids('who deposits the colorectal cancer scans?')).not.toContain('crg');
  });
});
