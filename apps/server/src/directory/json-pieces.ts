// The directory's JSON as bytes (ADR 0006): every structure's JSON is encoded to UTF-8 once, when the index is
// built, into one buffer; an answer copies the pieces it needs into a buffer of the exact size and sends it.
// Sending a string instead costs, on every request, flattening a string made of ~60 parts, measuring its UTF-8
// length (Content-Length) and encoding it — more than the search itself (issue 13's profile).

import type { HitList } from './top-hits.js';

/**
 * TypedArray#set, called directly: looked up on a Buffer, `set` went through a load inline cache on every copy
 * (callgrind, issue 13).
 */
const copyBytes = Uint8Array.prototype.set;
/** What follows each structure in an answer, before its distance: stored with the structure's bytes. */
const DISTANCE_KEY = ',"distanceKm":';
const COMMA = 0x2c;
const CLOSING_BRACE = 0x7d;
const ZERO = 0x30;
const DOT = 0x2e;

/**
 * Pieces of UTF-8 JSON stored end to end, each followed by `suffix`: piece `i` and its suffix span
 * `starts[i]`…`starts[i + 1]`.
 */
export class JsonPieces {
  private readonly bytes: Buffer;
  /** Where `bytes` lies, so that a copy views it directly (subarray() looks up a species constructor first). */
  private readonly arrayBuffer: ArrayBufferLike;
  private readonly byteOffset: number;
  private readonly starts: Int32Array;
  private readonly suffixBytes: number;
  /**
   * Each piece's view, made the first time the piece is copied and kept: making a view costs ~60 ns, a copy from
   * a kept one ~30 ns (20 per answer). A view is ~100 bytes, made only for structures some answer holds.
   */
  private readonly views: (Uint8Array | undefined)[];

  /** @param pieces the JSON texts, in the order their numbers will name them. */
  constructor(pieces: readonly string[], suffix = '') {
    this.suffixBytes = Buffer.byteLength(suffix);
    this.starts = new Int32Array(pieces.length + 1);
    this.views = new Array<Uint8Array | undefined>(pieces.length).fill(undefined);
    let total = 0;
    pieces.forEach((piece, index) => {
      this.starts[index] = total;
      total += Buffer.byteLength(piece) + this.suffixBytes;
    });
    this.starts[pieces.length] = total;
    this.bytes = Buffer.allocUnsafe(total);
    this.arrayBuffer = this.bytes.buffer;
    this.byteOffset = this.bytes.byteOffset;
    pieces.forEach((piece, index) => {
      const start = this.starts[index] ?? 0;
      this.bytes.write(`${piece}${suffix}`, start);
    });
  }

  get count(): number {
    return this.starts.length - 1;
  }

  /** Bytes of piece `piece` and its suffix: what copyInto writes. */
  lengthOf(piece: number): number {
    return (this.starts[piece + 1] ?? 0) - (this.starts[piece] ?? 0);
  }

  /** Copies piece `piece` and its suffix into `target` at `offset`; returns the offset after them. */
  copyInto(piece: number, target: Buffer, offset: number): number {
    // TypedArray#set is one memmove; Buffer#copy validates its arguments in JavaScript first.
    const view = this.views[piece] ?? this.viewOf(piece);
    copyBytes.call(target, view, offset);
    return offset + view.length;
  }

  private viewOf(piece: number): Uint8Array {
    const start = this.starts[piece] ?? 0;
    const end = this.starts[piece + 1] ?? 0;
    const view = new Uint8Array(this.arrayBuffer, this.byteOffset + start, end - start);
    this.views[piece] = view;
    return view;
  }

  /** Piece `piece` as text, without its suffix. */
  text(piece: number): string {
    const start = this.starts[piece] ?? 0;
    return this.bytes.toString('utf8', start, (this.starts[piece + 1] ?? 0) - this.suffixBytes);
  }
}

