'use client';

import { levelScale, zoneOf, type ChartPoint, type PositionResult, type ZoneLevels } from '@/lib/calculator/compute';
import type { PositionView } from '@/lib/calculator/model';
import { fill } from '@/lib/calculator/format';
import { useCalculator } from './context';
import { ZONE_FILL } from './level-gauge';

const W = 360;
const H = 250;
const PAD = { left: 46, right: 10, top: 16, bottom: 34 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

/**
 * Margin level against price for a long and a short position (hand-written SVG). The vertical
 * axis gives every zone the same height (see levelScale); the text alternative lists the prices.
 */
export function MarginChart({
  result,
  series,
  entry,
  levels,
  decimals,
  summary,
}: {
  result: PositionResult;
  /** The curves (lib/calculator/model: PositionView.chart). */
  series: PositionView['chart'];
  entry: number;
  levels: ZoneLevels;
  decimals: number;
  /** Text alternative: what the chart shows, with its prices. */
  summary: string;
}) {
  const { text, fmt } = useCalculator();
  const t = text.position.chart;
  if (!series) return <p className="text-sm text-calm-800">{t.none}</p>;

  const { ticks, position } = levelScale(levels);
  const x = (price: number) => PAD.left + ((price - series.from) / (series.to - series.from)) * PLOT_W;
  const y = (level: number) => PAD.top + (1 - position(level)) * PLOT_H;
  const path = (points: ChartPoint[]) =>
    points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${x(p.price).toFixed(1)} ${y(p.level).toFixed(1)}`).join(' ');

  const longStop = result.stopOut.longStopOutPrice;
  const shortStop = result.stopOut.shortStopOutPrice;
  const priceTicks = [
    { price: longStop, label: fmt.price(longStop, decimals, 'ceil'), anchor: 'middle' as const },
    { price: entry, label: fmt.price(entry, decimals), anchor: 'middle' as const },
    { price: shortStop, label: fmt.price(shortStop, decimals, 'floor'), anchor: 'middle' as const },
  ];
  const lines = [
    { level: levels.marginCall, label: fill(t.marginCallLine, { level: fmt.level(levels.marginCall) }), className: 'stroke-warn-700' },
    { level: levels.stopOut, label: fill(t.stopOutLine, { level: fmt.level(levels.stopOut) }), className: 'stroke-danger-700' },
  ];

  return (
    <figure className="grid gap-2">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="calc-chart-title calc-chart-desc" className="h-auto w-full max-w-xl">
        <title id="calc-chart-title">{t.title}</title>
        <desc id="calc-chart-desc">{summary}</desc>
        <defs>
          <clipPath id="calc-chart-plot">
            <rect x={PAD.left} y={PAD.top} width={PLOT_W} height={PLOT_H} />
          </clipPath>
        </defs>
        {ticks.slice(0, -1).map((from, i) => {
          const to = ticks[i + 1]!;
          return (
            <rect
              key={from}
              x={PAD.left}
              y={y(to)}
              width={PLOT_W}
              height={y(from) - y(to)}
              className={ZONE_FILL[zoneOf((from + to) / 2, levels)]}
              opacity={0.18}
            />
          );
        })}
        {ticks.slice(0, -1).map((tick) => (
          <text key={tick} x={PAD.left - 4} y={y(tick) + 3.5} textAnchor="end" fontSize={10} className="fill-calm-800">
            {fmt.level(tick)}
          </text>
        ))}
        {lines.map((line) => (
          <g key={line.label}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(line.level)} y2={y(line.level)} className={line.className} strokeWidth={1.5} strokeDasharray="5 3" />
            <text x={x(entry) + 5} y={y(line.level) - 4} textAnchor="start" fontSize={10} fontWeight={600} className="fill-calm-800">
              {line.label}
            </text>
          </g>
        ))}
        <line x1={x(entry)} x2={x(entry)} y1={PAD.top} y2={PAD.top + PLOT_H} className="stroke-calm-600" strokeDasharray="2 3" />
        <text x={x(entry)} y={PAD.top - 5} textAnchor="middle" fontSize={10} className="fill-calm-800">
          {t.entry}
        </text>
        <g clipPath="url(#calc-chart-plot)" fill="none">
          <path d={path(series.long)} className="stroke-brand-700" strokeWidth={2.5} />
          <path d={path(series.short)} className="stroke-warn-700" strokeWidth={2.5} strokeDasharray="7 4" />
        </g>
        <circle cx={x(longStop)} cy={y(levels.stopOut)} r={4} className="fill-brand-700 stroke-white" />
        <circle cx={x(shortStop)} cy={y(levels.stopOut)} r={4} className="fill-warn-700 stroke-white" />
        <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + PLOT_H} y2={PAD.top + PLOT_H} className="stroke-calm-600" />
        {priceTicks.map((tick) => (
          <g key={`${tick.price}-${tick.label}`}>
            <line x1={x(tick.price)} x2={x(tick.price)} y1={PAD.top + PLOT_H} y2={PAD.top + PLOT_H + 4} className="stroke-calm-600" />
            <text x={x(tick.price)} y={PAD.top + PLOT_H + 15} textAnchor={tick.anchor} fontSize={10} className="fill-calm-800">
              {tick.label}
            </text>
          </g>
        ))}
        <text x={PAD.left + PLOT_W / 2} y={H - 3} textAnchor="middle" fontSize={10} className="fill-calm-600">
          {t.priceAxis}
        </text>
      </svg>
      <figcaption className="grid gap-1 text-sm">
        <span className="flex flex-wrap gap-x-4 gap-y-1">
          <span className="inline-flex items-center gap-2">
            <svg width="28" height="8" aria-hidden="true">
              <line x1="0" x2="28" y1="4" y2="4" className="stroke-brand-700" strokeWidth={2.5} />
            </svg>
            {text.common.long}
          </span>
          <span className="inline-flex items-center gap-2">
            <svg width="28" height="8" aria-hidden="true">
              <line x1="0" x2="28" y1="4" y2="4" className="stroke-warn-700" strokeWidth={2.5} strokeDasharray="7 4" />
            </svg>
            {text.common.short}
          </span>
        </span>
        <span className="text-calm-600">
          {t.levelAxis}: {t.scaleNote}
        </span>
      </figcaption>
    </figure>
  );
}
