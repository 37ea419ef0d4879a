import { describe, expect, it } from 'vitest';
import { en } from '@/content/en';
import { ja } from '@/content/ja';
import type { Messages } from '@/content/schema';
import { strings } from './support/strings';
import { contentKeys } from '@/machines/login-wizard';
import { steps } from '@/machines/wizard-graph';

const locales: [string, Messages][] = [
  ['ja', ja],
  ['en', en],
];


describe.each(locales)('content (%s)', (_locale, messages) => {
  it('has text for every step of the machine', () => {
    for (const step of steps) {
      const text = messages.steps[step.meta.content];
      expect(text, step.id).toBeDefined();
      expect(text.title.trim(), step.id).not.toBe('');
      expect(text.description.trim(), step.id).not.toBe('');
      expect(text.short.trim(), step.id).not.toBe('');
    }
  });

  it('has no text for content keys the machine does not know', () => {
    expect(Object.keys(messages.steps).sort()).toEqual([...contentKeys].sort());
  });

  it('labels exactly the answers each question accepts', () => {
    for (const step of steps.filter((s) => s.meta.kind === 'question')) {
      const labels = messages.steps[step.meta.content].answers ?? {};
      expect(Object.keys(labels).sort(), step.id).toEqual(step.answers.map((a) => a.token).sort());
    }
  });

  it('gives every remedy a numbered procedure', () => {
    for (const step of steps.filter((s) => s.meta.kind === 'remedy')) {
      expect(messages.steps[step.meta.content].procedure?.length, step.id).toBeGreaterThan(0);
    }
  });

  it('warns that a frozen account is gone for good', () => {
    expect(messages.steps.xmFrozenAccount.warning).toBeTruthy();
  });

  it('gives every contact message the tried list and the link placeholders', () => {
    for (const step of steps.filter((s) => s.meta.kind === 'contact')) {
      const template = messages.messages[step.meta.message!];
      expect(template.body, step.id).toContain('{tried}');
      expect(template.body, step.id).toContain('{link}');
      expect(template.subject.trim(), step.id).not.toBe('');
    }
  });

  it('asks BitMEX support about a lost 2FA device with the expected subject', () => {
    expect(messages.messages.bitmexLost2fa.subject).toBe('Lost 2FA device');
    expect(messages.messages.bitmexLost2fa.prepare?.length).toBeGreaterThan(0);
  });

  it('ships no empty string and no placeholder text', () => {
    for (const [path, value] of strings(messages)) {
      expect(value.trim(), path).not.toBe('');
      expect(value, path).not.toMatch(/\bTODO\b|\bTBD\b|lorem ipsum|XXX/i);
    }
  });
});

describe('both languages', () => {
  it('have the same keys everywhere', () => {
    const keys = (m: Messages) => strings(m).map(([path]) => path.replace(/\[\d+\]/g, '[]')).filter((p, i, all) => all.indexOf(p) === i).sort();
    expect(keys(en)).toEqual(keys(ja));
  });

  it('are really translated: the Japanese step titles contain Japanese', () => {
    for (const key of contentKeys) expect(ja.steps[key].title, key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
