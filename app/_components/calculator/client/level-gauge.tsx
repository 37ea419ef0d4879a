'use client';

import { levelScale, zoneOf, type ZoneId, type ZoneLevels } from '@/lib/calculator/compute';

/** Fill of each zone in pictures of margin level (colour is never the only cue: zones are also named). */
export const ZONE_FILL: Record<ZoneId, string> = {
  long: 'fill-ok-700',
  short: 'fill-ok-700/60',
  addFunds: 'fill-warn-600/35',
  withdrawBlocked: 'fill-warn-600/70',
  marginCall: 'fill-danger-700/55',
  stopOut: 'fill-danger-700',
  zeroCut: 'fill-calm-800',
};

const X0 = 8;
const WIDTH = 304;

/**
 * Margin level as a bar of zones with a marker. Zone boundaries are evenly spaced (see
 * levelScale), so the 20% and 50% bands are as visible as the 1000% one.
 */
export function LevelGauge({
  level,
  levels,
  title,
  desc,
  formatTick,
}: {
  level: number | null;
  levels: ZoneLevels;
  title: string;
  desc: string;
  formatTick: (value: number) => string;
}) {
  const { ticks, position } = levelScale(levels);
  const bands = ticks.slice(0, -1).map((from, i) => {
    const to = ticks[i + 1]!;
    return { from, to, zone: zoneOf((from + to) / 2, levels) };
  });
  const x = (value: number) => X0 + position(value) * WIDTH;
  const marker = level === null ? null : x(level);
  return (
    <svg viewBox="0 0 320 58" role="img" aria-labelledby="calc-gauge-title calc-gauge-desc" className="h-auto w-full max-w-xl">
      <title id="calc-gauge-title">{title}</title>
      <desc id="calc-gauge-desc">{desc}</desc>
      {bands.map((band) => (
        <rect key={band.from} x={x(band.from)} y={12} width={x(band.to) - x(band.from)} height={18} className={ZONE_FILL[band.zone]} />
      ))}
      {ticks.slice(0, -1).map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={30} y2={35} className="stroke-calm-600" strokeWidth={1} />
          <text x={x(tick)} y={47} textAnchor={tick === 0 ? 'start' : 'middle'} className="fill-calm-800" fontSize={9.5}>
            {formatTick(tick)}
          </text>
        </g>
      ))}
      {marker === null ? null : (
        <g>
          <line x1={marker} x2={marker} y1={6} y2={34} className="stroke-calm-800" strokeWidth={2.5} />
          <path d={`M ${marker - 6} 1 L ${marker + 6} 1 L ${marker} 9 Z`} className="fill-calm-800" />
        </g>
      )}
    </svg>
  );
}
