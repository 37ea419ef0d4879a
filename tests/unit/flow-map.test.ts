import { describe, expect, test } from 'vitest';
import { en } from '@/content/en';
import { ja } from '@/content/ja';
import { buildFlowMap, columnsOf, textWidth, wrapText, type FlowMapStep } from '@/lib/flow-map';
import { locales, type Locale } from '@/lib/i18n';
import { requireStep, serviceOf, startStepId, stepPath, steps, type StepId } from '@/machines/wizard-graph';

const texts = { ja, en } as const;

function machineMap(locale: Locale, notes?: (id: StepId) => string[]) {
  return buildFlowMap({
    steps: steps.map((s) => ({ id: s.id, kind: s.meta.kind, answers: s.answers })),
    start: startStepId,
    bandOf: (id) => serviceOf(id) ?? 'general',
    labelOf: (id) => texts[locale].steps[requireStep(id).meta.content].short,
    hrefOf: (id) => stepPath(locale, id),
    notesOf: notes,
  });
}

describe('the flow map of the machine', () => {
  for (const locale of locales) {
    const map = machineMap(locale);

    test(`${locale}: every step is exactly one node, with its kind and short title`, () => {
      expect(map.nodes.map((n) => n.id).sort()).toEqual(steps.map((s) => s.id).sort());
      for (const node of map.nodes) {
        const step = requireStep(node.id);
        expect(node.kind).toBe(step.meta.kind);
        expect(node.label).toBe(texts[locale].steps[step.meta.content].short);
      }
    });

    test(`${locale}: every node links to its step's page`, () => {
      for (const node of map.nodes) expect(node.href).toBe(stepPath(locale, node.id));
    });

    test(`${locale}: every answer is exactly one edge, from its step to the machine's target`, () => {
      const expected = steps.flatMap((s) => s.answers.map((a) => `${s.id} ${a.token} ${a.target}`)).sort();
      expect(map.edges.map((e) => `${e.from} ${e.token} ${e.to}`).sort()).toEqual(expected);
    });
  }

  const map = machineMap('ja');
  const nodeOf = (id: string) => map.nodes.find((n) => n.id === id)!;

  test('every answer points to the right: its target is in a later column', () => {
    for (const edge of map.edges) expect(nodeOf(edge.to).column).toBeGreaterThan(nodeOf(edge.from).column);
  });

  test('no two nodes overlap, and all of them lie inside the drawing', () => {
    for (const a of map.nodes) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(map.width);
      expect(a.y + a.height).toBeLessThanOrEqual(map.height);
      for (const b of map.nodes) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
  });

  test('each service is a band of its own, the start first', () => {
    expect(map.bands.map((b) => b.band)).toEqual(['general', 'xm', 'bitmex']);
    for (const node of map.nodes) {
      const band = map.bands.find((b) => b.band === node.band)!;
      expect(node.band).toBe(serviceOf(node.id) ?? 'general');
      expect(node.y).toBeGreaterThanOrEqual(band.y);
      expect(node.y + node.height).toBeLessThanOrEqual(band.y + band.height);
    }
  });

  test('steps without answers (solved, contact) sit in the last column of their band', () => {
    for (const band of map.bands) {
      const inBand = map.nodes.filter((n) => n.band === band.band);
      const last = Math.max(...inBand.map((n) => n.column));
      for (const node of inBand) if (requireStep(node.id).answers.length === 0 && node.id !== startStepId) expect(node.column).toBe(last);
    }
  });

  test('every label line fits its box', () => {
    for (const node of map.nodes) {
      for (const line of node.labelLines) expect(textWidth(line) * map.fontSize).toBeLessThanOrEqual(node.width - 2 * map.padding);
    }
  });

  test('notes (the insights numbers) are added under the label of their node only', () => {
    const withNotes = machineMap('en', (id) => (id === 'xm.resetPassword' ? ['120 views', '62% fixed'] : []));
    const node = withNotes.nodes.find((n) => n.id === 'xm.resetPassword')!;
    expect(node.notes).toEqual(['120 views', '62% fixed']);
    expect(withNotes.nodes.filter((n) => n.notes.length > 0)).toHaveLength(1);
    expect(node.height).toBeGreaterThan(machineMap('en').nodes[0]!.height);
  });
});

describe('columns: the longest path from the start', () => {
  const graph = (edges: Record<string, string[]>): FlowMapStep[] =>
    Object.entries(edges).map(([id, targets]) => ({ id, kind: 'k', answers: targets.map((target, i) => ({ token: `t${i}`, target })) }));

  test.each<{ name: string; edges: Record<string, string[]>; columns: Record<string, number> }>([
    { name: 'a chain', edges: { a: ['b'], b: ['c'], c: [] }, columns: { a: 0, b: 1, c: 2 } },
    { name: 'a shortcut does not pull a step left', edges: { a: ['b', 'c'], b: ['c'], c: [] }, columns: { a: 0, b: 1, c: 2 } },
    { name: 'a loop still ends', edges: { a: ['b'], b: ['a', 'c'], c: [] }, columns: { a: 0, b: 1, c: 2 } },
    { name: 'a step nothing reaches starts a column of its own', edges: { a: ['b'], b: [], z: ['b'] }, columns: { a: 0, b: 1, z: 0 } },
  ])('$name', ({ edges, columns }) => {
    expect(Object.fromEntries(columnsOf(graph(edges), 'a'))).toEqual(columns);
  });
});

describe('wrapping labels', () => {
  test.each([
    { text: 'Reset the password', maxEm: 9, lines: ['Reset the', 'password'] },
    { text: 'short', maxEm: 9, lines: ['short'] },
    { text: 'パスワードの再設定（XM）', maxEm: 6, lines: ['パスワードの', '再設定', '（XM）'] },
    { text: '口座の状態、確認', maxEm: 3, lines: ['口座の', '状態、', '確認'] },
  ])('$text in $maxEm em', ({ text, maxEm, lines }) => {
    expect(wrapText(text, maxEm)).toEqual(lines);
  });

  test('a label longer than the lines allowed ends in an ellipsis', () => {
    const lines = wrapText('one two three four five six seven', 5, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(5);
  });

  test('full-width characters count twice the width of Latin ones', () => {
    expect(textWidth('ログイン')).toBe(4);
    expect(textWidth('login')).toBeLessThan(4);
  });
});
