import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculatorEn } from '@/content/calculator/en';
import { calculatorJa } from '@/content/calculator/ja';
import type { CalculatorMessages } from '@/content/calculator/schema';
import { strings } from './support/strings';
import { ZONE_ORDER } from '@/lib/calculator/compute';
import { ACCOUNT_TYPES, SYMBOLS } from '@/lib/margin/brokers';

const locales: [string, CalculatorMessages][] = [
  ['ja', calculatorJa],
  ['en', calculatorEn],
];


const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(locales)('calculator words (%s)', (_locale, messages) => {
  it('has no empty string and no placeholder text', () => {
    const all = strings(messages);
    expect(all.length).toBeGreaterThan(150);
    for (const [path, value] of all) {
      expect(value.trim(), path).not.toBe('');
      expect(value, path).not.toMatch(/\bTODO\b|\bTBD\b|lorem ipsum|XXX/i);
    }
  });

  it('names every symbol, account type and zone', () => {
    for (const s of SYMBOLS) expect(messages.position.symbolNames[s.id], s.id).toBeTruthy();
    for (const a of ACCOUNT_TYPES) expect(messages.position.accountTypeNames[a.id], a.id).toBeTruthy();
    for (const z of ZONE_ORDER) {
      expect(messages.health.zones[z].name, z).toBeTruthy();
      expect(messages.health.zones[z].meaning, z).toBeTruthy();
    }
  });

  it('says on the page that the spread is ignored', () => {
    expect(messages.page.spreadNote).toMatch(/spread|スプレッド/i);
  });

  it('takes broker numbers from the data, not from the words', () => {
    // Thresholds appear through placeholders so a change of terms never leaves a stale number.
    const zones = strings(messages.health.zones).map(([, v]) => v);
    for (const text of zones) expect(text).not.toMatch(/\d+\s*%/);
    expect(messages.leverage.restoreSteps.join(' ')).not.toMatch(/888|20,000/);
  });
});

describe('both languages', () => {
  it('have the same keys everywhere (and the same number of list items)', () => {
    const keys = (m: CalculatorMessages) => strings(m).map(([path]) => path).sort();
    expect(keys(calculatorEn)).toEqual(keys(calculatorJa));
  });

  it('use the same placeholders in every string', () => {
    const en = new Map(strings(calculatorEn));
    for (const [path, ja] of strings(calculatorJa)) {
      expect(placeholders(en.get(path) ?? ''), path).toEqual(placeholders(ja));
    }
  });

  it('are really translated: the Japanese words are Japanese', () => {
    for (const [path, value] of strings(calculatorJa)) {
      // Symbols and units that are the same in both languages.
      if (['common.notAvailable', 'common.pipsValue'].includes(path)) continue;
      // Kana, kanji, or full-width punctuation (Japanese typography).
      expect(value, path).toMatch(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/);
    }
  });
});

describe('client code of the calculator', () => {
  const dir = join(process.cwd(), 'app/_components/calculator/client');
  const files = readdirSync(dir).filter((f) => /\.tsx?$/.test(f));

  it('are kebab-case files', () => {
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(f).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.tsx?$/);
  });

  it('import no state machine and no words module (words arrive as props; types are erased)', () => {
    for (const f of files) {
      const source = readFileSync(join(dir, f), 'utf8');
      const imports = [...source.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)];
      for (const [, isType, from] of imports) {
        expect(from, f).not.toMatch(/^xstate|machines\//);
        if (/content\//.test(from!)) expect(isType, `${f} imports ${from} at run time`).toBeTruthy();
      }
    }
  });
});