/** Structures' JSON without the closing brace, each stored followed by `,"distanceKm":` (assembleAnswer). */
export function structurePieces(openJson: readonly string[]): JsonPieces {
  return new JsonPieces(openJson, DISTANCE_KEY);
}

/**
 * Bytes a distance takes at most once written: the haversine never exceeds half a great circle, π × 6371.0088 km
 * (@oz/core's mean radius) ≈ 20 015.1 km, written `20015.1`.
 */
const MAX_DISTANCE_BYTES = 7;

/**
 * The search answer: `head`, then each hit as its structure's JSON without the closing brace followed by
 * `,"distanceKm":<km>}`, separated by commas, then `tail`. Distances are written as `displayedKm` (@oz/core)
 * prints them: to the nearest 100 m, without a trailing `.0`. `pieces` come from structurePieces.
 * Written in one pass into room reserved for the longest answer these hits could make (their pieces, the longest
 * distances), the unused rest given back: measuring every distance's digits first cost a second pass.
 */
export function assembleAnswer(head: string, pieces: JsonPieces, hits: HitList, tail: Buffer): Buffer {
  const { count, positions, distancesKm } = hits;
  // UTF-8 takes at most 3 bytes per UTF-16 code unit.
  let room = 3 * head.length + tail.length + count * (MAX_DISTANCE_BYTES + 2);
  for (let index = 0; index < count; index += 1) room += pieces.lengthOf(positions[index] ?? 0);
  const target = reserve(room);
  let offset = target.start;
  const answer = target.buffer;
  offset += answer.write(head, offset);
  for (let index = 0; index < count; index += 1) {
    if (index > 0) answer[offset++] = COMMA;
    offset = pieces.copyInto(positions[index] ?? 0, answer, offset);
    offset = writeDistance(Math.round((distancesKm[index] ?? 0) * 10), answer, offset);
    answer[offset++] = CLOSING_BRACE;
  }
  copyBytes.call(answer, tail, offset);
  return commit(target, offset + tail.length);
}

/**
 * Answers are cut from a slab, as Node's own pool does for small buffers: one allocation per ~100 answers
 * instead of one each (every ArrayBuffer is memory outside the heap that the garbage collector must track).
 * A slice is never handed out twice; a full slab is left to the collector once its answers are sent.
 */
const SLAB_BYTES = 1 << 20;
let slab = Buffer.allocUnsafe(SLAB_BYTES);
let slabUsed = 0;

interface Reserved {
  buffer: Buffer;
  start: number;
}

/** Room for `bytes` at `start` in `buffer`: in the slab, or a buffer of its own when that is large. */
function reserve(bytes: number): Reserved {
  if (bytes > SLAB_BYTES / 8) return { buffer: Buffer.allocUnsafe(bytes), start: 0 };
  if (slabUsed + bytes > SLAB_BYTES) {
    slab = Buffer.allocUnsafe(SLAB_BYTES);
    slabUsed = 0;
  }
  return { buffer: slab, start: slabUsed };
}

/** The answer written in reserved room, up to `end`; the slab's unused rest goes to the next answer. */
function commit(reserved: Reserved, end: number): Buffer {
  if (reserved.buffer !== slab) return reserved.buffer.subarray(0, end);
  // Keep the next slice 8-byte aligned, as Node's pool does.
  slabUsed = end + ((8 - (end % 8)) % 8);
  return slab.subarray(reserved.start, end);
}

function digitCount(value: number): number {
  let digits = 1;
  for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits += 1;
  return digits;
}

function writeDistance(tenths: number, target: Buffer, offset: number): number {
  const units = Math.floor(tenths / 10);
  const decimal = tenths % 10;
  let end = offset + digitCount(units);
  let rest = units;
  for (let at = end - 1; at >= offset; at -= 1) {
    target[at] = ZERO + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  if (decimal !== 0) {
    target[end++] = DOT;
    target[end++] = ZERO + decimal;
  }
  return end;
}
