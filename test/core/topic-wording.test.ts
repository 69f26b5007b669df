import { describe, expect, it } from 'vitest';
import { topicLabels } from '../../src/core/answer/matched-roles.js';
import { splitWords } from '../../src/core/text/normalise.js';
import { parseQuestion } from '../../src/core/understand/parse-question.js';
import { loadGoldenSet } from '../golden/golden-set.js';
import { realBot } from '../helpers/real-bot.js';
import { wordnetLemmas } from '../helpers/wordnet.js';

const bot = realBot();

/** Every text of the dataset, as written: where a headline's words must come from. */
const DATASET_TEXT = JSON.stringify(bot.dataset);

/** Question forms a topic is asked in; the second has a verb ("hosts") before its topic. */
const TEMPLATES = ['who works on X', 'who hosts X?', 'which Spanish partner does X', 'X'];

describe('the headline names a topic as the dataset writes it', () => {
  it.each([
    ['who handles anonymization?', 'On anonymisation:'],
    ['who handles gdpr', 'On GDPR:'],
    ['who works on the catalog', 'On catalogue:'],
    ['anyone working on XAI?', 'On interpretability:'],
    ['who liaises with euro-bioimaging', 'On Euro-BioImaging:'],
    [
      'which Dutch partner works on anonymization',
      '1 partner in the Netherlands on anonymisation:',
    ],
    ['who else works on gdpr besides TMF?', '4 partners other than TMF on GDPR:'],
  ])('%j → %j', (question, headline) => {
    expect(bot.answer(question).headline).toBe(headline);
  });

  it('never names the question’s verb, nor a word that is no concept next to one that is', () => {
    const hosts = bot.answer('who hosts MareNostrum?');
    expect(hosts.partners[0]?.id).toBe('bsc');
    expect(hosts.headline).toContain('MareNostrum');
    expect(hosts.headline).not.toMatch(/hosts/i);
    const meeting = bot.answer(
      'quick one before my meeting: who brings the GDPR expertise into WP1?',
    );
    expect(meeting.headline).toContain('GDPR expertise');
    expect(meeting.headline).not.toMatch(/meeting|brings/);
  });

  it('uses only words the dataset writes, over golden, dataset and WordNet questions (property)', () => {
    const questions = loadGoldenSet().map((c) => c.q);
    const words = [...new Set(splitWords(DATASET_TEXT).filter((w) => w.length >= 4))];
    words.forEach((w, i) => {
      questions.push((TEMPLATES[i % TEMPLATES.length] ?? 'X').replace('X', w));
    });
    wordnetLemmas().forEach((lemma, i) => {
      if (i % 40 === 0) questions.push((TEMPLATES[i % 3] ?? 'X').replace('X', lemma));
    });
    const strange = new Map<string, string>();
    for (const question of questions) {
      for (const topic of topicLabels(bot.index, parseQuestion(bot.index, question).topics)) {
        // A word read through everyday words shows its reading: "scrubs (anonymisation)".
        const label = /\(([^()]*)\)$/.exec(topic)?.[1] ?? topic;
        const asWritten = DATASET_TEXT.includes(label);
        const opensSentence = DATASET_TEXT.includes(label.charAt(0).toUpperCase() + label.slice(1));
        if (!asWritten && !opensSentence) strange.set(topic, question);
      }
    }
    // biome-ignore lint/suspicious/noConsole: the figure goes into docs/RELIABILITY.md.
    console.info(`topic labels checked in ${questions.length} questions`);
    expect(questions.length).toBeGreaterThan(4_500);
    expect([...strange].slice(0, 20)).toEqual([]);
  }, 20_000);
});
