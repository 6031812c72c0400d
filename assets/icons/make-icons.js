/**
 * Writes the add-in's ribbon and store icons (16, 32, 64, 80 px PNG): a teal rounded square
 * with a white "CD" mark. Only Node built-ins are used, and the output is byte-for-byte the
 * same on every run, so the committed PNGs can be checked by regenerating them:
 *   node assets/icons/make-icons.js
 */
/* global require, Buffer, __dirname */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const BACKGROUND = [15, 110, 110]; // teal
const FOREGROUND = [255, 255, 255];
/** Sub-samples per pixel side used to smooth the rounded corners. */
const SUPERSAMPLE = 4;

/** 5×7 glyphs, "#" = ink. */
const GLYPHS = {
  C: [".###.", "#...#", "#....", "#....", "#....", "#...#", ".###."],
  D: ["####.", "#...#", "#...#", "#...#", "#...#", "#...#", "####."],
};
const GLYPH_WIDTH = 5;
const GLYPH_HEIGHT = 7;
const GLYPH_GAP = 1;
const MARK = "CD";

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Share (0..1) of the pixel at (x, y) that lies inside the rounded square. */
function squareCoverage(size, x, y) {
  const radius = size * 0.1875;
  let inside = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const px = x + (sx + 0.5) / SUPERSAMPLE;
      const py = y + (sy + 0.5) / SUPERSAMPLE;
      const dx = Math.max(radius - px, px - (size - radius), 0);
      const dy = Math.max(radius - py, py - (size - radius), 0);
      if (dx * dx + dy * dy <= radius * radius) inside++;
    }
  }
  return inside / (SUPERSAMPLE * SUPERSAMPLE);
}

function isInk(size, x, y) {
  const scale = Math.max(1, Math.floor(size / 16));
  const markWidth = (MARK.length * GLYPH_WIDTH + (MARK.length - 1) * GLYPH_GAP) * scale;
  const left = Math.round((size - markWidth) / 2);
  const top = Math.round((size - GLYPH_HEIGHT * scale) / 2);
  const column = Math.floor((x - left) / scale);
  const row = Math.floor((y - top) / scale);
  if (x < left || y < top || row >= GLYPH_HEIGHT) return false;
  const glyphIndex = Math.floor(column / (GLYPH_WIDTH + GLYPH_GAP));
  const glyphColumn = column % (GLYPH_WIDTH + GLYPH_GAP);
  if (glyphIndex >= MARK.length || glyphColumn >= GLYPH_WIDTH) return false;
  return GLYPHS[MARK[glyphIndex]][row][glyphColumn] === "#";
}

function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const offset = (y * size + x) * 4;
      const colour = isInk(size, x, y) ? FOREGROUND : BACKGROUND;
      rgba[offset] = colour[0];
      rgba[offset + 1] = colour[1];
      rgba[offset + 2] = colour[2];
      rgba[offset + 3] = Math.round(255 * squareCoverage(size, x, y));
    }
  }
  return encodePng(size, rgba);
}

for (const size of SIZES) {
  fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), drawIcon(size));
}
