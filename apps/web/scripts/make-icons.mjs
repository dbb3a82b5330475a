// Draws the Oz icon (a calm ring around a warm dot on a teal square) into PNG files, with no binary
// dependency: pixels are computed with 4×4 supersampling and encoded with node:zlib.
// Run: npm run icons -w @oz/web  (writes public/icons/*.png; the SVG is written alongside)
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [0x0f, 0x5f, 0x5c];
const WHITE = [0xff, 0xff, 0xff];
const SUN = [0xf2, 0xc1, 0x4e];
const out = new URL('../public/icons/', import.meta.url);

/** Colour of a point in the unit square, or null (transparent). `maskable` fills the whole square. */
function colourAt(x, y, maskable) {
  const scale = maskable ? 0.78 : 1; // maskable: artwork inside the 80 % safe zone
  const cx = (x - 0.5) / scale;
  const cy = (y - 0.5) / scale;
  const r = Math.hypot(cx, cy);
  if (r <= 5 / 64) return SUN;
  if (r >= 13.5 / 64 && r <= 20.5 / 64) return WHITE;
  if (maskable) return TEAL;
  const corner = 16 / 64;
  const dx = Math.max(corner - x, 0, x - (1 - corner));
  const dy = Math.max(corner - y, 0, y - (1 - corner));
  return Math.hypot(dx, dy) <= corner ? TEAL : null;
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, maskable) {
  const samples = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py += 1) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const c = colourAt(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
            maskable,
          );
          if (c === null) continue;
          sum[0] += c[0];
          sum[1] += c[1];
          sum[2] += c[2];
          sum[3] += 255;
        }
      }
      const n = samples * samples;
      const covered = sum[3] / 255;
      const offset = py * (size * 4 + 1) + 1 + px * 4;
      raw[offset] = covered ? Math.round(sum[0] / covered) : 0;
      raw[offset + 1] = covered ? Math.round(sum[1] / covered) : 0;
      raw[offset + 2] = covered ? Math.round(sum[2] / covered) : 0;
      raw[offset + 3] = Math.round(sum[3] / n);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="16" fill="#0f5f5c"/><circle cx="32" cy="32" r="17" fill="none" stroke="#fff" stroke-width="7"/><circle cx="32" cy="32" r="5" fill="#f2c14e"/></svg>
`;

mkdirSync(out, { recursive: true });
writeFileSync(new URL('icon.svg', out), SVG);
writeFileSync(new URL('icon-192.png', out), png(192, false));
writeFileSync(new URL('icon-512.png', out), png(512, false));
writeFileSync(new URL('icon-maskable-512.png', out), png(512, true));
writeFileSync(new URL('apple-touch-icon.png', out), png(180, true));
process.stdout.write(`icons written to ${out.pathname}\n`);
