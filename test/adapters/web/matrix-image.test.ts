import { describe, expect, it } from 'vitest';
import { MATRIX_PNG_SCALE, renderMatrixPng } from '../../../adapters/web/matrix-png.js';
import { MATRIX_SVG, renderMatrixSvg } from '../../../adapters/web/matrix-svg.js';
import { buildMatrix } from '../../../src/core/matrix/work-package-matrix.js';
import { type DecodedPng, decodePng } from '../../helpers/png-decode.js';
import { realBot } from '../../helpers/real-bot.js';

const { dataset } = realBot();
const matrix = buildMatrix(dataset);
const withLabels = renderMatrixSvg(matrix, dataset.consortium.name);
const withoutLabels = renderMatrixSvg(matrix, dataset.consortium.name, { labels: false });
const png = renderMatrixPng(withLabels);
const image = decodePng(png);
const blank = decodePng(renderMatrixPng(withoutLabels));

/** Pixels of a box (in SVG units) that differ between two images: the ink a label put there. */
function inkIn(
  a: DecodedPng,
  b: DecodedPng,
  box: { x: number; y: number; width: number; height: number },
) {
  let differing = 0;
  const s = MATRIX_PNG_SCALE;
  for (let y = Math.floor(box.y * s); y < Math.ceil((box.y + box.height) * s); y++)
    for (let x = Math.floor(box.x * s); x < Math.ceil((box.x + box.width) * s); x++) {
      const i = (y * a.width + x) * 4;
      const delta = Math.abs((a.pixels[i] ?? 0) - (b.pixels[i] ?? 0));
      if (delta > 64) differing += 1;
    }
  return differing;
}

describe('the matrix image', () => {
  it('is a PNG of the picture’s size at twice its scale, a row per partner', () => {
    const rows = dataset.partners.length;
    const height =
      MATRIX_SVG.titleHeight +
      MATRIX_SVG.headerHeight +
      rows * MATRIX_SVG.rowHeight +
      MATRIX_SVG.footerHeight;
    expect(withLabels.height).toBe(height);
    expect(image.width).toBe(MATRIX_SVG.width * MATRIX_PNG_SCALE);
    expect(image.height).toBe(height * MATRIX_PNG_SCALE);
  });

  it('draws every partner’s acronym, in its own row', () => {
    expect(withLabels.labels.map((l) => l.acronym)).toEqual(dataset.partners.map((p) => p.acronym));
    for (const label of withLabels.labels) {
      const ink = inkIn(image, blank, label);
      // An acronym in 13 px bold at twice the scale is a few hundred dark pixels; a missing
      // font or a label drawn elsewhere leaves the box as the picture without labels has it.
      expect(ink, label.acronym).toBeGreaterThan(60 * Math.min(label.acronym.length, 4));
    }
  });

  it('marks each lead and membership where the dataset puts them', () => {
    // The "Lead" pill is the picture's one dark-blue fill: count the cells that have it.
    const leads = matrix.rows.flatMap((r) => [...r.cells.values()].filter((c) => c.lead));
    expect(leads).toHaveLength(dataset.workPackages.filter((wp) => wp.leader !== null).length);
    expect(withLabels.svg.match(/fill="#1f5fad"\/><text/g)).toHaveLength(leads.length);
  });

  it('refuses to draw without its fonts, naming the package', () => {
    expect(() => renderMatrixPng(withLabels, ['/nonexistent/DejaVuSans.ttf'])).toThrow(
      /install fonts-dejavu-core/,
    );
  });
});
