import { describe, expect, it } from 'vitest';
import { realBot } from '../helpers/real-bot.js';

const bot = realBot();
const ids = (question: string) => bot.answer(question).partners.map((p) => p.id);

describe('an organisation kind in the object of an activity', () => {
  it('is context after "for", "from" or "to" once the question names what is done', () => {
    // GUMed (a university) writes the SOPs that the clinical sites follow.
    expect(ids('who writes the step-by-step how-to manuals for the hospitals')).toContain('gumed');
    // UM (a university) works on imaging standardisation.
    expect(ids('who makes images from different machines and hospitals look the same?')).toContain(
      'um',
    );
    expect(bot.answer('who worries about what AI does to society').partners[0]?.id).toBe('upv');
  });

  it('stays a filter as the subject, or after "in", "at" or "among"', () => {
    expect(ids('which hospitals work on breast cancer')).toEqual(['fcrb']);
    expect(bot.answer('who at the hospitals does annotation').headline).toMatch(/No hospital/);
    expect(ids('which universities work on AI for hospitals')).not.toContain('lyn');
    expect(ids('which universities work on AI for hospitals')).toContain('ub');
  });
});
