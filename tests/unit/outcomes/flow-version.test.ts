import { describe, expect, it } from 'vitest';
import { computeFlowVersion, flowVersion } from '@/lib/outcomes/flow-version';
import { steps } from '@/machines/wizard-graph';

const shape = steps.map((s) => ({ id: s.id, meta: { kind: s.meta.kind, content: s.meta.content }, answers: s.answers.map((a) => ({ token: a.token, target: a.target })) }));

describe('the flow version', () => {
  it("is 12 hex characters of a hash over the machine's structure", () => {
    expect(flowVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(computeFlowVersion(shape)).toBe(flowVersion);
  });

  it('does not depend on the order steps and answers are declared in', () => {
    const shuffled = [...shape].reverse().map((s) => ({ ...s, answers: [...s.answers].reverse() }));
    expect(computeFlowVersion(shuffled)).toBe(flowVersion);
  });

  it('does not change when only the words (content keys) change', () => {
    expect(computeFlowVersion(shape.map((s) => ({ ...s, meta: { ...s.meta, content: 'renamed' } })))).toBe(flowVersion);
  });

  it('changes when a transition leads elsewhere', () => {
    const edited = shape.map((s) => (s.id === 'xm.frozenAccount' ? { ...s, answers: s.answers.map((a) => (a.token === 'notFixed' ? { ...a, target: 'xm.serverNotice' } : a)) } : s));
    expect(computeFlowVersion(edited)).not.toBe(flowVersion);
  });

  it('changes when a step is added, removed or changes kind', () => {
    const added = { id: 'xm.newStep', meta: { kind: 'remedy', content: 'x' }, answers: [] };
    expect(computeFlowVersion([...shape, added])).not.toBe(flowVersion);
    expect(computeFlowVersion(shape.slice(1))).not.toBe(flowVersion);
    expect(computeFlowVersion(shape.map((s) => (s.id === 'xm.frozenAccount' ? { ...s, meta: { ...s.meta, kind: 'question' } } : s)))).not.toBe(flowVersion);
  });
});
