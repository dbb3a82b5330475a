// The directory's JSON as bytes (ADR 0006): every structure's JSON is encoded to UTF-8 once, when the index is
// built, into one buffer; an answer copies the pieces it needs into a buffer of the exact size and sends it.
// Sending a string instead costs, on every request, flattening a string made of ~60 parts, measuring its UTF-8
// length (Content-Length) and encoding it — more than the search itself (issue 13's profile).

const DISTANCE_KEY = Buffer.from(',"distanceKm":', 'latin1');
const COMMA = 0x2c;
const CLOSING_BRACE = 0x7d;
const ZERO = 0x30;
const DOT = 0x2e;

/** Pieces of UTF-8 JSON stored end to end: piece `i` spans `starts[i]`…`starts[i + 1]`. */
export class JsonPieces {
  private readonly bytes: Buffer;
  private readonly starts: Int32Array;

  /** @param pieces the JSON texts, in the order their numbers will name them. */
  constructor(pieces: readonly string[]) {
    this.starts = new Int32Array(pieces.length + 1);
    let total = 0;
    pieces.forEach((piece, index) => {
      this.starts[index] = total;
      total += Buffer.byteLength(piece);
    });
    this.starts[pieces.length] = total;
    this.bytes = Buffer.allocUnsafe(total);
    pieces.forEach((piece, index) => this.bytes.write(piece, this.starts[index] ?? 0));
  }

  get count(): number {
    return this.starts.length - 1;
  }

  lengthOf(piece: number): number {
    return (this.starts[piece + 1] ?? 0) - (this.starts[piece] ?? 0);
  }

  /** Copies piece `piece` into `target` at `offset`; returns the offset after it. */
  copyInto(piece: number, target: Buffer, offset: number): number {
    const [start, end] = [this.starts[piece] ?? 0, this.starts[piece + 1] ?? 0];
    // TypedArray#set is one memmove; Buffer#copy validates its arguments in JavaScript first.
    target.set(this.bytes.subarray(start, end), offset);
    return offset + end - start;
  }

  text(piece: number): string {
    return this.bytes.toString('utf8', this.starts[piece] ?? 0, this.starts[piece + 1] ?? 0);
  }
}

/**
 * The search answer: `head`, then each hit as its structure's JSON without the closing brace followed by
 * `,"distanceKm":<km>}`, separated by commas, then `tail`. Distances are written as `displayedKm` (@oz/core)
 * prints them: to the nearest 100 m, without a trailing `.0`.
 */
export function assembleAnswer(
  head: Buffer,
  pieces: JsonPieces,
  hits: readonly { position: number; distanceKm: number }[],
  tail: Buffer,
): Buffer {
  const tenths = hits.map((hit) => Math.round(hit.distanceKm * 10));
  let size = head.length + tail.length + Math.max(0, hits.length - 1);
  hits.forEach((hit, index) => {
    size += pieces.lengthOf(hit.position) + DISTANCE_KEY.length + distanceLength(tenths[index] ?? 0) + 1;
  });
  const answer = answerBuffer(size);
  answer.set(head, 0);
  let offset = head.length;
  hits.forEach((hit, index) => {
    if (index > 0) answer[offset++] = COMMA;
    offset = pieces.copyInto(hit.position, answer, offset);
    answer.set(DISTANCE_KEY, offset);
    offset += DISTANCE_KEY.length;
    offset = writeDistance(tenths[index] ?? 0, answer, offset);
    answer[offset++] = CLOSING_BRACE;
  });
  answer.set(tail, offset);
  return answer;
}

/**
 * Answers are cut from a slab, as Node's own pool does for small buffers: one allocation per ~100 answers
 * instead of one each (every ArrayBuffer is memory outside the heap that the garbage collector must track).
 * A slice is never handed out twice; a full slab is left to the collector once its answers are sent.
 */
const SLAB_BYTES = 1 << 20;
let slab = Buffer.allocUnsafe(SLAB_BYTES);
let slabUsed = 0;

function answerBuffer(size: number): Buffer {
  if (size > SLAB_BYTES / 8) return Buffer.allocUnsafe(size);
  if (slabUsed + size > SLAB_BYTES) {
    slab = Buffer.allocUnsafe(SLAB_BYTES);
    slabUsed = 0;
  }
  const answer = slab.subarray(slabUsed, slabUsed + size);
  // Keep the next slice 8-byte aligned, as Node's pool does.
  slabUsed += size + ((8 - (size % 8)) % 8);
  return answer;
}

/** Characters of a distance in tenths of km once written (`12`, `12.3`). */
function distanceLength(tenths: number): number {
  const units = Math.floor(tenths / 10);
  return digitCount(units) + (tenths % 10 === 0 ? 0 : 2);
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
