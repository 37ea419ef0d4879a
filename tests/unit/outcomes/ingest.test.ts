import { describe, expect, it } from 'vitest';
import type { OutcomeEvent } from '@/lib/outcomes/events';
import { ingest, MAX_BODY_BYTES, methodNotAllowed } from '@/lib/outcomes/ingest';
import { createRateLimiter } from '@/lib/outcomes/rate-limit';
import type { RecordResult } from '@/lib/outcomes/recorder';
import type { Env } from '@/lib/outcomes/store';

const answer = { kind: 'answer', step: 'xm.frozenAccount', answer: 'fixed', next: 'xm.solved', locale: 'ja' };

function setup({ result = 'accepted' as RecordResult, limit = 0, env = {} as Env } = {}) {
  const recorded: OutcomeEvent[][] = [];
  const deps = {
    recorder: { record: (events: readonly OutcomeEvent[]) => (recorded.push([...events]), result) },
    limiter: createRateLimiter({ limit }),
    env,
  };
  const post = (body: string, headers: Record<string, string> = {}) =>
    ingest(new Request('http://127.0.0.1/api/outcomes', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } }), deps);
  return { recorded, post };
}

describe('POST /api/outcomes', () => {
  it('answers 202 and records the events of a valid batch', async () => {
    const { recorded, post } = setup();
    const response = await post(JSON.stringify({ events: [answer] }));
    expect(response.status).toBe(202);
    expect(recorded).toEqual([[answer]]);
  });

  it('answers 400 with the reason for an unknown step, recording nothing', async () => {
    const { recorded, post } = setup();
    const response = await post(JSON.stringify({ ...answer, step: 'xm.nowhere' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'event.step "xm.nowhere" is not a step of the wizard' });
    expect(recorded).toEqual([]);
  });

  it('answers 403 to a request another site made the browser send, recording nothing', async () => {
    const { recorded, post } = setup();
    const response = await post(JSON.stringify({ events: [answer] }), { 'sec-fetch-site': 'cross-site' });
    expect(response.status).toBe(403);
    expect(recorded).toEqual([]);
  });

  it('accepts a request from the site itself (Sec-Fetch-Site: same-origin)', async () => {
    const { recorded, post } = setup();
    const response = await post(JSON.stringify({ events: [answer] }), { 'sec-fetch-site': 'same-origin' });
    expect(response.status).toBe(202);
    expect(recorded).toEqual([[answer]]);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const { post } = setup();
    const response = await post('kind=view');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'The body is not JSON: send { "events": [ … ] }' });
  });

  it(`answers 413 for a body over ${MAX_BODY_BYTES} bytes, declared or actual`, async () => {
    const { recorded, post } = setup();
    const big = JSON.stringify({ events: [answer], pad: 'x'.repeat(MAX_BODY_BYTES) });
    expect((await post(big)).status).toBe(413);
    const chunked = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const deps = { recorder: { record: () => 'accepted' as const }, limiter: createRateLimiter({ limit: 0 }), env: {} };
    const streamed = await ingest(new Request('http://127.0.0.1/api/outcomes', { method: 'POST', body: chunked, duplex: 'half' } as RequestInit), deps);
    expect(streamed.status).toBe(413);
    expect(recorded).toEqual([]);
  });

  it('answers 429 with Retry-After past the limit of one address, and counts other addresses apart', async () => {
    const { post } = setup({ limit: 2 });
    const from = (ip: string) => post(JSON.stringify(answer), { 'x-forwarded-for': ip });
    expect([(await from('192.0.2.1')).status, (await from('192.0.2.1')).status]).toEqual([202, 202]);
    const refused = await from('192.0.2.1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await from('192.0.2.2')).status).toBe(202);
  });

  it('answers 503 with Retry-After while the database is down', async () => {
    const { post } = setup({ result: 'unavailable' });
    const response = await post(JSON.stringify(answer));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
  });

  it('answers 204 and records nothing for DNT: 1, Sec-GPC: 1 and OUTCOMES=off', async () => {
    for (const [headers, env] of [[{ dnt: '1' }, {}], [{ 'sec-gpc': '1' }, {}], [{}, { OUTCOMES: 'off' }]] as const) {
      const { recorded, post } = setup({ env });
      expect((await post(JSON.stringify(answer), headers)).status).toBe(204);
      expect(recorded).toEqual([]);
    }
  });

  it('answers 405 with Allow: POST to any other method', async () => {
    const response = methodNotAllowed();
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});
