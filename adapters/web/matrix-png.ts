import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { EucanbotError } from '../../src/core/errors.js';
import type { MatrixPicture } from './matrix-svg.js';

/**
 * Debian's fonts-dejavu-core (.ci/run installs it). Passed to the renderer by file, with system
 * fonts off, so that the picture is the same on every machine and no font lookup runs.
 */
export const MATRIX_FONTS = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
] as const;

/** Pixels per SVG unit: Slack shows images on high-density screens. */
export const MATRIX_PNG_SCALE = 2;

/** The matrix picture as a PNG, drawn with resvg; refuses to draw without its fonts. */
export function renderMatrixPng(
  picture: MatrixPicture,
  fonts: readonly string[] = MATRIX_FONTS,
): Buffer {
  const missing = fonts.filter((f) => !existsSync(f));
  if (missing.length > 0)
    throw new EucanbotError(
      'PLATFORM_ERROR',
      `Cannot draw the matrix image: missing font ${missing.join(', ')} (install fonts-dejavu-core)`,
    );
  const resvg = new Resvg(picture.svg, {
    font: { fontFiles: [...fonts], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'zoom', value: MATRIX_PNG_SCALE },
  });
  return resvg.render().asPng();
}
