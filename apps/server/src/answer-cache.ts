// A bounded least-recently-used cache of answers that depend only on their key and on data that does not change
// under it: the places autocomplete (the commune and postal-code files never change while a process runs) and
// directory searches by place, for one directory index (a new index starts a new cache). People type the same
// beginnings — « pa », « 750 », « toul » — and search the same postal codes, so most such answers are served as
// JSON written once, kept as UTF-8 bytes (issue 13: the autocomplete answered at about a tenth of a bare server's speed). Bounded so
// that odd queries cannot grow the process: a few MB at most. Searches by coordinates are not cached: positions
// hardly ever repeat.

export class AnswerCache<Answer = string> {
  // A Map iterates in insertion order: the first key is the least recently used one.
  private readonly answers = new Map<string, Answer>();

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError('capacity must be a positive integer');
  }

  get size(): number {
    return this.answers.size;
  }

  /** The answer kept for `key`, or `compute()`'s, then kept (a thrown error is not kept). */
  get(key: string, compute: () => Answer): Answer {
    const known = this.answers.get(key);
    if (known !== undefined) {
      this.answers.delete(key);
      this.answers.set(key, known);
      return known;
    }
    const answer = compute();
    if (this.answers.size >= this.capacity) {
      const oldest = this.answers.keys().next();
      if (oldest.done !== true) this.answers.delete(oldest.value);
    }
    this.answers.set(key, answer);
    return answer;
  }
}
