// Draws Firebreak's toolbar and store icons (assets/public/icon/<size>.png): an ember-orange
// rounded square cut by a light band — a firebreak. Run: node --import tsx tests/scripts/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];

function crc32(buffer: Buffer): number {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x + 0.5, y + 0.5), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function icon(size: number): Buffer {
  const radius = size * 0.22;
  return png(size, (x, y) => {
    // Rounded square mask with a soft edge.
    const dx = Math.max(radius - x, 0, x - (size - radius));
    const dy = Math.max(radius - y, 0, y - (size - radius));
    const outside = Math.hypot(dx, dy) - radius;
    const alpha = Math.round(255 * Math.min(1, Math.max(0, 0.5 - outside)));
    // Ember gradient, top to bottom.
    const t = y / size;
    let [r, g, b] = [255 - 40 * t, 112 - 60 * t, 24];
    // The break: a light diagonal band across the square.
    const band = Math.abs(x + y - size) / Math.SQRT2;
    if (band < size * 0.09) [r, g, b] = [255, 243, 224];
    return [Math.round(r), Math.round(g), Math.round(b), alpha];
  });
}

mkdirSync('assets/public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`assets/public/icon/${size}.png`, icon(size));
console.log(`Wrote assets/public/icon/{${SIZES.join(',')}}.png`);
