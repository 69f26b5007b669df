import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/create-bot.js';
import type { EnglishLexicon } from '../../src/core/lexicon/english-lexicon.js';
import { DEFAULT_DATASET_PATH } from '../../src/dataset/load-dataset.js';
import { loadIndexOptions } from '../../src/dataset/load-knowledge.js';
import { realBot, realDataset } from '../helpers/real-bot.js';

const bot = realBot();
const ids = (question: string) => bot.answer(question).partners.map((p) => p.id);

describe('everyday words for the dataset’s concepts', () => {
  it('reads lay words through the field’s vocabulary', () => {
    // The vocabulary's reading of a word is shown, so the asker sees how it was understood.
    const scrub = bot.answer('Who scrubs patient identifiers?');
    expect(scrub.intent).toBe('topic');
    expect(scrub.partners[0]?.id).toBe('uams');
    expect(ids('Who scrubs patient identifiers?')).toContain('emc');
    expect(scrub.headline).toContain('(anonymisation)');
    expect(ids('the people who talk to the press')).toEqual(['eibir', 'eacr', 'esoi']);
    expect(ids('who runs the big computers?')).toEqual(['bsc']);
    expect(ids('who labels the images?')[0]).toBe('cmrad');
    expect(ids('who makes the website look good?')).toEqual([]);
  });

  it('reads the word as typed, not a word that only shares its stem', () => {
    // "publicity" stems to "public" (BSC is a public research centre), "identifiers" to
    // "identify" (EACR identifies stakeholders): the wrong partners before.
    expect(ids('who handles publicity?')).toEqual(['eibir', 'eacr', 'esoi']);
    expect(ids('who handles identifiable data?')).not.toContain('eacr');
    expect(ids('who handles identifiable data?')[0]).toBe('uams');
    // "compares" shares a stem with the vocabulary's "comparable", but is not that word.
    expect(bot.answer('who compares cancer imaging between countries?').headline).not.toContain(
      'standardisation',
    );
  });

  it('leaves the dataset its own words and phrases', () => {
    expect(bot.answer('who handles data protection law?').headline).toBe(
      'On data protection and law:',
    );
    // A synonym the dataset lists reads as the word its texts use for it.
    expect(bot.answer('who handles de-identification?').headline).toBe('On anonymisation:');
  });

  it('reads a word the dataset does not know through general English, beside a topic', () => {
    const answer = bot.answer('who builds the liver cancer classifier?');
    expect(answer.partners.map((p) => p.id)).toEqual(['onco']);
    expect(answer.headline).toContain('classifier (classification)');
  });

  it('takes no WordNet relation alone for understanding', () => {
    // "stock" is a WordNet synonym of the dataset's "inventory"; "oncologist" derives
    // "oncology", which a role names, yet alone it asks for a doctor, not a partner.
    expect(bot.answer('what is the Apple stock price').intent).toBe('unknown');
    expect(bot.answer('who is the best oncologist?').intent).toBe('unknown');
    expect(bot.answer('who trains an oncologist for breast cancer?').intent).toBe('topic');
  });

  it('never lets a generic word outrank a discriminating one', () => {
    // "new" is in one partner's text (UNIPI's "new cancer imaging data depositions"), as rare
    // as "de-identification": it ranked UNIPI first.
    expect(ids('who handles new de-identification?')).toEqual(['uams', 'emc']);
    expect(ids('who handles the ethics of new data?')).not.toContain('unipi');
    expect(ids('who does the publicity for new images?')).toEqual(['eibir', 'eacr', 'esoi']);
    expect(ids('who makes money from the results?')[0]).toBe('lyn');
  });

  it('hedges when only generic words match, and abstains when a word is left unexplained', () => {
    const generic = bot.answer('who handles new images?');
    expect(generic.confidence).toBeLessThan(0.7);
    expect(generic.headline).toMatch(/^These are the closest matches/);
    expect(bot.answer('who fixes new images?').intent).toBe('unknown');
    expect(bot.answer('who handles different data?').confidence).toBeLessThan(0.7);
  });

  it('needs no explaining of a plain verb beside a topic, but of a verb alone', () => {
    expect(ids('who decides who can see the data?')).toContain('lyn');
    expect(ids('who hides patient identities?')[0]).toBe('uams');
    expect(bot.answer('who pays the partners?').intent).toBe('unknown');
    expect(bot.answer('who won the match?').intent).toBe('unknown');
  });

  it('keeps a plain modifier that qualifies a topic: "financial reporting" is not reporting', () => {
    expect(bot.answer('who handles financial reporting?').intent).toBe('unknown');
    expect(bot.answer('who is running the whole project?').intent).toBe('coordinator');
  });

  it('finds a term with other function words between its words, but not many', () => {
    // "share the work" (collaboration) in "shares all the work".
    expect(ids('who shares all the work?')).toEqual(['cmrad']);
    expect(bot.answer('who shares all the work?').headline).toContain('(collaboration)');
    // Three words between say more than the term: "checks how sure the AI is" is about
    // uncertainty, not the vocabulary's "check the AI".
    expect(ids('who checks how sure the AI is?')[0]).toBe('ub');
  });

  it('takes a stray verb, adjective or adverb beside a firm concept as noise, not a noun', () => {
    expect(ids('who handles the consent forms properly?')).toEqual(['bbmri']);
    expect(ids('who handles GDPR for the committee?')).toEqual([]);
    expect(ids('what is the weather like at the workshop?')).toEqual([]);
    expect(ids('who handles the consent forms for the restaurant?')).toEqual([]);
    // A topic read from a typo is a guess already: "password" is no "passport".
    expect(ids('how do I reset my password')).toEqual([]);
  });

  it('leaves out an everyday topic after a "not"', () => {
    const answer = bot.answer('who does not handle publicity');
    expect(answer.partners.map((p) => p.id)).not.toContain('eibir');
    expect(answer.partners.length).toBeGreaterThan(5);
  });

  it('looks general English up only for words the dataset does not know', () => {
    const dataset = realDataset();
    const options = loadIndexOptions(DEFAULT_DATASET_PATH, dataset);
    const looked: string[] = [];
    const english: EnglishLexicon = {
      related: (word) => {
        looked.push(word);
        return options.english?.related(word);
      },
    };
    const counting = createBot(dataset, { ...options, english });
    counting.answer('who handles GDPR?');
    counting.answer('Who leads WP4?');
    expect(looked).toEqual([]);
    counting.answer('who builds the liver cancer classifier?');
    expect(looked).toContain('classifi');
  });
});
