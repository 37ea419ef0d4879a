import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { contentKeys, loginWizardMachine } from '@/machines/login-wizard';
import { replay, startStepId, steps, resolvePath, stepPath } from '@/machines/wizard-graph';

const ids = steps.map((s) => s.id);

function reachableFromStart(): Set<string> {
  const seen = new Set([startStepId]);
  const queue = [startStepId];
  while (queue.length) {
    const id = queue.shift();
    const step = steps.find((s) => s.id === id)!;
    for (const answer of step.answers) {
      if (!seen.has(answer.target)) {
        seen.add(answer.target);
        queue.push(answer.target);
      }
    }
  }
  return seen;
}

describe('the login wizard machine', () => {
  it('starts at the service question', () => {
    expect(startStepId).toBe('start');
    expect(steps.find((s) => s.id === 'start')!.meta.kind).toBe('question');
  });

  it('reaches every step from the start', () => {
    expect([...reachableFromStart()].sort()).toEqual([...ids].sort());
  });

  it('has the same reachable states for xstate/graph as for the derived step list', () => {
    const paths = getShortestPaths(loginWizardMachine);
    const graphIds = new Set(paths.map((p) => replay(p.steps.slice(1).map((s) => s.event.type.replace('answer.', ''))).at));
    expect([...graphIds].sort()).toEqual([...ids].sort());
  });

  it('has no dead ends: every step but the final ones offers an answer', () => {
    for (const step of steps) {
      const final = step.meta.kind === 'contact' || step.meta.kind === 'solved';
      expect(step.answers.length > 0, step.id).toBe(!final);
    }
  });

  it('ends every remedy with "Did this fix it?": fixed → solved, not fixed → elsewhere', () => {
    for (const step of steps.filter((s) => s.meta.kind === 'remedy')) {
      const tokens = step.answers.map((a) => a.token).sort();
      expect(tokens, step.id).toEqual(['fixed', 'notFixed']);
      const fixed = step.answers.find((a) => a.token === 'fixed')!;
      expect(steps.find((s) => s.id === fixed.target)!.meta.kind, step.id).toBe('solved');
    }
  });

  it('has no cycles at all, so every answer list is finite', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (id: string): void => {
      expect(visiting.has(id), `cycle through ${id}`).toBe(false);
      if (done.has(id)) return;
      visiting.add(id);
      for (const a of steps.find((s) => s.id === id)!.answers) visit(a.target);
      visiting.delete(id);
      done.add(id);
    };
    visit(startStepId);
  });

  it('gives every step a content key from the declared list', () => {
    const used = new Set(steps.map((s) => s.meta.content));
    for (const key of used) expect(contentKeys).toContain(key);
    for (const key of contentKeys) expect(used.has(key), `${key} is declared but unused`).toBe(true);
  });

  it('shows the safety box (official site, never send secrets) on every password-reset and contact step', () => {
    for (const step of steps.filter((s) => s.meta.kind === 'contact' || s.meta.content.endsWith('ResetPassword'))) {
      expect(step.meta.safety, step.id).toBe(true);
    }
  });

  it('gives every contact step a message template', () => {
    for (const step of steps.filter((s) => s.meta.kind === 'contact')) {
      expect(step.meta.message, step.id).toBeDefined();
    }
  });
});

describe('step URLs', () => {
  it('gives every step a unique, readable path', () => {
    const paths = steps.map((s) => stepPath('ja', s.id));
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of paths) expect(p).toMatch(/^\/ja(\/[a-z0-9-]+)*$/);
  });

  it('uses the locale root for the start and region/kebab-case for the others', () => {
    expect(stepPath('en', 'start')).toBe('/en');
    expect(stepPath('ja', 'xm.symptom')).toBe('/ja/xm');
    expect(stepPath('ja', 'xm.frozenAccount')).toBe('/ja/xm/frozen-account');
    expect(stepPath('ja', 'bitmex.lost2fa')).toBe('/ja/bitmex/lost2fa');
  });

  it('maps every path back to its step', () => {
    for (const step of steps) expect(resolvePath(step.segments)).toEqual({ step, redirected: false });
    expect(resolvePath(['xm', 'no-such-step'])).toBeUndefined();
  });
});

describe('observations on steps', () => {
  it('suggests, when offline, only an answer the step really offers', () => {
    for (const step of steps.filter((s) => s.meta.suggestWhenOffline)) {
      expect(step.answers.map((a) => a.token), step.id).toContain(step.meta.suggestWhenOffline);
      expect(step.meta.checks, step.id).toContain('connection');
    }
  });

  it('checks the device clock on the 2FA-code and password-reset steps of both services', () => {
    for (const id of ['xm.resetPassword', 'xm.fixClock', 'bitmex.resetPassword', 'bitmex.fixClock']) {
      expect(steps.find((s) => s.id === id)!.meta.checks, id).toContain('clock');
    }
  });

  it('does not check the clock for someone who lost the phone that makes the codes', () => {
    for (const id of ['xm.twoFactorReset', 'bitmex.lost2fa']) {
      expect(steps.find((s) => s.id === id)!.meta.checks ?? [], id).not.toContain('clock');
    }
  });

  it('checks the browser on the "403 Forbidden" steps', () => {
    for (const id of ['xm.switchBrowser', 'bitmex.switchBrowser']) {
      expect(steps.find((s) => s.id === id)!.meta.checks, id).toContain('browser');
    }
  });
});
