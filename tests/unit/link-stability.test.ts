import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sitePages } from '@/lib/directory';
import { isLocale } from '@/lib/i18n';
import { stepRedirects } from '@/machines/step-redirects';
import { getStep, resolvePath } from '@/machines/wizard-graph';

const published = readFileSync(new URL('../published-urls.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

function resolves(path: string): boolean {
  const [, locale, ...segments] = path.split('/');
  if (!isLocale(locale)) return false;
  if (resolvePath(segments)) return true;
  return segments.length === 1 && sitePages().some((p) => p.path === path);
}

describe('published links', () => {
  it('every published URL is still a page or redirects to one', () => {
    const broken = published.filter((path) => !resolves(path));
    expect(broken, 'add a redirect in machines/step-redirects.ts for each').toEqual([]);
  });

  it('every page of the site is in the published list (append the missing lines)', () => {
    const missing = sitePages().map((p) => p.path).filter((path) => !published.includes(path));
    expect(missing, 'append these to tests/published-urls.txt').toEqual([]);
  });

  it('every redirect points at a step that exists and is not itself a step', () => {
    for (const [from, to] of Object.entries(stepRedirects)) {
      expect(getStep(to), from).toBeDefined();
      expect(resolvePath(from.split('/')), from).toEqual({ step: getStep(to), redirected: true });
    }
  });
});
