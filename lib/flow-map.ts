/**
 * The flow map: the whole machine laid out as a diagram (pure; drawn as SVG by
 * app/_components/support/flow-map.tsx, on the server). No words of its own: every label is
 * passed in.
 *
 * Layout (a small layered drawing, see docs/decisions/011-flow-map-and-insights.md):
 * - one band per service (the start alone first), stacked top to bottom;
 * - columns: the longest path from the start (so every answer points to the right); steps with
 *   no answers (solved, contact) all sit in their band's last column;
 * - rows: within a column, steps ordered by the mean row of the steps that lead to them
 *   (a few sweeps), which keeps most lines short and uncrossed;
 * - every answer is one edge, a curve from the right side of its step to the left side of its
 *   target.
 */

export interface FlowMapStep<Id extends string = string, Kind extends string = string> {
  id: Id;
  kind: Kind;
  answers: readonly { token: string; target: Id }[];
}

export interface FlowMapOptions<Id extends string, Kind extends string> {
  steps: readonly FlowMapStep<Id, Kind>[];
  start: Id;
  /** The band a step belongs to (e.g. its service); the start's band is drawn first. */
  bandOf: (id: Id) => string;
  /** The text inside a step's node (e.g. its short title). */
  labelOf: (id: Id) => string;
  /** Where the node links to (the step's page). */
  hrefOf: (id: Id) => string;
  /** Extra lines under the label (e.g. traffic and fix rates on the insights page). */
  notesOf?: (id: Id) => readonly string[];
  /** Node width in px; lines are wrapped to fit. */
  nodeWidth?: number;
  fontSize?: number;
  /** The most lines of label a node shows (the rest is cut with "…"; the full label is the link's title). */
  maxLabelLines?: number;
}

