import { describe, expect, it } from 'vitest';
import { buildMatrix, membersOf, orderRows } from '../../src/core/matrix/work-package-matrix.js';
import { PartnerKind } from '../../src/core/schema/dataset.js';
import { datasetCopy, realBot } from '../helpers/real-bot.js';

const bot = realBot();

describe('the work-package matrix', () => {
  it('puts a partner where its roles do, and marks only the named leader as leading', () => {
    const matrix = buildMatrix(bot.dataset);
    expect(matrix.rows.map((r) => r.partner.id)).toEqual(bot.dataset.partners.map((p) => p.id));
    for (const row of matrix.rows) {
      const partner = bot.dataset.partners.find((p) => p.id === row.partner.id);
      const wps = new Set(partner?.roles.flatMap((r) => (r.wp ? [r.wp] : [])));
      expect(new Set(row.cells.keys())).toEqual(wps);
      for (const [wp, cell] of row.cells) {
        const named = bot.dataset.workPackages.find((w) => w.id === wp)?.leader === row.partner.id;
        expect(cell.lead, `${row.partner.id} in ${wp}`).toBe(named);
        expect(cell.sources.length).toBeGreaterThan(0);
      }
    }
    // LYN "leads" exploitation tasks in WP7, which names no leader: a member, not the leader.
    expect(matrix.rows.find((r) => r.partner.id === 'lyn')?.cells.get('WP7')?.lead).toBe(false);
    expect(membersOf(matrix, 'WP4')[0]?.partner.id).toBe('uams');
  });

  it('orders rows by country or kind, keeping the dataset order within each', () => {
    const rows = buildMatrix(bot.dataset).rows;
    const byCountry = orderRows(rows, 'country', PartnerKind.options).map((r) => r.partner.country);
    expect(byCountry).toEqual([...byCountry].sort((a, b) => a.localeCompare(b, 'en')));
    const byKind = orderRows(rows, 'kind', PartnerKind.options).map((r) => r.partner.kind);
    expect(byKind).toEqual(
      [...byKind].sort((a, b) => PartnerKind.options.indexOf(a) - PartnerKind.options.indexOf(b)),
    );
  });

  it('is built for any consortium, from its dataset alone', () => {
    const other = datasetCopy();
    other.workPackages = other.workPackages.slice(0, 2);
    for (const p of other.partners)
      p.roles = p.roles.filter((r) => r.wp === 'WP1' || r.wp === 'WP2');
    const matrix = buildMatrix(other);
    expect(matrix.workPackages.map((w) => w.id)).toEqual(['WP1', 'WP2']);
    expect(
      matrix.rows.every((r) => [...r.cells.keys()].every((k) => k === 'WP1' || k === 'WP2')),
    ).toBe(true);
  });
});

describe('asking for the matrix', () => {
  it.each([
    'show the matrix',
    'who is in which work package?',
    'which partners are in which work packages',
    'work package matrix',
  ])('%s', (question) => {
    const answer = bot.answer(question);
    expect(answer.intent).toBe('matrix');
    expect(answer.partners).toHaveLength(bot.dataset.partners.length);
    expect(answer.workPackages).toHaveLength(bot.dataset.workPackages.length);
    expect(answer.text).toContain('- **WP4** (led by UAMS/TCIA): UAMS/TCIA, ');
    expect(answer.text).toContain('- **WP3** (no leader named): ');
  });

  it.each([
    ['which work packages are there', 'list-work-packages'],
    ['in which work package is UB', 'partner'],
    ['which work package covers GDPR', 'topic'],
    ['who is in WP3', 'work-package'],
  ])('not for "%s"', (question, intent) => {
    expect(bot.answer(question).intent).toBe(intent);
  });
});
