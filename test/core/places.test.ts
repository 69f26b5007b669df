import { describe, expect, it } from 'vitest';
import { readWorld } from '../../src/core/lexicon/world.js';
import { foldCase } from '../../src/core/text/normalise.js';
import { parseQuestion } from '../../src/core/understand/parse-question.js';
import { realBot } from '../helpers/real-bot.js';

const bot = realBot();
const ids = (question: string): string[] => bot.answer(question).partners.map((p) => p.id);
const sorted = (question: string): string[] => [...ids(question)].sort();
const SPAIN = ['bsc', 'crg', 'fcrb', 'ub', 'upv'];

describe('regions', () => {
  it('answers a grouping under its own name, not its list of countries', () => {
    const answer = bot.answer('which partners are in the Baltic states?');
    expect(answer.intent).toBe('partners-filter');
    expect(answer.partners.map((p) => p.id)).toEqual(['kauno']);
    expect(answer.headline).toBe('1 partner in the Baltics:');
  });

  it.each([
    ['partners on the Iberian Peninsula', SPAIN],
    ['partners in the Benelux', ['emc', 'onco', 'um']],
    ['Nordic partners', ['cmrad', 'umu']],
    ['Scandinavian universities', ['umu']],
    ['who is in southern Europe', [...SPAIN, 'lyn', 'unipi'].sort()],
    ['partners in the DACH region', ['bbmri', 'eibir', 'esoi', 'sie', 'tmf']],
  ])('%s', (question, expected) => {
    expect(sorted(question)).toEqual(expected);
  });

  it('leaves out exactly the countries of a region: "outside the EU", "non-EU"', () => {
    const answer = bot.answer('which partners are outside the EU?');
    expect(answer.partners.map((p) => p.id).sort()).toEqual(['eacr', 'uams']);
    expect(answer.headline).toBe('2 partners outside the EU:');
    expect(sorted('non-EU partners')).toEqual(['eacr', 'uams']);
    expect(sorted('anyone outside Europe?')).toEqual(['uams']);
    const notNordic = bot.answer('partners not in Scandinavia');
    expect(notNordic.headline).toBe('19 partners outside Scandinavia:');
    expect(notNordic.partners.map((p) => p.id)).not.toContain('umu');
  });

  it('leaves out every item of a list, "the" or not: "not in Spain or the Baltics"', () => {
    const answer = bot.answer('partners not in Spain or the Baltics');
    expect(answer.headline).toBe('15 partners not in Spain or the Baltics:');
    expect(answer.partners.map((p) => p.id)).not.toContain('kauno');
  });

  it('combines a region with other filters', () => {
    expect(sorted('universities in the EU outside Scandinavia')).toEqual([
      'gumed',
      'ub',
      'um',
      'unipi',
      'upv',
    ]);
    expect(sorted('partners in Europe outside the EU')).toEqual(['eacr']);
    const parsed = parseQuestion(bot.index, 'non-EU companies');
    expect(parsed.excluded.places.map((p) => (p.type === 'region' ? p.label : p.name))).toEqual([
      'the EU',
    ]);
  });

  it('reads places named together as the narrowest: "Barcelona, Spain" is Barcelona', () => {
    expect(bot.answer("who's in Barcelona, Spain?").headline).toBe('3 partners in Barcelona:');
    expect(sorted('Spanish partners in the EU')).toEqual(SPAIN);
    expect(sorted('partners in Spain or the Baltics')).toEqual([...SPAIN, 'kauno'].sort());
  });

  it('reads "European" as a place before "partners", and as a topic elsewhere', () => {
    const european = bot.answer('European partners');
    expect(european.headline).toBe('20 partners in Europe:');
    expect(european.partners.map((p) => p.id)).not.toContain('uams');
    const topic = bot.answer('who works on European projects');
    expect(topic.intent).toBe('topic');
    expect(topic.text).not.toContain('in Europe:');
  });

  it('says "no partner in …" for a region with none, and where partners are', () => {
    const answer = bot.answer('partners in the Balkans');
    expect(answer.intent).toBe('not-found');
    expect(answer.partners).toEqual([]);
    expect(answer.headline).toMatch(/^No partner in the Balkans\. Partners are in Spain \(5\)/);
    const companies = bot.answer('companies in the Baltics');
    expect(companies.headline).toBe('No company in the Baltics. The partners in the Baltics are:');
    expect(companies.partners.map((p) => p.id)).toEqual(['kauno']);
  });

  it('says so when a named partner is not in the region or city asked about', () => {
    expect(bot.answer('is UB in the Baltics?').notes).toContain(
      'UB is in Spain, not in the Baltics.',
    );
    expect(bot.answer('is UB in Madrid?').notes).toContain(
      'UB is in Barcelona, Spain, not in Madrid.',
    );
  });
});

