import type { WorkPackageMatrix } from '../../src/core/matrix/work-package-matrix.js';
import { escapeHtml } from './html.js';

/** The matrix picture's geometry, in SVG units (the PNG is drawn at twice this size). */
export const MATRIX_SVG = {
  width: 760,
  titleHeight: 56,
  headerHeight: 34,
  rowHeight: 28,
  labelWidth: 250,
  padding: 20,
  footerHeight: 34,
} as const;

/** Where a partner's label is drawn: the test checks each box has ink. */
export interface LabelBox {
  acronym: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The picture and where its partner labels are. */
export interface MatrixPicture {
  svg: string;
  width: number;
  height: number;
  labels: LabelBox[];
}

const FONT = 'font-family="DejaVu Sans"';

/**
 * The work-package matrix as a self-contained SVG for a chat image (Slack's App Home): the same
 * rows, columns and marks as the web page's table, with colours as attributes (no stylesheet)
 * and one font family, DejaVu Sans, which the PNG renderer is given by file. `labels: false`
 * leaves the partners' names out, for the test that compares the two.
 */
export function renderMatrixSvg(
  matrix: WorkPackageMatrix,
  consortium: string,
  options: { labels?: boolean } = {},
): MatrixPicture {
  const { width, titleHeight, headerHeight, rowHeight, labelWidth, padding, footerHeight } =
    MATRIX_SVG;
  const columns = matrix.workPackages.length;
  const columnWidth = (width - padding * 2 - labelWidth) / Math.max(1, columns);
  const top = titleHeight + headerHeight;
  const height = top + matrix.rows.length * rowHeight + footerHeight;
  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${padding}" y="34" ${FONT} font-size="20" font-weight="bold" fill="#1b1f24">${escapeHtml(consortium)}: who is in which work package</text>`,
  ];
  matrix.workPackages.forEach((wp, i) => {
    const cx = padding + labelWidth + columnWidth * (i + 0.5);
    parts.push(
      `<text x="${cx.toFixed(1)}" y="${titleHeight + 20}" ${FONT} font-size="13" font-weight="bold" fill="#1f5fad" text-anchor="middle">${escapeHtml(wp.id)}</text>`,
    );
  });
  const labels: LabelBox[] = [];
  matrix.rows.forEach((row, r) => {
    const y = top + r * rowHeight;
    if (r % 2 === 0)
      parts.push(
        `<rect x="${padding}" y="${y}" width="${width - padding * 2}" height="${rowHeight}" fill="#eef2f7"/>`,
      );
    const box = {
      acronym: row.partner.acronym,
      x: padding + 8,
      y: y + 4,
      width: 110,
      height: rowHeight - 8,
    };
    labels.push(box);
    if (options.labels !== false)
      parts.push(
        `<text x="${box.x}" y="${y + 19}" ${FONT} font-size="13" font-weight="bold" fill="#1b1f24">${escapeHtml(row.partner.acronym)}</text>`,
        `<text x="${padding + 124}" y="${y + 19}" ${FONT} font-size="11" fill="#4f5a66">${escapeHtml(row.partner.country)}</text>`,
      );
    matrix.workPackages.forEach((wp, i) => {
      const cell = row.cells.get(wp.id);
      if (!cell) return;
      const cx = padding + labelWidth + columnWidth * (i + 0.5);
      const cy = y + rowHeight / 2;
      parts.push(
        cell.lead
          ? `<rect x="${(cx - 22).toFixed(1)}" y="${cy - 9}" width="44" height="18" rx="4" fill="#1f5fad"/><text x="${cx.toFixed(1)}" y="${cy + 4}" ${FONT} font-size="11" font-weight="bold" fill="#ffffff" text-anchor="middle">Lead</text>`
          : `<circle cx="${cx.toFixed(1)}" cy="${cy}" r="6" fill="#5b7fa8"/>`,
      );
    });
  });
  parts.push(
    `<text x="${padding}" y="${height - 12}" ${FONT} font-size="11" fill="#4f5a66">“Lead”: the source names the partner as the leader. Dot: a role of the partner is in the work package.</text>`,
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
  return { svg, width, height, labels };
}
