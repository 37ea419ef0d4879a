import { ImageResponse } from 'next/og';
import { locales } from '@/lib/i18n';

/**
 * The link-preview picture of every page of a locale (the page's own title and description come
 * with it), drawn once at build time for each real locale. A plain route rather than the
 * `opengraph-image` file convention: that one draws (and writes to disk) a new picture for any
 * path, `/zz123/opengraph-image` included; here any other locale is a 404 that writes nothing.
 * Latin text only: the image renderer has no Japanese font offline.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export function GET() {
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          padding: 80,
          background: '#194d9b',
          color: '#ffffff',
          fontSize: 64,
          fontWeight: 700,
        }}
      >
        <div style={{ display: 'flex', fontSize: 36, opacity: 0.85 }}>XM · MT4/MT5 · BitMEX</div>
        <div style={{ display: 'flex', marginTop: 24 }}>Can&apos;t log in?</div>
        <div style={{ display: 'flex', marginTop: 12, fontSize: 44, fontWeight: 400 }}>Find the cause and the fix, step by step.</div>
      </div>
    ),
    { width: 1200, height: 630 },
  );
}
