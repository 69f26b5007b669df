import { inflateSync } from 'node:zlib';
import type { RgbaImage } from '../../../../adapters/teams/png.js';

/** Reads an unfiltered 8-bit RGBA PNG (as png.ts writes them): header fields and pixels. */
export function readPng(file: Buffer): RgbaImage & { bitDepth: number; colorType: number } {
  expect8ByteSignature(file);
  let offset = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('ascii', offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  if (!header) throw new Error('PNG without IHDR');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const rows = inflateSync(Buffer.concat(data));
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const start = y * (width * 4 + 1);
    if (rows[start] !== 0) throw new Error(`row ${y} uses PNG filter ${rows[start]}`);
    pixels.set(rows.subarray(start + 1, start + 1 + width * 4), y * width * 4);
  }
  return { width, height, pixels, bitDepth: header[8] ?? 0, colorType: header[9] ?? 0 };
}

function expect8ByteSignature(file: Buffer): void {
  if (!file.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    throw new Error('not a PNG file');
}
