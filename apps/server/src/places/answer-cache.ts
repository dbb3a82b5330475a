// A bounded least-recently-used cache of answers that depend only on their key and on static data: the places
// autocomplete (the commune and postal-code files never change while a process runs). People type the same
// beginnings — « pa », « 750 », « toul » — so most suggestions are served as JSON written once, without sorting
// hundreds of communes and running the response serialiser again (issue 13: the autocomplete answered at about
// a tenth of a bare server's speed). Bounded so that odd queries cannot grow the process: a few MB at most.

export class AnswerCache {
  // A Map iterates in insertion order: the first key is the least recently used one.
  private readonly answers = new Map<string, string>();

  constructor(
    private readonly capacity: number,
    private readonly compute: (key: string) => string,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError('capacity must be a positive integer');
  }

  get size(): number {
    return this.answers.size;
  }

  get(key: string): string {
    const known = this.answers.get(key);
    if (known !== undefined) {
      this.answers.delete(key);
      this.answers.set(key, known);
      return known;
    }
    const answer = this.compute(key);
    if (this.answers.size >= this.capacity) {
      const oldest = this.answers.keys().next();
      if (oldest.done !== true) this.answers.delete(oldest.value);
    }
    this.answers.set(key, answer);
    return answer;
  }
}
