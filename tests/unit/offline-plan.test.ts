import { describe, expect, it } from 'vitest';
import { offlinePlan, pagesToKeep, prefetchesRemedies, startsOnDemand } from '@/lib/offline-plan';

describe('how much the offline worker keeps', () => {
  it.each([
    [{ saveData: true, effectiveType: '4g', type: 'wifi' }, 'visited'],
    [{ effectiveType: 'slow-2g' }, 'visited'],
    [{ effectiveType: '2g', type: 'wifi' }, 'visited'],
    [{ effectiveType: '3g' }, 'visited'],
    [{ effectiveType: '4g', type: 'cellular' }, 'own'],
    [{ effectiveType: '4g', type: 'bluetooth' }, 'own'],
    [{ type: 'wifi' }, 'own'],
    [undefined, 'own'],
    [{ effectiveType: '4g' }, 'all'],
    [{ effectiveType: '4g', type: 'wifi' }, 'all'],
    [{ effectiveType: '4g', type: 'ethernet' }, 'all'],
  ] as const)('%j → %s', (connection, plan) => {
    expect(offlinePlan(connection)).toBe(plan);
  });
});

describe('which pages, in which order', () => {
  const pages = ['/ja', '/en', '/ja/xm', '/en/xm', '/ja/bitmex', '/ja/xm/frozen-account', '/ja/support'];
  const services = ['xm', 'bitmex'];

  it('on Save-Data or a slow connection, nothing in the background', () => {
    expect(pagesToKeep(pages, '/ja/xm', 'visited', services)).toEqual([]);
  });

  it('own: the visitor’s service in their language, and the pages of no service', () => {
    expect(pagesToKeep(pages, '/ja/xm', 'own', services)).toEqual(['/ja', '/ja/xm/frozen-account', '/ja/support']);
  });

  it('own, on the start page: every step in the visitor’s language', () => {
    expect(pagesToKeep(pages, '/ja', 'own', services)).toEqual(['/ja/xm', '/ja/bitmex', '/ja/xm/frozen-account', '/ja/support']);
  });

  it('all: the own pages first, then the rest; the current page never (it is kept from what the browser has)', () => {
    expect(pagesToKeep(pages, '/ja/xm', 'all', services)).toEqual(['/ja', '/ja/xm/frozen-account', '/ja/support', '/en', '/en/xm', '/ja/bitmex']);
  });

  it('an unknown current page keeps nothing', () => {
    expect(pagesToKeep(pages, '/ja/nowhere', 'all', services)).toEqual([]);
  });
});

describe('when the worker starts', () => {
  it.each([
    [{ saveData: true, effectiveType: '4g' }, true],
    [{ saveData: false, effectiveType: '2g' }, false],
    [{ effectiveType: '4g' }, false],
    [undefined, false],
  ] as const)('%j → waits for the visitor: %s', (connection, onDemand) => {
    expect(startsOnDemand(connection)).toBe(onDemand);
  });
});

describe('whether answers prefetch the remedies they lead to', () => {
  it.each([
    [{ saveData: true, effectiveType: '4g' }, false],
    [{ saveData: false, effectiveType: '2g' }, true],
    [{ effectiveType: '4g', type: 'cellular' }, true],
    [undefined, true],
  ] as const)('%j → prefetched whole: %s', (connection, whole) => {
    expect(prefetchesRemedies(connection)).toBe(whole);
  });
});
