// Load measurement shared by the suites: bounded autocannon runs on loopback, and "ratio to a ceiling"
// comparisons where the ceiling (a bare server answering the very same bytes) and Oz are measured alternately
// in the same run, so machine load (2 shared cores, other work) weighs on both alike. Two ratios are kept:
// throughput (requests/s, what the issue asks) and CPU time per request (the servers' own CPU, steadier when
// other work competes for the cores). Measured, never asserted.
import autocannon from 'autocannon';

export const CONNECTIONS = Number(process.env.OZ_BENCH_CONNECTIONS ?? 50);
export const SECONDS = Number(process.env.OZ_BENCH_HTTP_SECONDS ?? 4);
export const ROUNDS = Number(process.env.OZ_BENCH_ROUNDS ?? 5);

/** One bounded autocannon run; `requests` are cycled by every connection. */
export async function load(server, requests, { connections = CONNECTIONS, seconds = SECONDS, headers } = {}) {
  const cpuBefore = await server.cpuMicros();
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections,
    duration: seconds,
    requests,
    ...(headers === undefined ? {} : { headers }),
  });
  const cpu = (await server.cpuMicros()) - cpuBefore;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    requests: result.requests.total,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    cpuMicrosPerRequest: Math.round(cpu / Math.max(1, result.requests.total)),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/**
 * Oz against its ceiling, alternately (ceiling, Oz, ceiling, Oz…): each round gives one ratio of throughputs and
 * one of CPU time per request. Reported: the median round of each, and every round so stability can be judged.
 */
export async function compare(label, { ceiling, oz, ceilingRequests, ozRequests, log, headers }) {
  const rounds = [];
  // Warm-up of both (JIT, caches), not counted.
  await load(ceiling, ceilingRequests, { seconds: 2, headers });
  await load(oz, ozRequests, { seconds: 2, headers });
  for (let round = 0; round < ROUNDS; round += 1) {
    const top = await load(ceiling, ceilingRequests, { headers });
    const ours = await load(oz, ozRequests, { headers });
    rounds.push({
      ceiling: top,
      oz: ours,
      ratio: round2(ours.requestsPerSecond / Math.max(1, top.requestsPerSecond)),
      cpuRatio: round2(top.cpuMicrosPerRequest / Math.max(1, ours.cpuMicrosPerRequest)),
    });
    log?.(
      `  ${label} ${round + 1}/${ROUNDS}: ceiling ${top.requestsPerSecond} req/s p99 ${top.latencyP99Ms} ms ` +
        `${top.cpuMicrosPerRequest} µs CPU/req; oz ${ours.requestsPerSecond} req/s p99 ${ours.latencyP99Ms} ms ` +
        `${ours.cpuMicrosPerRequest} µs CPU/req → ${pct(rounds.at(-1).ratio)} (CPU ${pct(rounds.at(-1).cpuRatio)})`,
    );
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ozRuns = rounds.map((round) => round.oz);
  return {
    connections: CONNECTIONS,
    secondsPerRun: SECONDS,
    rounds: ROUNDS,
    ratio: median(rounds.map((round) => round.ratio)),
    ratios: rounds.map((round) => round.ratio),
    cpuRatio: median(rounds.map((round) => round.cpuRatio)),
    cpuRatios: rounds.map((round) => round.cpuRatio),
    ozRequestsPerSecond: median(ozRuns.map((run) => run.requestsPerSecond)),
    ozLatencyP50Ms: median(ozRuns.map((run) => run.latencyP50Ms)),
    ozLatencyP99Ms: median(ozRuns.map((run) => run.latencyP99Ms)),
    ozLatencyP99MsByRound: ozRuns.map((run) => run.latencyP99Ms),
    ozCpuMicrosPerRequest: median(ozRuns.map((run) => run.cpuMicrosPerRequest)),
    ceilingRequestsPerSecond: median(rounds.map((round) => round.ceiling.requestsPerSecond)),
    ceilingLatencyP99Ms: median(rounds.map((round) => round.ceiling.latencyP99Ms)),
    ceilingCpuMicrosPerRequest: median(rounds.map((round) => round.ceiling.cpuMicrosPerRequest)),
    ozNon2xx: ozRuns.reduce((sum, run) => sum + run.non2xx, 0),
    ozErrors: ozRuns.reduce((sum, run) => sum + run.errors + run.timeouts, 0),
  };
}

const pct = (ratio) => `${Math.round(ratio * 100)} %`;

export function round2(value) {
  return Math.round(value * 100) / 100;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
