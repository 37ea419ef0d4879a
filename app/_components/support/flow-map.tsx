import { getMessages } from '@/content';
import type { Locale } from '@/lib/i18n';
import { buildFlowMap, type FlowMap as FlowMapData, type FlowMapNode } from '@/lib/flow-map';
import { fill } from '@/lib/template';
import type { StepKind } from '@/machines/login-wizard';
import { requireStep, serviceOf, startStepId, stepPath, steps, type StepId } from '@/machines/wizard-graph';
import { PageHeading } from '@/app/_components/shared/page-heading';

/** Colours per kind (the kind is also written in the box and shown by its shape: never colour alone). */
const kindClasses: Record<StepKind, { shape: string; text: string }> = {
  question: { shape: 'fill-brand-50 stroke-brand-700', text: 'fill-brand-800' },
  remedy: { shape: 'fill-warn-50 stroke-warn-700', text: 'fill-warn-700' },
  contact: { shape: 'fill-danger-50 stroke-danger-700', text: 'fill-danger-700' },
  solved: { shape: 'fill-ok-50 stroke-ok-700', text: 'fill-ok-700' },
};
const kinds = Object.keys(kindClasses) as StepKind[];

/**
 * The flow map of the whole machine (lib/flow-map.ts lays it out): an SVG drawn on the server,
 * every box a link to its step, in a region that scrolls (keyboard too) at the drawing's natural
 * size, followed by a text version. `notes` adds lines to boxes (the insights page's numbers).
 * `asPage`: the map is the page (its heading is the page's h1).
 */
