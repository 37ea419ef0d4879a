import { describe, expect, expectTypeOf, it } from 'vitest';
import { getStep, requireStep, stepPath, steps, type StepId } from '@/machines/wizard-graph';

/**
 * `StepId` is derived from the machine's states, so a misspelt step id is a compile error in the
 * pages and tests that use it. `tsc --noEmit` (npm run check) is the judge here: each
 * `@ts-expect-error` below fails the type check if the line after it compiles.
 */
describe('step ids are typed from the machine', () => {
  it('rejects a misspelt step id at compile time', () => {
    // @ts-expect-error 'xm.frozenAcount' is not a state of the machine
    const typo: StepId = 'xm.frozenAcount';
    // @ts-expect-error the ids are case-sensitive: the state is `lost2fa`
    expect(() => requireStep('bitmex.lost2FA')).toThrow(/Unknown step/);
    expect(getStep(typo)).toBeUndefined();
  });

  it('accepts every state of the machine and nothing wider than them', () => {
    expectTypeOf<'xm.frozenAccount'>().toExtend<StepId>();
    expectTypeOf<'start'>().toExtend<StepId>();
    expectTypeOf<string>().not.toExtend<StepId>();
    expect(stepPath('ja', 'xm.frozenAccount')).toBe('/ja/xm/frozen-account');
  });

  it('has one id per step of the machine', () => {
    const ids: StepId[] = steps.map((step) => step.id);
    expect(new Set(ids).size).toBe(steps.length);
  });
});
