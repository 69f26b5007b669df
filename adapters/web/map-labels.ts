import { MAP_SIZE } from './map-frame.js';

/** A label's box, to keep labels from covering one another. */
export type Box = { x: number; y: number; w: number; h: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
/** DejaVu Sans at the label's size is about 0.6 em a character; a box need not be exact. */
export const LABEL = { size: 13, charWidth: 7.6, radius: 11 } as const;

/** Places a country's label right, left, above or below its marker, wherever it is free. */
export function placeLabel(
  name: string,
  [x, y]: [number, number],
  taken: Box[],
): Box & { anchor: string } {
  const w = name.length * LABEL.charWidth;
  const h = LABEL.size + 4;
  const r = LABEL.radius + 3;
  const tries: (Box & { anchor: string })[] = [
    { x: x + r, y: y - h / 2, w, h, anchor: 'start' },
    { x: x - r - w, y: y - h / 2, w, h, anchor: 'end' },
    { x: x - w / 2, y: y - r - h, w, h, anchor: 'middle' },
    { x: x - w / 2, y: y + r, w, h, anchor: 'middle' },
  ];
  const inside = (t: Box) =>
    t.x >= 2 && t.y >= 2 && t.x + t.w <= MAP_SIZE.width - 2 && t.y + t.h <= MAP_SIZE.height - 2;
  const free =
    tries.find((t) => inside(t) && !taken.some((b) => overlaps(t, b))) ??
    tries.find(inside) ??
    tries[0];
  const box = free as Box & { anchor: string };
  taken.push(box);
  return box;
}
