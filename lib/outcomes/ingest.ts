import { validateEvents } from './events';
import { clientAddress, createRateLimiter, rateLimitFromEnv, type RateLimiter } from './rate-limit';
import type { Env } from './store';
import { declinesRecording, getRecorder, recordingOff, type Recorder } from './recorder';

/**
 * `POST /api/outcomes` (app/api/outcomes/route.ts), as a function of the request so that every
 * answer is unit-tested. In order:
 * - `OUTCOMES=off`, `DNT: 1` or `Sec-GPC: 1` → 204, nothing read, nothing stored;
 * - sent by a page of another site (`Sec-Fetch-Site: cross-site`) → 403: another site cannot make
 *   its visitors' browsers post answers (browsers send the header; tools that omit it are let in);
 * - more than OUTCOMES_RATE_LIMIT requests in a minute from one address → 429 (Retry-After);
 * - a body over MAX_BODY_BYTES (declared or actual) → 413;
 * - not JSON, or an event the machine does not know → 400 `{ error }` saying what is wrong;
 * - the database down (or too far behind) → 503 (Retry-After); else 202, the events buffered.
 */
export const MAX_BODY_BYTES = 8 * 1024;
export const ALLOWED = 'POST';

export interface IngestDeps {
  recorder: Pick<Recorder, 'record'>;
  limiter: RateLimiter;
  env?: Env;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
const empty = (status: number, headers: Record<string, string> = {}) =>
  new Response(null, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

/** The body as text, or null when it is longer than `limit` bytes (reading stops there). */
async function readLimited(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function ingest(request: Request, deps: IngestDeps): Promise<Response> {
  if (recordingOff(deps.env) || declinesRecording(request.headers)) return empty(204);
  if (request.headers.get('sec-fetch-site') === 'cross-site') {
    return json(403, { error: 'Outcomes are accepted from the pages of this site only' });
  }

  const address = clientAddress(request.headers);
  if (!deps.limiter.hit(address)) {
    return json(429, { error: 'Too many requests from this address: try again later' }, { 'Retry-After': String(deps.limiter.retryAfter(address)) });
  }

  const tooLarge = () => json(413, { error: `The body is larger than ${MAX_BODY_BYTES} bytes: send fewer events per request` });
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) return tooLarge();
  let text: string | null;
  try {
    text = await readLimited(request, MAX_BODY_BYTES);
  } catch {
    return json(400, { error: 'The body could not be read' });
  }
  if (text === null) return tooLarge();

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json(400, { error: 'The body is not JSON: send { "events": [ … ] }' });
  }
  const result = validateEvents(body);
  if (!result.ok) return json(400, { error: result.error });

  const recorded = deps.recorder.record(result.events);
  if (recorded === 'unavailable') return json(503, { error: 'Outcomes cannot be stored right now: try again later' }, { 'Retry-After': '5' });
  if (recorded === 'off') return empty(204);
  return empty(202);
}

/** Any other method: 405 with the one that is allowed. */
export function methodNotAllowed(): Response {
  return json(405, { error: 'Use POST to send outcomes' }, { Allow: ALLOWED });
}

const LIMITER_KEY = Symbol.for('login-help.outcomes.rate-limiter');
type Holder = { [LIMITER_KEY]?: { limit: number; limiter: RateLimiter } };

/** The process-wide limiter for OUTCOMES_RATE_LIMIT (made again if the setting changes). */
export function getRateLimiter(env: Env = process.env): RateLimiter {
  const holder = globalThis as Holder;
  const limit = rateLimitFromEnv(env);
  if (holder[LIMITER_KEY]?.limit !== limit) holder[LIMITER_KEY] = { limit, limiter: createRateLimiter({ limit }) };
  return holder[LIMITER_KEY].limiter;
}

export function defaultIngestDeps(): IngestDeps {
  return { recorder: getRecorder(), limiter: getRateLimiter() };
}
