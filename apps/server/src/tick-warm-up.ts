// process.nextTick optimised before the app is built (issue 13). Measured with callgrind on the compiled server
// (docs/reliability.md): in 5 of 6 processes started without this, V8 later ran nextTick's tick-object literal
// (`{ [async_id_symbol]: …, [trigger_async_id_symbol]: …, callback, args }`) through the runtime — a call to
// Runtime_DefineKeyedOwnPropertyInLiteral and a map migration each time — on each of the ~30 ticks a request
// schedules in Node's streams: ≈ 35 k instructions per request, a sixth of a search by coordinates. Called this
// hot first, with one callback and one shape of arguments, nextTick is optimised with the literal's fast path
// and keeps it (8 processes of 8). It takes a few milliseconds, once per process.
const ROUNDS = 50;
const TICKS_PER_ROUND = 2_000;

let warmedUp: Promise<void> | undefined;

function noop(): void {}

async function callNextTickHot(): Promise<void> {
  for (let round = 0; round < ROUNDS; round += 1) {
    await new Promise<void>((resolve) => {
      for (let tick = 0; tick < TICKS_PER_ROUND; tick += 1) process.nextTick(noop);
      process.nextTick(resolve);
    });
  }
}

/** Resolves once nextTick has been called hot; the work is done once per process. */
export function warmUpNextTick(): Promise<void> {
  warmedUp ??= callNextTickHot();
  return warmedUp;
}
