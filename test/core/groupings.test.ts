import { describe, expect, it } from 'vitest';
import { groupingsBot } from '../helpers/groupings-bot.js';
import { realBot } from '../helpers/real-bot.js';

const ids = (answer: { partners: { id: string }[] }) => answer.partners.map((p) => p.id);

describe('work packages: what they cover, found by their description', () => {
  const bot = realBot();

  it.each([
    ['what does WP7 cover?', 'WP7'],
    ['what is WP3 about?', 'WP3'],
    ["what's the scope of the data curation work package", 'WP4'],
    ['tell me about the legal work package', 'WP1'],
  ])('%s → the overview of %s, quoting its source', (question, wp) => {
    const answer = bot.answer(question);
    const covers = bot.index.workPackages.get(wp)?.covers ?? '';
    expect(answer.intent).toBe('work-package');
    expect(answer.headline).toContain(`covers: ${covers}`);
    expect(answer.workPackages.map((w) => w.id)).toEqual([wp]);
    const source = bot.index.workPackages.get(wp)?.sources[0] ?? '';
    expect(answer.notes.join('\n')).toContain(`“${source}”`);
  });

  it('says that no leader is named rather than pick one, and lists the members', () => {
    const answer = bot.answer('what does WP7 cover?');
    expect(answer.headline).toContain('names no leader for WP7');
    expect(ids(answer)).toEqual(bot.index.membersByWorkPackage.get('WP7')?.slice(0, 25));
  });

  it('still lists the members when asked who is in a work package', () => {
    const answer = bot.answer('who is in WP7?');
    expect(answer.headline).toMatch(/^7 partners work in WP7/);
  });

  it('finds the leader of a work package named by its description', () => {
    const answer = bot.answer('who leads the data curation work package?');
    // The headline may first say which work package the subject was read as.
    expect(answer.headline).toMatch(
      /(^|\. )WP4 is led by \*\*UAMS\/TCIA\*\* \(University of Arkansas for Medical Sciences\)\.$/,
    );
  });
});

describe('a topic only in a work package description (fixture)', () => {
  const bot = groupingsBot();

  it('answers with the work package, its leader and members, and the sentence', () => {
    const answer = bot.answer('who works on life-cycle assessment?');
    expect(answer.intent).toBe('work-package');
    expect(answer.workPackages.map((w) => w.id)).toEqual(['WP2']);
    expect(ids(answer)[0]).toBe('ptl');
    expect(answer.text).toContain('WP2 is led by **PTL**');
    expect(answer.text).toContain(
      '“WP2 covers the pilots and field trials, including the life-cycle',
    );
  });

  it('still abstains on words no description holds', () => {
    expect(bot.answer('who works on quantum cryptography?').intent).toBe('unknown');
  });
});

describe('other groupings, through one mechanism (fixture)', () => {
  const bot = groupingsBot();

  it('answers who leads a grouping named by its description and kind', () => {
    const pilot = bot.answer('who leads the e-bike sharing pilot?');
    expect(pilot.headline).toBe('Pilot A is led by **PTL** (Porto Transport Lab).');
    expect(ids(pilot)).toEqual(['ptl']);
    expect(pilot.partners[0]?.roles[0]?.source).toBe(
      'PTL leads Pilot A, the Porto e-bike sharing pilot.',
    );
    const study = bot.answer('who leads the freight logistics case study?');
    expect(study.headline).toBe('Case study 1 is led by **MOBI** (Mobilis Systems).');
  });

  it('answers by label, with members from the list and from roles', () => {
    const members = bot.answer('who is in case study 2?');
    expect(members.headline).toContain('names no leader for Case study 2');
    expect(ids(members)).toEqual(['nbu', 'hui']);
    const overview = bot.answer('what is Pilot B about?');
    expect(overview.headline).toContain('a pilot in WP2, covers: Demand-responsive buses');
    expect(ids(overview)).toEqual(['hui', 'nbu']);
    expect(overview.text).toContain('“NBU runs the travel surveys of Pilot B in Helsinki.”');
    expect(bot.answer('who leads task 2.1?').headline).toContain('Task 2.1 is led by **NBU**');
  });

  it('lists the groupings of a kind, or those a partner is in', () => {
    const all = bot.answer('list the case studies');
    expect(all.headline).toContain('GreenRoute has 2 case studies:');
    expect(all.headline).toContain('Case study 2** (School commuting) (no leader named)');
    const mine = bot.answer('which pilots is MOBI in?');
    expect(mine.headline).toBe(
      '**MOBI** (Mobilis Systems) is in 1 pilot: **Pilot A** (Porto e-bike sharing).',
    );
    expect(mine.partners[0]?.roles[0]?.source).toBe(
      'MOBI provides the fleet software for Pilot A in Porto.',
    );
    expect(bot.answer('which case studies is PTL in?').headline).toContain(
      'in none of the 2 case studies',
    );
  });

  it('leaves work packages to the work-package answers', () => {
    expect(bot.answer('who leads WP2?').headline).toBe(
      'WP2 is led by **PTL** (Porto Transport Lab).',
    );
  });
});
