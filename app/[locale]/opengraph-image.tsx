import { ImageResponse } from 'next/og';
import { locales } from '@/lib/i18n';

export const alt = 'XM · MT4/MT5 · BitMEX: login trouble diagnosis';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

/**
 * The link-preview picture shared by every page (the page's own title and description come with
 * it). Latin text only: the image renderer has no Japanese font offline.
 */
export default function OpengraphImage() {
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
    size,
  );
}

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}