export function FlowMap({
  locale,
  notes,
  id = 'flow-map',
  heading,
  intro,
  asPage = false,
}: {
  locale: Locale;
  notes?: Partial<Record<StepId, readonly string[]>>;
  id?: string;
  heading?: string;
  intro?: string;
  asPage?: boolean;
}) {
  const { ui, flowMap: text, support, steps: texts } = getMessages(locale);
  const shortOf = (stepId: StepId) => texts[requireStep(stepId).meta.content].short;
  const map = buildFlowMap({
    steps: steps.map((s) => ({ id: s.id, kind: s.meta.kind, answers: s.answers })),
    start: startStepId,
    bandOf: (stepId) => serviceOf(stepId) ?? 'general',
    labelOf: shortOf,
    hrefOf: (stepId) => stepPath(locale, stepId),
    notesOf: notes ? (stepId) => notes[stepId] ?? [] : undefined,
  });
  const answerLabel = (stepId: StepId, token: string): string => {
    const step = requireStep(stepId);
    if (step.meta.kind === 'remedy') return token === 'fixed' ? ui.answerFixed : ui.answerNotFixed;
    return (texts[step.meta.content].answers as Record<string, string> | undefined)?.[token] ?? token;
  };
  const bandName = (band: string) => support.services[band as keyof typeof support.services] ?? band;
  /** One level below the map's heading (h1 on its own page, h2 inside another page). */
  const Subheading = asPage ? 'h2' : 'h3';
  const arrow = `${id}-arrow`;
  const arrowSolved = `${id}-arrow-solved`;

  return (
    <section aria-labelledby={`${id}-heading`} className="grid gap-3">
      {asPage ? (
        <PageHeading id={`${id}-heading`}>{heading ?? text.heading}</PageHeading>
      ) : (
        <h2 id={`${id}-heading`} className="text-xl font-bold">
          {heading ?? text.heading}
        </h2>
      )}
      <p className="text-sm text-calm-600">{intro ?? text.intro}</p>

      <div className="grid gap-1 text-sm">
        <Subheading className="font-semibold">{text.legendHeading}</Subheading>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {kinds.map((kind) => (
            <li key={kind} className="flex items-center gap-2">
              <svg width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" focusable="false">
                <NodeShape kind={kind} x={1} y={1} width={26} height={16} />
              </svg>
              {ui.stepKind[kind]}
            </li>
          ))}
          <li className="flex items-center gap-2">
            <svg width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" focusable="false">
              <path d="M1 9H27" className="fill-none stroke-ok-700" strokeWidth={1.5} strokeDasharray="4 3" />
            </svg>
            {text.legendSolvedEdge}
          </li>
        </ul>
      </div>

      <div role="region" aria-label={text.regionLabel} tabIndex={0} className="max-h-[80vh] overflow-auto rounded-xl border border-calm-100 bg-white">
        <svg
          width={map.width}
          height={map.height}
          viewBox={`0 0 ${map.width} ${map.height}`}
          aria-labelledby={`${id}-title`}
          className="block max-w-none"
          data-flow-map
        >
          <title id={`${id}-title`}>{text.title}</title>
          <defs>
            <marker id={arrow} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0 0L10 5L0 10z" className="fill-calm-600" />
            </marker>
            <marker id={arrowSolved} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0 0L10 5L0 10z" className="fill-ok-700" />
            </marker>
          </defs>
          {map.bands.map((band) => (
            <text key={band.band} x={16} y={band.y + 16} className="fill-calm-600 text-sm font-semibold">
              {bandName(band.band)}
            </text>
          ))}
          <g aria-hidden="true">
            {map.edges.map((edge) => {
              const toSolved = requireStep(edge.to).meta.kind === 'solved';
              return (
                <path
                  key={`${edge.from}-${edge.token}`}
                  d={edge.d}
                  className={toSolved ? 'fill-none stroke-ok-700' : 'fill-none stroke-calm-600'}
                  strokeOpacity={toSolved ? 0.35 : 0.7}
                  strokeWidth={1.25}
                  strokeDasharray={toSolved ? '4 3' : undefined}
                  markerEnd={`url(#${toSolved ? arrowSolved : arrow})`}
                  data-edge={`${edge.from} ${edge.token} ${edge.to}`}
                />
              );
            })}
          </g>
          {map.nodes.map((node) => (
            <MapNode key={node.id} node={node} map={map} kindLabel={ui.stepKind[node.kind]} />
          ))}
        </svg>
      </div>

      <details className="rounded-xl bg-white p-3 text-sm shadow-sm">
        <summary className="min-h-11 cursor-pointer py-2 font-semibold">{text.textVersion}</summary>
        {map.bands.map((band) => (
          <div key={band.band} className="mt-3 grid gap-2">
            <Subheading className="font-semibold">{bandName(band.band)}</Subheading>
            <ul className="grid gap-2">
              {map.nodes
                .filter((n) => n.band === band.band)
                .map((node) => (
                  <li key={node.id} data-flow-text={node.id}>
                    <a href={node.href} className="font-medium text-brand-800 underline underline-offset-2">
                      {node.label}
                    </a>{' '}
                    <span className="text-calm-600">({ui.stepKind[node.kind]})</span>
                    {node.notes.length > 0 && <span className="block text-calm-800">{notes?.[node.id]?.join(' · ')}</span>}
                    {requireStep(node.id).answers.length > 0 && (
                      <ul className="ml-4 list-disc pl-4">
                        {requireStep(node.id).answers.map((a) => (
                          <li key={a.token}>{fill(text.leadsTo, { answer: answerLabel(node.id, a.token), target: shortOf(a.target) })}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </details>
    </section>
  );
}

function MapNode({ node, map, kindLabel }: { node: FlowMapNode<StepId, StepKind>; map: FlowMapData<StepId, StepKind>; kindLabel: string }) {
  const { fontSize, lineHeight, padding } = map;
  const textX = node.x + padding + (node.kind === 'question' ? 6 : 0);
  const firstLine = node.y + padding + fontSize;
  const name = [`${kindLabel}: ${node.label}`, ...node.notes].join(' — ');
  return (
    <a href={node.href} aria-label={name} className="group" data-flow-node={node.id}>
      <NodeShape kind={node.kind} x={node.x} y={node.y} width={node.width} height={node.height} />
      <text x={textX} y={firstLine} fontSize={fontSize} className={`${kindClasses[node.kind].text} font-bold`}>
        {kindLabel}
      </text>
      <text x={textX} y={firstLine + lineHeight} fontSize={fontSize} className="fill-calm-800 group-hover:underline">
        {node.labelLines.map((line, i) => (
          <tspan key={i} x={textX} dy={i === 0 ? 0 : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
      {node.notes.length > 0 && (
        <text x={textX} y={firstLine + lineHeight * (1 + node.labelLines.length)} fontSize={fontSize} className="fill-calm-800 font-semibold">
          {node.notes.map((line, i) => (
            <tspan key={i} x={textX} dy={i === 0 ? 0 : lineHeight}>
              {line}
            </tspan>
          ))}
        </text>
      )}
    </a>
  );
}

/** The shape says the kind too: question hexagon, remedy rounded box, contact double box, solved pill. */
function NodeShape({ kind, x, y, width, height }: { kind: StepKind; x: number; y: number; width: number; height: number }) {
  const cls = `${kindClasses[kind].shape} group-focus-visible:stroke-brand-600 group-focus-visible:stroke-3 group-hover:stroke-2`;
  if (kind === 'question') {
    const tip = Math.min(10, width / 4);
    const points = [
      [x + tip, y],
      [x + width - tip, y],
      [x + width, y + height / 2],
      [x + width - tip, y + height],
      [x + tip, y + height],
      [x, y + height / 2],
    ]
      .map((p) => p.join(','))
      .join(' ');
    return <polygon points={points} className={cls} strokeWidth={1.5} />;
  }
  if (kind === 'contact') {
    const inset = Math.min(3, height / 6);
    return (
      <>
        <rect x={x} y={y} width={width} height={height} className={cls} strokeWidth={1.5} />
        <rect x={x + inset} y={y + inset} width={width - 2 * inset} height={height - 2 * inset} className={`fill-none ${kindClasses[kind].shape}`} strokeWidth={1} />
      </>
    );
  }
  const radius = kind === 'solved' ? Math.min(height / 2, 20) : Math.min(6, height / 4);
  return <rect x={x} y={y} width={width} height={height} rx={radius} className={cls} strokeWidth={1.5} />;
}
