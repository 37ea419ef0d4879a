import { ImageResponse } from 'next/og';

export const dynamic = 'force-static';
export const dynamicParams = false;

const sizes = [192, 512] as const;

export function generateStaticParams() {
  return sizes.map((size) => ({ size: String(size) }));
}

/** PNG app icons for the web app manifest (a padlock with a tick, as app/icon.svg). */
export async function GET(_request: Request, { params }: RouteContext<'/icons/[size]'>) {
  const size = Number((await params).size);
  const unit = size / 64;
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#194d9b' }}>
        <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
          <div
            style={{
              width: 16 * unit,
              height: 12 * unit,
              border: `${5 * unit}px solid #ffffff`,
              borderBottom: 'none',
              borderRadius: `${8 * unit}px ${8 * unit}px 0 0`,
            }}
          />
          <div style={{ width: 28 * unit, height: 22 * unit, background: '#ffffff', borderRadius: 4 * unit }} />
        </div>
      </div>
    ),
    { width: size, height: size },
  );
}
