import { describe, expect, it } from 'vitest';
import { en } from '@/content/en';
import { ja } from '@/content/ja';
import type { Messages } from '@/content/schema';
import { sources } from '@/content/sources';
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

  it('puts every answer of a grouped question in exactly one group', () => {
    for (const step of steps.filter((s) => messages.steps[s.meta.content].answerGroups)) {
      const grouped = messages.steps[step.meta.content].answerGroups!.flatMap((g) => g.answers);
      expect([...grouped].sort(), step.id).toEqual(step.answers.map((a) => a.token).sort());
    }
  });

  it('says what happens next on every remedy and contact step', () => {
    for (const step of steps.filter((s) => s.meta.kind === 'remedy' || s.meta.kind === 'contact')) {
      expect(messages.steps[step.meta.content].next?.trim(), step.id).toBeTruthy();
    }
  });

  it('names every source a step or notice relies on, with a grade the page can word', () => {
    const used = [...Object.values(messages.steps).flatMap((t) => t.sources ?? []), ...Object.values(messages.notices).flatMap((n) => n.sources ?? [])];
    for (const id of used) {
      expect(messages.sources.names[id], id).toBeTruthy();
      expect(messages.sources[sources[id].grade], id).toContain('{date}');
    }
  });

  it('never asks for a secret in a support message, and says so', () => {
    for (const [id, template] of Object.entries(messages.messages)) {
      expect(template.body, id).not.toMatch(/\[(your )?(password|2fa code|recovery code)\]|［(パスワード|認証コード|リカバリーコード)］/i);
    }
    for (const id of ['xmGeneral', 'xmLoginIdRequest', 'xmTwoFactorReset', 'bitmexGeneral', 'bitmexLost2fa'] as const) {
      expect(messages.messages[id].body, id).toMatch(/password|パスワード/i);
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

  it('write Japanese with one word per concept: とき for "when", スマホ, 二段階認証（2FA）', () => {
    for (const [path, value] of strings(ja)) {
      expect(value, path).not.toMatch(/[るたいないだ]時[、にはもの]|スマートフォン|認証アプリ（2FA）/);
    }
  });

  it('are really translated: the Japanese step titles contain Japanese', () => {
    for (const key of contentKeys) expect(ja.steps[key].title, key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
