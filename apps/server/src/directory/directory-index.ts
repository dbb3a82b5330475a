// The open directory in memory (ADR 0006): columns over the structures (points, filters, declared intake), a
// grid of 0.1° cells for the exact nearest search (nearest-search.ts), and each structure's JSON written once
// (UTF-8, json-pieces.ts) when the index is built. An index never changes: a new directory version builds a new index
// (live-directory.ts), so a search never sees half an update.
import { PUBLICS, STRUCTURE_TYPES, StructureSchema } from '@oz/contracts';
import type { Coverage, Place, Public, Structure, StructureType } from '@oz/contracts';
import { cosOfLatitude } from '@oz/core';
import type { LatLon } from '@oz/core';
import { placeJson } from '../places/search-place.js';
import { CoverageTally } from './coverage.js';
import { assembleAnswer, structurePieces } from './json-pieces.js';
import type { JsonPieces } from './json-pieces.js';
import { arrangeByCell, hitsOf, nearestHits, permuted } from './nearest-search.js';
import type { ArrangedColumns, DirectoryHit, HitList } from './nearest-search.js';

export type { DirectoryHit } from './nearest-search.js';

export interface DirectoryQuery {
  center: LatLon;
  types?: readonly StructureType[] | undefined;
  publicServed?: Public | undefined;
  limit: number;
}

const TYPE_BIT = new Map<StructureType, number>(STRUCTURE_TYPES.map((type, index) => [type, 1 << index]));
const PUBLIC_BIT = new Map<Public, number>(PUBLICS.map((value, index) => [value, 1 << index]));
const bitOf = <T>(bits: Map<T, number>, value: T): number => bits.get(value) ?? 0;

/** Collects structures page by page (the rebuild yields between pages), then freezes them into an index. */
export class DirectoryIndexBuilder {
  readonly ids: string[] = [];
  readonly openJson: string[] = [];
  readonly latitudes: number[] = [];
  readonly longitudes: number[] = [];
  readonly typeBits: number[] = [];
  readonly publicBits: number[] = [];
  readonly acceptingNewPeople: (boolean | null)[] = [];
  readonly coverage = new CoverageTally();

  add(structures: readonly Structure[]): this {
    for (const structure of structures) {
      this.ids.push(structure.id);
      this.openJson.push(JSON.stringify(structure).slice(0, -1));
      this.latitudes.push(structure.latitude);
      this.longitudes.push(structure.longitude);
      this.typeBits.push(bitOf(TYPE_BIT, structure.type));
      this.publicBits.push(structure.publics.reduce((bits, value) => bits | bitOf(PUBLIC_BIT, value), 0));
      this.acceptingNewPeople.push(structure.acceptingNewPeople);
      this.coverage.add(structure);
    }
    return this;
  }

  /** @param version the directory version the structures were read at (live-directory.ts). */
  build(version: number): DirectoryIndex {
    return new DirectoryIndex(this, version);
  }
}

export class DirectoryIndex {
  readonly coverage: Coverage;
  readonly size: number;
  private readonly arranged: ArrangedColumns;
  /** Each structure's JSON without its closing brace, so a distance can be appended without re-serialising. */
  private readonly openJson: JsonPieces;
  private readonly positions = new Map<string, number>();
  /** Positions in the order the structures were given (the snapshot's order). */
  private readonly givenOrder: Int32Array;
  /** The end of every search answer: the structures' list closed, then the coverage. */
  private readonly answerTail: Buffer;

  /** The open structures, in the order the snapshot lists them. */
  static of(structures: readonly Structure[], version: number): DirectoryIndex {
    return new DirectoryIndexBuilder().add(structures).build(version);
  }

  constructor(
    parts: DirectoryIndexBuilder,
    readonly version: number,
  ) {
    this.size = parts.ids.length;
    const latitudes = Float64Array.from(parts.latitudes);
    // Stored cell by cell (nearest-search.ts): `givenOrder` keeps the order the structures were given in.
    this.arranged = arrangeByCell({
      size: this.size,
      ids: parts.ids,
      latitudes,
      longitudes: Float64Array.from(parts.longitudes),
      cosLatitudes: latitudes.map(cosOfLatitude),
      typeBits: Uint8Array.from(parts.typeBits),
      publicBits: Uint8Array.from(parts.publicBits),
      acceptingNewPeople: parts.acceptingNewPeople,
    });
    const { order } = this.arranged;
    this.openJson = structurePieces(permuted(parts.openJson, order));
    this.givenOrder = new Int32Array(this.size);
    order.forEach((input, position) => (this.givenOrder[input] = position));
    this.arranged.columns.ids.forEach((id, position) => this.positions.set(id, position));
    this.coverage = parts.coverage.result();
    this.answerTail = Buffer.from(`],"coverage":${JSON.stringify(this.coverage)}}`);
  }

  /** The `limit` nearest matching structures in orientation order (rank, then distance, then id). */
  nearest(query: DirectoryQuery): DirectoryHit[] {
    return hitsOf(this.hits(query));
  }

  /** `GET /api/structures`: the whole answer as UTF-8 JSON, copied from the pieces encoded at build time. */
  searchBody(place: Place, query: DirectoryQuery): Buffer {
    const head = `{"place":${placeJson(place)},"structures":[`;
    return assembleAnswer(head, this.openJson, this.hits(query), this.answerTail);
  }

  /** The search's result as columns, valid until the next search (top-hits.ts). */
  private hits(query: DirectoryQuery): HitList {
    return nearestHits(this.arranged, query.center, {
      typeMask: (query.types ?? []).reduce((bits, type) => bits | bitOf(TYPE_BIT, type), 0),
      publicMask: query.publicServed === undefined ? 0 : bitOf(PUBLIC_BIT, query.publicServed),
      limit: query.limit,
    });
  }

  /** One open structure's JSON, or undefined. */
  structureJson(id: string): string | undefined {
    const position = this.positions.get(id);
    return position === undefined ? undefined : `${this.openJson.text(position)}}`;
  }

  /** Every open structure as a JSON array, in the order given at build time (the snapshot). */
  structuresJson(): string {
    return `[${Array.from(this.givenOrder, (position) => `${this.openJson.text(position)}}`).join(',')}]`;
  }

  /** A structure as an object again (tests, and callers that need one rather than JSON). */
  structureAt(position: number): Structure {
    return StructureSchema.parse(JSON.parse(`${this.openJson.text(position)}}`));
  }
}
