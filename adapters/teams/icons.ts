import type { RgbaImage } from './png.js';

/** The app's accent colour, also the manifest's `accentColor`. */
export const ACCENT_COLOR = '#1F5FAD';

/** Sizes Teams requires: https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package */
export const ICON_SIZES = { color: 192, outline: 32 } as const;

/** A speech bubble (ring with a tail) holding three dots: a conversation among partners. */
function inBubble(x: number, y: number): boolean {
  // Unit coordinates: the bubble is centred at (0, -0.05) with radius 0.62.
  const cx = 0;
  const cy = -0.05;
  const r = 0.62;
  const ring = 0.13;
  const d = Math.hypot(x - cx, y - cy);
  if (d <= r && d >= r - ring) return true;
  for (const dx of [-0.26, 0, 0.26]) if (Math.hypot(x - dx, y - cy) <= 0.085) return true;
  // Tail: a triangle below-left of the ring, outside its inner disk.
  const [ax, ay, bx, by, qx, qy] = [-0.5, 0.28, -0.72, 0.8, -0.12, 0.55];
  const side = (px: number, py: number, ux: number, uy: number, vx: number, vy: number) =>
    (vx - ux) * (py - uy) - (vy - uy) * (px - ux);
  const s1 = side(x, y, ax, ay, bx, by);
  const s2 = side(x, y, bx, by, qx, qy);
  const s3 = side(x, y, qx, qy, ax, ay);
  const inTail = (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  return inTail && d >= r - ring;
}

/** Share of a pixel the glyph covers, from a 4×4 grid of samples: deterministic anti-aliasing. */
function coverage(px: number, py: number, size: number, padding: number): number {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++)
    for (let sx = 0; sx < 4; sx++) {
      const x = ((px + (sx + 0.5) / 4) / size - 0.5) * 2 * (1 + padding);
      const y = ((py + (sy + 0.5) / 4) / size - 0.5) * 2 * (1 + padding);
      if (inBubble(x, y)) hits++;
    }
  return hits / 16;
}

function draw(size: number, padding: number, paint: (cover: number) => number[]): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++)
      pixels.set(paint(coverage(x, y, size, padding)), (y * size + x) * 4);
  return { width: size, height: size, pixels };
}

/** The 192×192 colour icon: a white glyph on the accent colour. */
export function drawColorIcon(): RgbaImage {
  const accent = [1, 3, 5].map((i) => Number.parseInt(ACCENT_COLOR.slice(i, i + 2), 16));
  return draw(ICON_SIZES.color, 0.25, (c) => [
    ...accent.map((a) => Math.round(a + (255 - a) * c)),
    255,
  ]);
}

/** The 32×32 outline icon: the glyph in white on transparent, as Teams requires. */
export function drawOutlineIcon(): RgbaImage {
  return draw(ICON_SIZES.outline, 0.05, (c) => [255, 255, 255, Math.round(255 * c)]);
}
