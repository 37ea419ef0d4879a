// @ts-check
// Load: autocannon (programmatic API), 50 connections for 10 s against `next start`, with
// `accept-encoding: gzip` like a browser, after a 3 s warm-up run that is not counted (a fresh
// server is much slower for its first seconds). Errors = non-2xx responses + connection errors +
// timeouts (autocannon's `errors` already includes its `timeouts`: they are counted once).
// The load generator runs on the same 2-core machine as the server, so requests/s is a floor.
import autocannon from 'autocannon';
import { get } from './server.mjs';

/** @param {{ url: string, connections?: number, durationSeconds?: number }} o */
export async function loadTest({ url, connections = 50, durationSeconds = 10 }) {
  const probe = await get(url, { 'accept-encoding': 'gzip' });
  await autocannon({ url, connections, duration: 3, headers: { 'accept-encoding': 'gzip' }, timeout: 10 });
  const result = await autocannon({
    url,
    connections,
    duration: durationSeconds,
    headers: { 'accept-encoding': 'gzip' },
    timeout: 10,
  });
  const non2xx = result.non2xx ?? 0;
  return {
    url: new URL(url).pathname,
    probeStatus: probe.status,
    probeEncoding: probe.headers['content-encoding'] ?? 'identity',
    connections,
    durationSeconds,
    requestsPerSecond: { mean: result.requests.average, p50: result.requests.p50, min: result.requests.min },
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: result.latency.average },
    throughputBytesPerSecond: result.throughput.average,
    totalRequests: result.requests.total,
    status: { '2xx': result['2xx'], '3xx': result['3xx'], '4xx': result['4xx'], '5xx': result['5xx'] },
    non2xx,
    socketErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    errors: non2xx + result.errors,
  };
}
