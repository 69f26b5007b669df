import { describe, expect, it } from 'vitest';
import { sortedPartnerIds } from '../helpers/real-bot.js';

const AUSTRIA = ['bbmri', 'eibir', 'esoi'];
const GERMANY = ['sie', 'tmf'];

describe('places as staff write them (issue #11, places family of fresh set 5)', () => {
  it.each([
    ['partners that sit outside Spain', 'uams'],
    ['which partners are situated in Sweden?', 'umu'],
    ['who is headquartered in Lithuania', 'kauno'],
    ['which partners reside in Poland', 'gumed'],
  ])('reads a verb of being somewhere as "based": %s', (question, id) => {
    expect(sortedPartnerIds(question)).toContain(id);
  });

  it.each([
    ['partners in Southern Europe per the UN geoscheme', 'lyn'],
    ['Eastern Europe partners (M49)', 'gumed'],
    ['who is in Northern Europe according to UN M49?', 'eacr'],
  ])('takes the name of the region scheme as asking nothing more: %s', (question, id) => {
    expect(sortedPartnerIds(question)).toContain(id);
  });

  it.each(['partners in west Europe', 'anyone based in Western Europe?'])(
    'counts Austria in Western Europe, as UN M49 does: %s',
    (question) => {
      const ids = sortedPartnerIds(question);
      for (const id of [...AUSTRIA, 'onco', 'emc']) expect(ids).toContain(id);
      expect(ids).not.toContain('ub');
    },
  );

  it.each([
    'any partners in German speaking countries',
    'who is based in the German-speaking world?',
    'partners from German-language countries',
  ])('reads the German-speaking countries as more than Germany: %s', (question) => {
    expect(sortedPartnerIds(question)).toEqual([...AUSTRIA, ...GERMANY].sort());
  });
});
