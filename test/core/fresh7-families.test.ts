import { describe, expect, it } from 'vitest';
import { realBot, sortedPartnerIds } from '../helpers/real-bot.js';

const AUSTRIA = ['bbmri', 'eibir', 'esoi'];

describe('requests to the reader and apologies (issue #11, chat-noise family of fresh set 7)', () => {
  it.each([
    ['remind me pls who the coordinator is', ['ub']],
    ['refresh my memory who is in Lithuania', ['kauno']],
    ['jog my memory which partners are in Poland', ['gumed']],
  ])('asks for what the rest names: %s', (question, ids) => {
    expect(realBot().answer(question).intent).not.toBe('unknown');
    expect(sortedPartnerIds(question)).toEqual(ids);
  });

  it.each([
    ['sorry for the flood of questions but which partners are in Lithuania?', ['kauno']],
    ['apologies for the noise today but who is based in Poland?', ['gumed']],
    ['sorry about the many pings this week but who is in Sweden?', ['cmrad', 'umu']],
  ])('sets the apology aside: %s', (question, ids) => {
    const answer = realBot().answer(question);
    expect(answer.intent).toBe('partners-filter');
    expect(answer.partners.map((p) => p.id).sort()).toEqual(ids);
  });
});

describe('country codes the asker explains (issue #11, capitals family of fresh set 7)', () => {
  it('reads a code its country name follows as that place', () => {
    expect(sortedPartnerIds('IS ANYONE IN IT (I MEAN ITALY)')).toEqual(['lyn', 'unipi']);
  });

  it.each(['ANY UNIVERSITIES IN NO (NORWAY)?', 'ANYONE IN NO?? (NORWAY, THAT IS)'])(
    'never reads a code its country follows as "no": %s',
    (question) => {
      const answer = realBot().answer(question);
      expect(answer.partners).toEqual([]);
      expect(answer.headline).not.toMatch(/not in Norway/);
    },
  );

  it.each([
    ['ANY AT-BASED PARTNERS', AUSTRIA],
    ['any US-based ones?', ['uams']],
  ])('reads a code before "-based" and a noun as the place: %s', (question, ids) => {
    expect(sortedPartnerIds(question)).toEqual(ids);
  });

  it('keeps "IT BASED IN" English in a shouted question', () => {
    expect(sortedPartnerIds('IS IT BASED IN POLAND')).toEqual(['gumed']);
  });

  it.each([
    ['just DE and NL then', ['emc', 'sie', 'tmf', 'um']],
    ['ok so DE or SE?', ['cmrad', 'sie', 'tmf', 'umu']],
  ])('reads codes joined in a list as places: %s', (question, ids) => {
    expect(sortedPartnerIds(question)).toEqual(ids);
  });
});

describe('"leave out" leaves out (issue #11, negation family of fresh set 7)', () => {
  it.each([
    ['Austrian partners, but leave out BBMRI', ['eibir', 'esoi']],
    ['who works on radiomics, leaving out the companies', ['um']],
    ['partners in Spain - leave out the hospitals', ['bsc', 'crg', 'ub', 'upv']],
  ])('%s', (question, ids) => {
    expect(sortedPartnerIds(question)).toEqual(ids);
  });
});

describe('leadership of a work package asked around its subject (issue #11, wp-leadership family of fresh set 7)', () => {
  it.each([
    'who runs the WP about dissemination and training (WP7)?',
    'who heads the work package on stakeholders and liaison, WP7?',
    'is WP7 led by anyone, or is it just shared by everyone?',
    'does anyone lead WP7?',
  ])('says no leader is named and lists the members: %s', (question) => {
    const answer = realBot().answer(question);
    expect(answer.intent).toBe('work-package');
    expect(answer.text).toMatch(/names no leader for WP7/);
    expect(answer.partners.map((p) => p.id)).toContain('eacr');
  });

  it.each([
    ['who is in charge of the work package on anonymisation and curation, WP4?', 'uams'],
    ['is someone leading WP5, or do they all share it?', 'ub'],
  ])('names the leader: %s', (question, leader) => {
    const answer = realBot().answer(question);
    expect(answer.intent).toBe('work-package');
    expect(answer.partners.map((p) => p.id)).toEqual([leader]);
  });
});

describe('a remark on the asker after an either-or (issue #11, either-or family of fresh set 7)', () => {
  it.each([
    ['is WP5 led by UB or BSC? keep confusing the spanish ones', ['ub']],
    ['is UB the coordinator or BSC? always forget with the barcelona pair', ['ub']],
  ])('takes no filter from it: %s', (question, ids) => {
    expect(sortedPartnerIds(question)).toEqual(ids);
  });
});

describe('a choice offered with "between" (issue #11, either-or family of fresh set 7)', () => {
  it.each([
    ['between UB and UM, who works on radiomics?', ['um']],
    ['between the UB and BSC, who leads WP5?', ['ub']],
    ['between EMC and UM, who is a hospital?', ['emc']],
  ])('names the one that fits, "between" no topic: %s', (question, ids) => {
    const answer = realBot().answer(question);
    expect(answer.partners.map((p) => p.id)).toEqual(ids);
    expect(answer.headline).not.toMatch(/between|among/);
  });
});

describe('an account on a social network is a contact detail (issue #11, out-of-scope-subject family of fresh set 7)', () => {
  it.each([
    "what's the linkedin of the WP4 lead?",
    "ESOI's twitter pls",
    'got the instagram of the coordinator?',
  ])('says the dataset holds none, and lists no partner: %s', (question) => {
    const answer = realBot().answer(question);
    expect(answer.partners).toEqual([]);
    expect(answer.text).toMatch(/no contact details/);
  });

  it('still reads a platform nobody owns as dissemination', () => {
    expect(sortedPartnerIds('who handles twitter for EuCanImage?')).toContain('eibir');
  });
});

describe('the asker correcting what they said of themselves (issue #11, asker-words family of fresh set 7)', () => {
  it.each([
    "I'm at the Dutch hospital, no wait, the Lithuanian one. who works on radiomics?",
    'we are the Spanish university — actually, the Polish one. who works on radiomics?',
  ])('takes no filter from the correction: %s', (question) => {
    expect(sortedPartnerIds(question)).toEqual(['onco', 'um']);
  });

  it('still reads a correction of the question itself', () => {
    expect(sortedPartnerIds('which partners are in Sweden? actually, in Poland')).toContain(
      'gumed',
    );
  });
});

describe('everyday words of fresh set 7 (issue #11, everyday-words family)', () => {
  it.each([
    ['which partners do the lawyer-y bits?', ['bbmri', 'lyn', 'tmf', 'upv']],
    ['any partner doing the techy-ish IT security side?', ['cmrad']],
  ])('reads a word with "-y" or "-ish" as the word: %s', (question, ids) => {
    const found = sortedPartnerIds(question);
    for (const id of ids) expect(found).toContain(id);
  });

  it.each([
    'who lets doctors review cases together online?',
    'who looks at the same cases together with other radiologists?',
  ])('reads looking at cases together as collaboration: %s', (question) => {
    expect(sortedPartnerIds(question)).toEqual(['cmrad']);
  });

  it('reads putting data into the platform as depositing it', () => {
    const ids = sortedPartnerIds('which partners put their data into the platform?');
    expect(ids).toContain('gumed');
    expect(ids).not.toContain('lyn');
  });
});
