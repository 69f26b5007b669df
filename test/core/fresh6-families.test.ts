import { describe, expect, it } from 'vitest';
import { realBot, sortedPartnerIds } from '../helpers/real-bot.js';

describe('"other"/"else" leaves out the asker\'s own partner (issue #11, asker-words, fresh set 6)', () => {
  it.each([
    ['postdoc at BSC here, which other partners are based in Spain?', ['crg', 'fcrb', 'ub', 'upv']],
    ['I work at UPV - who else works on GDPR?', ['bbmri', 'cmrad', 'lyn', 'tmf']],
    ["I'm at Erasmus MC, which other partners are in the Netherlands?", ['um']],
  ])('leaves out the partner the aside names: %s', (question, ids) => {
    expect(sortedPartnerIds(question)).toEqual(ids);
  });

  it('leaves out the one partner of the city the asker is in', () => {
    expect(sortedPartnerIds('as a surgeon in Kaunas, who else works on liver cancer?')).toEqual([
      'fcrb',
      'gumed',
      'onco',
      'unipi',
    ]);
  });

  it('leaves no one out where the city has several partners', () => {
    expect(sortedPartnerIds('as a nurse in Barcelona, who else works on breast cancer?')).toEqual([
      'fcrb',
      'gumed',
      'onco',
      'sie',
      'umu',
    ]);
  });

  it('keeps the asker\'s partner without "other" or "else"', () => {
    expect(sortedPartnerIds("I'm at UmU, who works on breast cancer?")).toContain('umu');
  });

  it('keeps the aside out of the filters', () => {
    // The aside's city is no filter: the answer is about Spain, not Barcelona.
    expect(
      sortedPartnerIds('phd in Barcelona at BSC here, which other partners are in Spain?'),
    ).toEqual(['crg', 'fcrb', 'ub', 'upv']);
  });
});

describe('"my work package" and "it" point at the aside\'s WP (issue #11, asker-words, fresh set 6)', () => {
  const WP4 = ['cmrad', 'crg', 'emc', 'uams', 'um'];
  it.each([
    ['joined WP4 last week, who else is in our WP?', WP4],
    ["I'm in WP4 - who else works in this work package?", WP4],
    ['just joined WP2, who leads it?', ['gumed']],
  ])("answers about the aside's work package: %s", (question, ids) => {
    const answer = realBot().answer(question);
    expect(answer.intent).toBe('work-package');
    expect(answer.partners.map((p) => p.id).sort()).toEqual(ids);
  });

  it('reads "it" as the aside\'s WP, not the topic of the turn before', () => {
    const before = realBot().answer('who works on GDPR?');
    const answer = realBot().answer('just joined WP4 - who leads it?', before.context);
    expect(answer.intent).toBe('work-package');
    expect(answer.partners.map((p) => p.id)).toEqual(['uams']);
  });

  it("keeps the aside's WP out of a question about something else", () => {
    expect(sortedPartnerIds("I'm in WP2, who handles GDPR?")).toEqual([
      'bbmri',
      'cmrad',
      'lyn',
      'tmf',
      'upv',
    ]);
  });
});

describe('lower-case country codes where a place stands (issue #11, chat-noise, fresh set 6)', () => {
  it.each([
    ['anyone based in the usa?', ['uams']],
    ['any partners from the uk', ['eacr']],
    ['got any uk partners', ['eacr']],
  ])('reads the code as its country: %s', (question, ids) => {
    expect(sortedPartnerIds(question)).toEqual(ids);
  });

  it.each(['who is in the us', 'is it in spain', 'who works in hr', 'anyone in pm'])(
    'never reads a word or another abbreviation as a code: %s',
    (question) => {
      expect(realBot().answer(question).headline).not.toMatch(
        /United States|Italy|Croatia|Saint Pierre/,
      );
    },
  );
});

describe('phrasal verbs of involving someone (issue #11, asker-words, fresh set 6)', () => {
  it.each([
    ['who should I rope in for GDPR?', ['bbmri', 'cmrad', 'lyn', 'tmf', 'upv']],
    ["I'm drafting the blockchain part, which partners should I pull in?", ['lyn']],
    ['which partners should I bring on board for anonymisation?', ['emc', 'uams']],
  ])('asks who works on the subject: %s', (question, ids) => {
    expect(sortedPartnerIds(question)).toEqual(ids);
  });

  it('still lists every partner for "which partners?" on its own', () => {
    expect(realBot().answer('which partners are involved?').partners).toHaveLength(21);
  });
});

describe('everyday words (issue #11, everyday-words family of fresh set 6)', () => {
  const DISSEMINATION = ['eacr', 'eibir', 'esoi'];
  it.each([
    ['who tells the outside world what we do?', DISSEMINATION],
    ['who makes our results known to the wider world', DISSEMINATION],
  ])('reads talking to the world outside as dissemination: %s', (question, ids) => {
    expect(sortedPartnerIds(question)).toEqual(ids);
  });

  it.each([
    'who checks that nobody can be identified from the data',
    'who ensures people cannot be identified in the images',
    'who makes patients unidentifiable',
  ])('reads not being identified as anonymisation: %s', (question) => {
    expect(sortedPartnerIds(question)).toEqual(expect.arrayContaining(['emc', 'uams']));
  });

  it.each([
    'who puts the scans together with the rest of the data',
    'who brings the images together with other patient data',
    'who combines imaging with the rest of the patient data',
  ])('reads the rest of the data as non-imaging data: %s', (question) => {
    expect(sortedPartnerIds(question)).toEqual(expect.arrayContaining(['crg', 'emc']));
  });
});

describe('a tie to a named thing is no topic (issue #11, fresh set 6)', () => {
  it.each([
    ["who's connected to TCIA?", ['uams'], /interoperability/],
    ['which partner is linked to XNAT', ['emc'], /non-imaging/],
    ['anyone kno who is connected with ELIXIR', ['bsc'], /interoperability/],
  ])('reads what the tie is to: %s', (question, ids, wrong) => {
    const answer = realBot().answer(question);
    expect(answer.partners.map((p) => p.id).sort()).toEqual(ids);
    expect(answer.headline).not.toMatch(wrong);
  });

  it('keeps a verb of linking, not a tie, a topic', () => {
    expect(realBot().answer('who links imaging and non-imaging data?').partners.length).toBe(2);
  });
});

describe('clinical tasks are clinical use-case work (issue #11, asker-words, fresh set 6)', () => {
  it.each([
    'which clinical sites are working on breast cancer?',
    'who runs the pilots on breast cancer',
  ])('finds the partner whose role says "clinical tasks": %s', (question) => {
    expect(sortedPartnerIds(question)).toContain('umu');
  });
});
