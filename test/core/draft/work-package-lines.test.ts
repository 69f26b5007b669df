import { describe, expect, it } from 'vitest';
import { parseWorkPackageLine } from '../../../src/core/draft/work-package-lines.js';
import { findWorkPackages } from '../../../src/core/draft/work-package-mentions.js';

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
