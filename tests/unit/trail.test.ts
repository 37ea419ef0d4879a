import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { readTrail, trailHref, walkTrail, type TrailTable } from '@/lib/trail';
import { loginWizardMachine } from '@/machines/login-wizard';
import { flowTable, flowTableFor, replay } from '@/machines/wizard-graph';

const query = (href: string) => new URLSearchParams(href.includes('?') ? href.slice(href.indexOf('?')) : '');
const tokensOf = (path: { steps: { event: { type: string } }[] }) => path.steps.slice(1).map((s) => s.event.type.replace('answer.', ''));

describe('answer lists in share links', () => {
  it('walk the flow table exactly as the machine does, for every shortest path', () => {
    for (const path of getShortestPaths(loginWizardMachine)) {
      const tokens = tokensOf(path);
      expect(walkTrail(flowTable, tokens).at).toBe(replay(tokens).at);
    }
  });

  it('round-trip: the link written for a path reads back as the same answers and step', () => {
    for (const path of getShortestPaths(loginWizardMachine)) {
      const tokens = tokensOf(path);
      const at = replay(tokens).at;
      const href = trailHref(flowTable, 'ja', at, tokens);
      const trail = readTrail(flowTable, query(href));
      expect(trail.entries.map((e) => e.token)).toEqual(tokens);
      expect(trail.at).toBe(at);
      expect(trail.complete).toBe(true);
    }
  });

  it('round-trip from a step opened by a support link', () => {
    const href = trailHref(flowTable, 'en', 'xm.dataCap', ['notFixed', 'notFixed'], 'xm.publicWifi');
    expect(href).toBe('/en/xm/data-cap?a=notFixed.notFixed&from=xm/public-wifi');
    const trail = readTrail(flowTable, query(href));
    expect(trail.origin).toBe('xm.publicWifi');
    expect(trail.at).toBe('xm.dataCap');
    expect(trail.complete).toBe(true);
  });

  it('writes no query when there are no answers', () => {
    expect(trailHref(flowTable, 'ja', 'xm.frozenAccount')).toBe('/ja/xm/frozen-account');
  });

  it('tampering: keeps the answers before the first it cannot read', () => {
    const trail = readTrail(flowTable, new URLSearchParams('a=xm.invalidAccount.banana.no'));
    expect(trail.entries.map((e) => e.token)).toEqual(['xm', 'invalidAccount']);
    expect(trail.at).toBe('xm.checkCredentials');
    expect(trail.complete).toBe(false);
  });

  it('tampering: an unknown origin step means no answers, marked incomplete', () => {
    const trail = readTrail(flowTable, new URLSearchParams('a=notFixed&from=xm/nowhere'));
    expect(trail.entries).toEqual([]);
    expect(trail.complete).toBe(false);
  });

  it.each([[''], ['.'], ['..'], ['%%%'], ['<script>alert(1)</script>'], ['a'.repeat(500)], [Array(200).fill('xm').join('.')], ['xm.__proto__'], ['constructor']])(
    'tampering: %j never throws and yields at most one answer',
    (raw) => {
      const trail = readTrail(flowTable, new URLSearchParams({ a: raw }));
      expect(trail.entries.length).toBeLessThanOrEqual(1);
    },
  );

  it('old versions: a renamed step in `from` is followed through the redirect table', () => {
    const trail = readTrail(flowTable, new URLSearchParams('a=notFixed&from=xm/forgot-password'));
    expect(trail.origin).toBe('xm.resetPassword');
    expect(trail.at).toBe('xm.contactSupport');
  });

  it('old versions: a trail through a removed step is read as far as it is valid', () => {
    // Before issue 9: XM → "login refused" → 90 days idle → no money left (frozen account).
    const trail = readTrail(flowTable, new URLSearchParams('a=xm.rejected.no.no'));
    expect(trail.entries.map((e) => e.token)).toEqual(['xm']);
    expect(trail.at).toBe('xm.symptom');
    expect(trail.complete).toBe(false);
  });

  it('old versions: a trail that is still valid replays to the same step', () => {
    const trail = readTrail(flowTable, new URLSearchParams('a=bitmex.forgotPassword'));
    expect(trail.at).toBe('bitmex.resetPassword');
    expect(trail.complete).toBe(true);
  });

  it('old versions: a renamed answer token is read as its new name', () => {
    const table: TrailTable = {
      start: 'q',
      steps: { q: { segments: [], next: { yes: 'r' } }, r: { segments: ['r'], next: {} } },
      answerAliases: { ok: 'yes' },
    };
    expect(readTrail(table, new URLSearchParams('a=ok')).at).toBe('r');
  });
});

describe("a page's part of the flow table", () => {
  it('reads every shortest-path trail to its step exactly as the full table does', () => {
    for (const path of getShortestPaths(loginWizardMachine)) {
      const tokens = tokensOf(path);
      const at = replay(tokens).at;
      const href = trailHref(flowTable, 'ja', at, tokens);
      expect(readTrail(flowTableFor(at), query(href))).toEqual(readTrail(flowTable, query(href)));
    }
  });
});
