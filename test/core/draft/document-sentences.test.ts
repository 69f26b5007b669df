import { describe, expect, it } from 'vitest';
import { splitDocumentSentences } from '../../../src/core/draft/document-sentences.js';
import { parseWorkPackageLine } from '../../../src/core/draft/work-package-lines.js';
import { findWorkPackages } from '../../../src/core/draft/work-package-mentions.js';

describe('splitDocumentSentences', () => {
  it('cuts at full stops, not at abbreviations, initials or decimals', () => {
    expect(
      splitDocumentSentences(
        'It is part of networks (e.g. Elixir, MuG). TMF is an e.V. (TMF) with 1.3 million members; it grows. Dr. J. Smith leads it. The EACR`s mission is ‘To help.’ It organises conferences.',
      ),
    ).toEqual([
      'It is part of networks (e.g. Elixir, MuG).',
      'TMF is an e.V. (TMF) with 1.3 million members; it grows.',
      'Dr. J. Smith leads it.',
      'The EACR`s mission is ‘To help.’',
      'It organises conferences.',
    ]);
  });
});

describe('work packages', () => {
  it.each([
    ['solutions (WP4 and 5).', ['WP4', 'WP5']],
    ['EuCanImage (WP1, WP7).', ['WP1', 'WP7']],
    ['leads work package 1 (Management)', ['WP1']],
    ['WP1–3 and WP7', ['WP1', 'WP2', 'WP3', 'WP7']],
    ['WP2 and 48 doctorate programmes', ['WP2']],
    ['in all relevant WPs', []],
  ])('%j names %j', (text, ids) => {
    expect(findWorkPackages(text).flatMap((m) => m.ids)).toEqual(ids);
  });

  it.each([
    ['WP4: Data curation (lead: UAMS)', 'WP4', 'Data curation', 'UAMS'],
    ['WP3 – Structural characterisation, leader: PSI', 'WP3', 'Structural characterisation', 'PSI'],
    ['Work package 2. Models [led by KIT]', 'WP2', 'Models', 'KIT'],
    ['WP5: Dissemination and exploitation', 'WP5', 'Dissemination and exploitation', null],
    ['WP6 – Ethics (lead: TBD)', 'WP6', 'Ethics', null],
  ])('reads the line %j', (line, id, title, leaderRef) => {
    expect(parseWorkPackageLine(line, line)).toEqual({ id, title, leaderRef, raw: line });
  });
});
