import { describe, expect, it } from 'vitest';
import { groupingsBot } from '../helpers/groupings-bot.js';
import { realBot } from '../helpers/real-bot.js';

/** Contact questions in many wordings, each with the partner (or work package) it names. */
const PHRASINGS: [string, string][] = [
  ["what's UB's email?", 'UB'],
  ['UB email address', 'UB'],
  ['what is the office address of UB', 'UB'],
  ['UB office address', 'UB'],
  ['phone number of CRG?', 'CRG'],
  ["what's the telephone number for BSC", 'BSC'],
  ['who is the contact at BSC?', 'BSC'],
  ['who should I email at CRG?', 'CRG'],
  ['how do I reach EMC?', 'EMC'],
  ['contact person at Lynkeus', 'LYN'],
  ['who can I talk to at UMU?', 'UmU'],
  ['can you give me the e-mail of the person at GUMed', 'GUMed'],
  ['postal address of Maastricht University', 'UM'],
  ['EIBIR website', 'EIBIR'],
  ["do you have BBMRI-ERIC's phone?", 'BBMRI-ERIC'],
  ['is there a Slack handle for someone at Siemens Healthineers?', 'SIE'],
  ['where is the UB office', 'UB'],
  ['who do I call at TMF', 'TMF'],
  ['mail address for UPV?', 'UPV/EHU'],
  ['hi! what is the address of Erasmus MC? thanks', 'EMC'],
  ['how can I get in touch with EACR', 'EACR'],
  ['who is the contact for WP4?', 'WP4'],
  ['email of the WP2 leader', 'WP2'],
  ['I need to speak to somebody at CMRAD', 'CMRAD'],
];

describe('contact questions on the shipped dataset, which holds no contacts', () => {
  const bot = realBot();

  it.each(PHRASINGS)('%s → no contact details for %s', (question, label) => {
    const answer = bot.answer(question);
    expect(answer.intent).toBe('not-found');
    expect(answer.headline).toBe(`The EuCanImage dataset has no contact details for ${label}.`);
    // Never a partner list or profile in place of the contact.
    expect(answer.partners).toEqual([]);
    expect(answer.contacts).toBeUndefined();
    expect(answer.notes.join(' ')).toMatch(/^What it does hold: /);
  });

  it('gives where the partner is as the nearest thing it holds, with the line it comes from', () => {
    const answer = bot.answer("what's UB's email?");
    expect(answer.notes).toEqual([
      'What it does hold: **UB** (University of Barcelona) is a university in Barcelona, Spain: “UNIVERSITAT DE BARCELONA (UB), Spain”',
    ]);
    expect(answer.suggestions[0]?.question).toBe('What does UB do?');
  });

  it('says what a work package holds instead: its leader and the sentence', () => {
    const answer = bot.answer('who is the contact for WP4?');
    expect(answer.notes[0]).toContain('WP4 is led by **UAMS/TCIA**');
  });

  it('leaves topic questions that use a contact word as a verb alone', () => {
    expect(bot.answer('whom do I contact about GDPR?').intent).toBe('topic');
    expect(bot.answer('who addresses AI errors').intent).toBe('topic');
    expect(bot.answer('who handles anonymisation?').intent).toBe('topic');
  });

  it('says the dataset has none when no partner is named', () => {
    const answer = bot.answer('what is the email of the coordinator of the GDPR work?');
    expect(answer.headline).toMatch(/^The EuCanImage dataset has no contact details/);
  });
});

describe('contact questions on a dataset with contacts (fixture)', () => {
  const bot = groupingsBot();

  it.each([
    "what's NBU's email?",
    'who is the contact at NBU?',
    'NBU phone number',
    'how do I reach Northbridge University?',
    'slack handle of someone at NBU',
  ])('%s → the contact and its source', (question) => {
    const answer = bot.answer(question);
    expect(answer.headline).toBe('Contact for **NBU** (Northbridge University):');
    expect(answer.contacts).toEqual([
      {
        of: 'NBU',
        name: 'Anna Berg',
        role: 'project manager',
        email: 'anna.berg@nbu.example.org',
        slack: '@anna.berg',
        source:
          'The project manager at NBU is Anna Berg (anna.berg@nbu.example.org), on Slack as @anna.berg.',
      },
    ]);
    expect(answer.text).toContain('- Anna Berg, project manager · anna.berg@nbu.example.org');
    expect(answer.partners).toEqual([]);
  });

  it('answers a work package contact, and says which partners have none', () => {
    const wp = bot.answer('who should I contact about WP2?');
    expect(wp.contacts?.[0]?.name).toBe('Pedro Silva');
    const mixed = bot.answer('emails of NBU and PTL');
    expect(mixed.headline).toBe(
      'The GreenRoute dataset has no contact details for PTL. Contact for **NBU** (Northbridge University):',
    );
    expect(mixed.contacts?.map((c) => c.of)).toEqual(['NBU']);
  });

  it('reaches a grouping through its leader when it has no contact of its own', () => {
    const answer = bot.answer('who is the contact for task 2.1?');
    expect(answer.headline).toBe('Contact for **Task 2.1** (its leader NBU):');
  });

  it('asks whose contact is wanted when nobody is named, and invents none', () => {
    const answer = bot.answer('what is the email address?');
    expect(answer.headline).toBe(
      'Whose contact do you need? The GreenRoute dataset holds contacts for NBU and WP2.',
    );
    expect(answer.contacts).toBeUndefined();
  });
});
