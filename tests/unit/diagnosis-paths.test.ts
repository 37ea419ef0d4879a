import { describe, expect, it } from 'vitest';
import { allPaths, assumptionsOf, contradicted, notEstablished } from '@/machines/diagnosis-paths';
import { facts } from '@/machines/login-wizard';
import { requireStep, steps } from '@/machines/wizard-graph';

/**
 * What a step's words take for granted is data in the machine (`assumes`, `requires`, and the
 * assumptions of its browser checks), and so is what each answer tells us (`establishes`).
 * These tests walk every path from the start.
 */
const { paths, impossible } = allPaths();

describe('every path through the diagnosis', () => {
  it('is walked: there are paths, and every step is on one', () => {
    const visited = new Set(paths.flatMap((path) => path.map((p) => p.step)));
    expect(paths.length).toBeGreaterThan(100);
    expect([...visited].sort()).toEqual(steps.map((s) => s.id).sort());
  });

  it('ends at a solved or a contact step: no dead end, no loop', () => {
    for (const path of paths) {
      const last = requireStep(path.at(-1)!.step);
      expect(['solved', 'contact'], path.map((p) => p.step).join(' → ')).toContain(last.meta.kind);
      expect(new Set(path.map((p) => p.step)).size, 'a step visited twice').toBe(path.length);
    }
  });

  it('never reaches a step whose assumptions the answers contradicted', () => {
    const violations = paths.flatMap((path) =>
      path
        .map((at) => ({ at, broken: contradicted(assumptionsOf(requireStep(at.step)), at.known) }))
        .filter((v) => v.broken.length)
        .map((v) => `${path.map((p) => `${p.step}${p.token ? `[${p.token}]` : ''}`).join(' → ')}: ${v.at.step} assumes ${v.broken.join(', ')}`),
    );
    expect(violations).toEqual([]);
  });

  it('reaches a step that requires a fact only after an answer established it (frozen: only when the message was seen)', () => {
    const violations = paths.flatMap((path) =>
      path
        .filter((at) => notEstablished(requireStep(at.step).meta.requires ?? {}, at.known).length)
        .map((at) => `${path.map((p) => p.step).join(' → ')}: ${at.step}`),
    );
    expect(violations).toEqual([]);
    expect(requireStep('xm.frozenAccount').meta.requires).toEqual({ frozenMessageSeen: true });
  });

  it('never leaves a user without an answer that agrees with what they already said', () => {
    for (const { step, path } of impossible) {
      const consistent = requireStep(step).answers.filter(
        (a) => !contradicted(requireStep(step).meta.establishes?.[a.token] ?? {}, path.at(-1)!.known).length,
      );
      expect(consistent.length, `${path.map((p) => p.step).join(' → ')}`).toBeGreaterThan(0);
    }
  });
});

describe('the facts in the machine', () => {
  it('are established only by answers the step really offers', () => {
    for (const step of steps) {
      const tokens = step.answers.map((a) => a.token);
      for (const token of Object.keys(step.meta.establishes ?? {})) expect(tokens, step.id).toContain(token);
    }
  });

  it('name only known facts', () => {
    for (const step of steps) {
      const named = [
        ...Object.keys(step.meta.assumes ?? {}),
        ...Object.keys(step.meta.requires ?? {}),
        ...Object.values(step.meta.establishes ?? {}).flatMap((f) => Object.keys(f ?? {})),
      ];
      for (const fact of named) expect(facts, step.id).toContain(fact);
    }
  });

  it.each([
    ['a step that assumes other sites open, after "other sites don’t open either"', 'xm.siteUnreachable', 'otherSitesOpen'],
    ['BitMEX "server down" after "other sites don’t open either"', 'bitmex.serverDown', 'otherSitesOpen'],
    ['a step that needs the member page, after "I can’t open it"', 'xm.dormantAccount', 'memberPageOpens'],
    ['the clock check, after "I lost the phone that makes the codes"', 'xm.fixClock', 'authenticatorAtHand'],
  ] as const)('declares what it takes for granted: %s', (_name, id, fact) => {
    expect(Object.keys(assumptionsOf(requireStep(id)))).toContain(fact);
  });
});