export interface FlowMapNode<Id extends string = string, Kind extends string = string> {
  id: Id;
  kind: Kind;
  band: string;
  href: string;
  label: string;
  labelLines: string[];
  notes: string[];
  column: number;
  row: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FlowMapEdge<Id extends string = string> {
  from: Id;
  to: Id;
  token: string;
  /** SVG path data of the curve (ends at the target's left side, where the arrow head sits). */
  d: string;
}

export interface FlowMapBand {
  band: string;
  y: number;
  height: number;
}

export interface FlowMap<Id extends string = string, Kind extends string = string> {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  padding: number;
  nodes: FlowMapNode<Id, Kind>[];
  edges: FlowMapEdge<Id>[];
  bands: FlowMapBand[];
}

const PADDING = 16;
const COLUMN_GAP = 64;
const ROW_GAP = 14;
const BAND_GAP = 28;
const BAND_LABEL = 24;
const NODE_PADDING = 8;

/** Width of one character in em: full-width (CJK, kana, full-width forms) 1, others ~0.6. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80 && code <= 0x9fff) return 1;
  if (code >= 0xac00 && code <= 0xd7a3) return 1;
  if (code >= 0xf900 && code <= 0xfaff) return 1;
  if (code >= 0xff00 && code <= 0xff60) return 1;
  if (code >= 0xffe0 && code <= 0xffe6) return 1;
  if (/[ilj.,:;'|!()[\]]/.test(ch)) return 0.35;
  if (/[mwMW@]/.test(ch)) return 0.9;
  if (/[A-Z0-9]/.test(ch)) return 0.68;
  return 0.56;
}

export function textWidth(text: string): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em;
}

/** Characters a line must not start with (Japanese line-breaking rules, kinsoku). */
const noLineStart = /^[、。，．）」』】〕：；？！ー・ぁぃぅぇぉっゃゅょァィゥェォッャュョ)\]}.,:;!?]/;
/** …nor end with an opening bracket. */
const noLineEnd = /[（「『【〔(\[]$/;

/**
 * Breaks text into lines no wider than `maxEm`: between words for spaced text, between
 * characters for Japanese (never before closing brackets and punctuation). At most `maxLines`
 * lines; a cut last line ends in "…".
 */
export function wrapText(text: string, maxEm: number, maxLines = Infinity): string[] {
  const tokens: string[] = [];
  for (const part of text.split(/(\s+)/)) {
    if (!part) continue;
    if (/^\s+$/.test(part)) tokens.push(' ');
    else if ([...part].some((c) => charWidth(c) === 1)) {
      for (const ch of part) {
        const last = tokens.length - 1;
        // Keep closing punctuation with what it closes; keep runs of Latin letters together.
        if (last >= 0 && tokens[last] !== ' ' && (noLineStart.test(ch) || noLineEnd.test(tokens[last]!) || (/[\w/]/.test(ch) && /[\w/]$/.test(tokens[last]!)))) tokens[last] += ch;
        else tokens.push(ch);
      }
    } else tokens.push(part);
  }

  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (token === ' ') {
      if (line) line += ' ';
      continue;
    }
    if (line && textWidth(line + token) > maxEm) {
      lines.push(line.trimEnd());
      line = token;
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());

  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && textWidth(`${last}…`) > maxEm) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/**
 * Each step's column: its longest distance from the start along answers. Answers that would
 * close a loop are left out of the count (the wizard has none; the map must still terminate).
 */
export function columnsOf<Id extends string>(steps: readonly FlowMapStep<Id>[], start: Id): Map<Id, number> {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const order: Id[] = [];
  const state = new Map<Id, 'open' | 'done'>();
  const backEdges = new Set<string>();
  const visit = (id: Id) => {
    state.set(id, 'open');
    for (const a of byId.get(id)?.answers ?? []) {
      const s = state.get(a.target);
      if (s === 'open') backEdges.add(`${id}\u0000${a.token}`);
      else if (!s && byId.has(a.target)) visit(a.target);
    }
    state.set(id, 'done');
    order.unshift(id);
  };
  visit(start);
  for (const s of steps) if (!state.has(s.id)) visit(s.id);

  const column = new Map<Id, number>(steps.map((s) => [s.id, 0]));
  for (const id of order) {
    for (const a of byId.get(id)?.answers ?? []) {
      if (backEdges.has(`${id}\u0000${a.token}`) || !byId.has(a.target)) continue;
      column.set(a.target, Math.max(column.get(a.target)!, column.get(id)! + 1));
    }
  }
  return column;
}

export function buildFlowMap<Id extends string, Kind extends string>(options: FlowMapOptions<Id, Kind>): FlowMap<Id, Kind> {
  const { steps, start, bandOf, labelOf, hrefOf, notesOf, nodeWidth = 176, fontSize = 13, maxLabelLines = 3 } = options;
  const lineHeight = Math.round(fontSize * 1.35);
  const maxEm = (nodeWidth - 2 * NODE_PADDING) / fontSize;
  const columns = columnsOf(steps, start);

  // Bands in order of first appearance, the start's first.
  const bandNames = [bandOf(start), ...steps.map((s) => bandOf(s.id))].filter((b, i, all) => all.indexOf(b) === i);

  // Sinks (no answers) sit in their band's last column.
  for (const band of bandNames) {
    const inBand = steps.filter((s) => bandOf(s.id) === band);
    const last = Math.max(...inBand.map((s) => columns.get(s.id)!));
    for (const s of inBand) if (s.answers.length === 0 && s.id !== start) columns.set(s.id, last);
  }

  const labelLines = new Map(steps.map((s) => [s.id, wrapText(labelOf(s.id), maxEm, maxLabelLines)]));
  const notes = new Map(steps.map((s) => [s.id, (notesOf?.(s.id) ?? []).flatMap((n) => wrapText(n, maxEm, 2))]));
  // One height for every node, so rows line up: the kind line, the label lines, the notes.
  const lines = Math.max(...steps.map((s) => 1 + labelLines.get(s.id)!.length + notes.get(s.id)!.length));
  const nodeHeight = lines * lineHeight + 2 * NODE_PADDING;

  // Rows: the machine's order first, then ordered by the mean row of their predecessors.
  const predecessors = new Map<Id, Id[]>(steps.map((s) => [s.id, []]));
  for (const s of steps) for (const a of s.answers) predecessors.get(a.target)?.push(s.id);
  const rows = new Map<Id, number>();
  const grid = new Map<string, Map<number, Id[]>>();
  for (const band of bandNames) {
    const byColumn = new Map<number, Id[]>();
    for (const s of steps) {
      if (bandOf(s.id) !== band) continue;
      const c = columns.get(s.id)!;
      byColumn.set(c, [...(byColumn.get(c) ?? []), s.id]);
    }
    grid.set(band, byColumn);
    for (const ids of byColumn.values()) ids.forEach((id, i) => rows.set(id, i));
  }
  for (let sweep = 0; sweep < 4; sweep++) {
    for (const byColumn of grid.values()) {
      for (const c of [...byColumn.keys()].sort((a, b) => a - b)) {
        const ids = byColumn.get(c)!;
        const key = (id: Id) => {
          const from = predecessors.get(id)!.filter((p) => bandOf(p) === bandOf(id) && columns.get(p)! < c);
          return from.length ? from.reduce((sum, p) => sum + rows.get(p)!, 0) / from.length : rows.get(id)!;
        };
        const keys = new Map(ids.map((id) => [id, key(id)]));
        ids.sort((a, b) => keys.get(a)! - keys.get(b)! || rows.get(a)! - rows.get(b)!);
        ids.forEach((id, i) => rows.set(id, i));
      }
    }
  }

  const columnX = (c: number) => PADDING + c * (nodeWidth + COLUMN_GAP);
  const bands: FlowMapBand[] = [];
  const nodes: FlowMapNode<Id, Kind>[] = [];
  let y = PADDING;
  for (const band of bandNames) {
    const byColumn = grid.get(band)!;
    const rowCount = Math.max(...[...byColumn.values()].map((ids) => ids.length));
    const height = BAND_LABEL + rowCount * (nodeHeight + ROW_GAP) - ROW_GAP;
    bands.push({ band, y, height });
    for (const [c, ids] of byColumn) {
      // Short columns are centred in their band.
      const offset = ((rowCount - ids.length) * (nodeHeight + ROW_GAP)) / 2;
      ids.forEach((id, row) => {
        const step = steps.find((s) => s.id === id)!;
        nodes.push({
          id,
          kind: step.kind,
          band,
          href: hrefOf(id),
          label: labelOf(id),
          labelLines: labelLines.get(id)!,
          notes: notes.get(id)!,
          column: c,
          row,
          x: columnX(c),
          y: Math.round(y + BAND_LABEL + offset + row * (nodeHeight + ROW_GAP)),
          width: nodeWidth,
          height: nodeHeight,
        });
      });
    }
    y += height + BAND_GAP;
  }
  nodes.sort((a, b) => steps.findIndex((s) => s.id === a.id) - steps.findIndex((s) => s.id === b.id));

  const nodeOf = new Map(nodes.map((n) => [n.id, n]));
  const edges: FlowMapEdge<Id>[] = steps.flatMap((s) =>
    s.answers
      .filter((a) => nodeOf.has(a.target))
      .map((a) => ({ from: s.id, to: a.target, token: a.token, d: edgePath(nodeOf.get(s.id)!, nodeOf.get(a.target)!) })),
  );

  const width = Math.max(...nodes.map((n) => n.x + n.width)) + PADDING;
  const height = y - BAND_GAP + PADDING;
  return { width, height, fontSize, lineHeight, padding: NODE_PADDING, nodes, edges, bands };
}

/** A curve from the source's right side to the target's left side (loops go around below). */
function edgePath(from: FlowMapNode, to: FlowMapNode): string {
  const x1 = from.x + from.width;
  const y1 = from.y + from.height / 2;
  const x2 = to.x;
  const y2 = to.y + to.height / 2;
  if (x2 > x1) {
    const bend = Math.max(24, (x2 - x1) / 2);
    return `M${x1} ${y1} C${x1 + bend} ${y1} ${x2 - bend} ${y2} ${x2} ${y2}`;
  }
  const below = Math.max(from.y + from.height, to.y + to.height) + ROW_GAP / 2;
  return `M${x1} ${y1} C${x1 + 40} ${y1} ${x1 + 40} ${below} ${(x1 + x2) / 2} ${below} S${x2 - 40} ${y2} ${x2} ${y2}`;
}