describe('cities', () => {
  it('answers a city with its partners and shows where the source names it', () => {
    const answer = bot.answer("who's in Barcelona?");
    expect(answer.intent).toBe('partners-filter');
    expect(answer.partners.map((p) => p.id).sort()).toEqual(['bsc', 'fcrb', 'ub']);
    expect(answer.headline).toBe('3 partners in Barcelona:');
    expect(answer.partners[0]?.city).toEqual({
      name: 'Barcelona',
      source: 'UNIVERSITAT DE BARCELONA (UB), Spain',
    });
    expect(answer.text).toContain('“UNIVERSITAT DE BARCELONA (UB), Spain”');
    // The source names no city for CRG and UPV/EHU: the answer says so rather than guess.
    expect(answer.text).toMatch(/CRG.*UPV\/EHU/);
  });

  it.each([
    ['partners based in Vienna', ['eibir'], 'head office in Vienna'],
    ['anyone in Kaunas?', ['kauno'], 'KAUNO KLINIKOS (KAUNO), Lithuania'],
    ['anyone in Liège?', ['onco'], 'Liege-based'],
    ['who is in liege', ['onco'], 'Liege-based'],
    ['Gdansk partners', ['gumed'], 'Medical University of Gdansk'],
    ['universities in Barcelona', ['ub'], 'Barcelona'],
  ])('%s', (question, expected, evidence) => {
    const answer = bot.answer(question);
    expect(answer.partners.map((p) => p.id)).toEqual(expected);
    expect(answer.text).toContain(evidence);
  });

  it('says "no partner in …" for a known city with none', () => {
    expect(bot.answer('anyone in Washington DC?').headline).toBe(
      'No partner in Washington D.C. The partners in the United States are:',
    );
    const paris = bot.answer('who is in Paris?');
    expect(paris.intent).toBe('not-found');
    expect(paris.headline).toMatch(/^No partner in Paris\./);
    const madrid = bot.answer('anyone in Madrid?');
    expect(madrid.headline).toBe('No partner in Madrid. The partners in Spain are:');
    expect(madrid.partners.map((p) => p.id).sort()).toEqual(SPAIN);
  });

  it('reads a city only as its name is spelled, not by a stem it shares', () => {
    // "pary" and "Paris" share the stem "pari"; "pary partners in Spain" once answered Paris.
    const pary = bot.answer('pary partners in Spain');
    expect(pary.headline).not.toMatch(/Paris/);
    expect(bot.answer('partners in pari').headline).not.toMatch(/Paris/);
    // Every capital, spelled as world-countries writes it or folded, still reads as itself.
    const missed = readWorld()
      .capitals.flatMap((c) => [c.name, foldCase(c.name)])
      .filter((name) => !bot.answer(`anyone in ${name}?`).headline.includes('No partner in'))
      .filter((name) => !/^\d+ partners? in /.test(bot.answer(`anyone in ${name}?`).headline));
    expect(missed).toEqual([]);
  });

  it('leaves a city out: "not in Barcelona"', () => {
    const rest = bot.answer('partners not in Barcelona');
    expect(rest.headline).toBe('18 partners outside Barcelona:');
    expect(rest.partners.map((p) => p.id)).not.toContain('ub');
  });

  it('keeps words that are also city names as words', () => {
    // "male" was read as a typo for Mali before Malé made it a known word.
    const male = bot.answer('who works on cancer in male patients');
    expect(male.intent).not.toBe('not-found');
    expect(male.headline).not.toMatch(/No partner in Mal/);
    expect(bot.answer('anyone in berlin?').headline).toMatch(/^No partner in Berlin\./);
    const maastricht = bot.answer('tell me about Maastricht');
    expect(maastricht.intent).toBe('partner');
    expect(maastricht.partners.map((p) => p.id)).toEqual(['um']);
  });

  it('names the city of a partner described alone, with its source', () => {
    const answer = bot.answer('what does EIBIR do?');
    expect(answer.headline).toContain('in Vienna, Austria.');
    expect(answer.text).toContain('EIBIR has its head office in Vienna');
  });
});

describe('codes and regions', () => {
  it('keeps "us" a word and reads "EU" and "eu" as the union', () => {
    expect(bot.answer('us partners').intent).toBe('list-partners');
    expect(sorted('EU partners')).toEqual(sorted('eu partners'));
    expect(bot.answer('eu partners').headline).toBe('19 partners in the EU:');
  });
});
