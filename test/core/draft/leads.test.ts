import { describe, expect, it } from 'vitest';
import { createProjectTest } from '../../../src/core/draft/consortium.js';
import { createMentionFinder } from '../../../src/core/draft/partner-mentions.js';
import { rolesOf } from '../../../src/core/draft/roles.js';

/** Partners 0 (UB), 1 (UAMS), 2 (IFREMER); sentences are read as partner 0's. */
const context = {
  mentions: createMentionFinder([['UB', 'University of Barcelona'], ['UAMS'], ['IFREMER']]),
  project: createProjectTest('EuCanImage'),
};
const roles = (sentence: string, partner = 0) =>
  rolesOf(sentence, partner, context).map((r) => ({
    wp: r.wp,
    lead: r.reading.lead,
    leads: r.reading.leads,
    coordinator: r.reading.coordinator,
  }));

describe('leads, only where the partner itself leads', () => {
  it.each([
    ['UB leads WP4 on data curation.', 'WP4', true],
    ['UB is in charge of WP2, running the simulations.', 'WP2', true],
    ['As a clinical leader of WP2, UB is involved in all tasks.', 'WP2', true],
    ['UB is the WP3 leader.', 'WP3', true],
    ['It coordinates work package 5.', 'WP5', true],
  ])('%j: leads its work package', (sentence, wp, certain) => {
    expect(roles(sentence)).toContainEqual(
      expect.objectContaining({ wp, lead: true, leads: { ids: [wp], certain } }),
    );
  });

  it('splits a sentence where it names several work packages, each with its own lead', () => {
    expect(
      roles(
        'UB is the Project Coordinator, leads the implementation of the platform in WP5, and contributes to the assessment in WP6, in particular for uncertainty.',
      ),
    ).toEqual([
      { wp: null, lead: true, leads: null, coordinator: true },
      { wp: 'WP5', lead: true, leads: { ids: ['WP5'], certain: false }, coordinator: false },
      { wp: 'WP6', lead: false, leads: null, coordinator: false },
    ]);
  });

  it('leads every work package the verb takes', () => {
    expect(
      roles('UB is the leader of WP1 (Management) and WP5 (Field trials).').map((r) => r.leads),
    ).toEqual([
      { ids: ['WP1', 'WP5'], certain: true },
      { ids: ['WP1', 'WP5'], certain: true },
    ]);
  });

  it('leads a part of a work package without leading the work package', () => {
    expect(roles('Finally, UB leads exploitation and innovation planning tasks in WP7.')).toEqual([
      { wp: 'WP7', lead: true, leads: null, coordinator: false },
    ]);
  });

  it.each([
    'UB contributes to WP3, which is led by UAMS.',
    'The leader of WP2 is IFREMER, with which UB has worked for ten years.',
    'UB works with UAMS, who leads WP4.',
    'UAMS leads WP4 and UB contributes to it.',
    'UB does not lead any work package.',
    'UB is a leading university in Spain.',
    'WP4 will be led by UB from month 12.',
  ])('%j: no lead for the partner whose section it is in', (sentence) => {
    expect(roles(sentence).some((r) => r.lead)).toBe(false);
  });

  it("reads the subject of a sentence in another partner's section as that partner", () => {
    expect(roles('UAMS leads WP4 that will define the methods.', 1)).toContainEqual(
      expect.objectContaining({ wp: 'WP4', lead: true }),
    );
  });
});
