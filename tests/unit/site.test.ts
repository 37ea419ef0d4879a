import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { missingSiteUrlWarning, parseSiteUrl } from '@/lib/site';

describe('SITE_URL', () => {
  it('unset or blank means no public address', () => {
    expect(parseSiteUrl(undefined)).toBeNull();
    expect(parseSiteUrl('  ')).toBeNull();
  });

  it.each([
    ['https://example.com', 'https://example.com'],
    ['https://example.com/', 'https://example.com'],
    ['HTTPS://Example.COM:443', 'https://example.com'],
    ['http://127.0.0.1:3000', 'http://127.0.0.1:3000'],
  ])('%s is the origin %s', (value, origin) => {
    expect(parseSiteUrl(value)).toBe(origin);
  });

  it.each(['example.com', 'ftp://example.com', 'https://example.com/app', 'https://example.com/?x=1', 'https://user:pw@example.com', 'javascript:alert(1)'])(
    '%s stops the build',
    (value) => {
      expect(() => parseSiteUrl(value)).toThrow(/SITE_URL/);
    },
  );
});

describe('a production build without SITE_URL', () => {
  const saved = process.env.SITE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
    vi.restoreAllMocks();
  });

  it('says loudly that links will carry no address', async () => {
    delete process.env.SITE_URL;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { default: config } = await import('@/next.config');
    config(PHASE_PRODUCTION_BUILD);
    expect(warn).toHaveBeenCalledWith(missingSiteUrlWarning);
    expect(missingSiteUrlWarning).toMatch(/SITE_URL is not set/);
  });

  it('is quiet with SITE_URL, and in development', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { default: config } = await import('@/next.config');
    process.env.SITE_URL = 'https://example.com';
    config(PHASE_PRODUCTION_BUILD);
    delete process.env.SITE_URL;
    config(PHASE_DEVELOPMENT_SERVER);
    expect(warn).not.toHaveBeenCalled();
  });

  it('stops on a SITE_URL that is no origin', async () => {
    const { default: config } = await import('@/next.config');
    process.env.SITE_URL = 'example.com';
    expect(() => config(PHASE_PRODUCTION_BUILD)).toThrow(/SITE_URL/);
  });
});
