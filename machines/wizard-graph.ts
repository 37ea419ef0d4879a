import { getInitialSnapshot, getNextSnapshot, type AnyStateNode, type SnapshotFrom, type StateValue, type StateValueFrom } from 'xstate';
import type { Locale } from '@/lib/i18n';
import { lookupPath, type TrailTable } from '@/lib/trail';
import { loginWizardMachine, type Service, type StepMeta, type WizardEvent } from './login-wizard';
import { answerAliases, stepRedirects } from './step-redirects';

/**
 * Everything the pages, the tests and the support directory need to know about the flow,
 * read from the machine (never hand-listed):
 * - the steps (atomic states) with their meta and URL path,
 * - their answers (the events each step accepts) and where each one leads.
 *
 * URL scheme (see docs/decisions/001-url-scheme.md): `/{locale}` is the start step,
 * `/{locale}/{region}/{kebab-state}` every other step, e.g. `/ja/xm/frozen-account`.
 */

type Snapshot = SnapshotFrom<typeof loginWizardMachine>;

/** The dotted ids of the machine's leaf states, e.g. `'start' | 'xm.frozenAccount' | …`. */
type LeafIds<V> = V extends string ? V : { [K in keyof V & string]: `${K}.${LeafIds<V[K]>}` }[keyof V & string];

/**
 * `xm.frozenAccount`, `bitmex.solved`, `start`: derived from the machine's config, so a misspelt
 * step id does not compile (tests/unit/step-id.test.ts).
 */
export type StepId = LeafIds<StateValueFrom<typeof loginWizardMachine>>;
export type AnswerToken = WizardEvent['type'] extends `answer.${infer T}` ? T : never;

export interface Answer {
  token: AnswerToken;
  event: WizardEvent;
  target: StepId;
}

export interface Step {
  id: StepId;
  /** Path segments after the locale: [] for the start step. */
  segments: string[];
  meta: StepMeta;
  answers: Answer[];
}

const ANSWER_PREFIX = 'answer.';

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** An initial state is reached at its parent's URL: `/ja` (start), `/ja/xm` (XM's first question). */
function segmentsOf(node: AnyStateNode): string[] {
  const segments: string[] = [];
  for (let n: AnyStateNode | undefined = node; n?.parent; n = n.parent) {
    const isInitial = n.parent.initial?.target.some((t: AnyStateNode) => t === n);
    if (!(isInitial && segments.length === 0)) segments.unshift(kebab(n.key));
  }
  return segments;
}

/** The one step a snapshot is in, read from its state value (`'start'`, `{ xm: 'frozenAccount' }`). */
function stepIdOf(snapshot: Snapshot): StepId {
  const parts: string[] = [];
  let value: StateValue = snapshot.value;
  while (typeof value !== 'string') {
    const keys = Object.keys(value);
    if (keys.length !== 1) throw new Error('The wizard must be in exactly one step at a time');
    parts.push(keys[0]!);
    value = value[keys[0]!] as StateValue;
  }
  parts.push(value);
  return parts.join('.') as StepId;
}

function snapshotFor(id: StepId): Snapshot {
  const [region, child] = id.split('.');
  const value = child ? { [region!]: child } : region!;
  return loginWizardMachine.resolveState({ value } as Parameters<typeof loginWizardMachine.resolveState>[0]);
}

function metaOf(snapshot: Snapshot): StepMeta {
  const metas = Object.values(snapshot.getMeta()).filter(Boolean) as { step?: StepMeta }[];
  const step = metas.map((m) => m.step).find(Boolean);
  if (!step) throw new Error(`Step ${stepIdOf(snapshot)} has no meta.step`);
  return step;
}

function leafNodes(node: AnyStateNode): AnyStateNode[] {
  const children = Object.values(node.states) as AnyStateNode[];
  if (children.length === 0) return [node];
  return children.flatMap(leafNodes);
}

function buildSteps(): Step[] {
  return leafNodes(loginWizardMachine.root).map((node) => {
    const id = node.path.join('.') as StepId;
    const snapshot = snapshotFor(id);
    const answers: Answer[] = [...node.ownEvents]
      .filter((type): type is WizardEvent['type'] => type.startsWith(ANSWER_PREFIX))
      .map((type) => {
        const event = { type } as WizardEvent;
        if (!snapshot.can(event)) throw new Error(`${id} lists ${type} but cannot take it`);
        return {
          token: type.slice(ANSWER_PREFIX.length) as AnswerToken,
          event,
          target: stepIdOf(getNextSnapshot(loginWizardMachine, snapshot, event)),
        };
      });
    return { id, segments: segmentsOf(node), meta: metaOf(snapshot), answers };
  });
}

export const steps: readonly Step[] = buildSteps();
const byId = new Map<string, Step>(steps.map((s) => [s.id, s]));

export const startStepId: StepId = stepIdOf(getInitialSnapshot(loginWizardMachine, undefined));

/** The step with this id; undefined for any other string (ids from outside are checked here). */
export function getStep(id: string): Step | undefined {
  return byId.get(id);
}

export function requireStep(id: StepId): Step {
  const step = byId.get(id);
  if (!step) throw new Error(`Unknown step ${id}`);
  return step;
}

/**
 * The step at a URL (segments after the locale), and whether the URL is an old or alias address
 * of it (machines/step-redirects.ts) that should redirect to the step's own.
 */
export function resolvePath(segments: readonly string[]): { step: Step; redirected: boolean } | undefined {
  const found = lookupPath(flowTable, segments.join('/'));
  return found ? { step: requireStep(found.id as StepId), redirected: found.redirected } : undefined;
}

export function stepPath(locale: Locale, id: StepId): string {
  const step = requireStep(id);
  return ['', locale, ...step.segments].join('/');
}

/**
 * Whether a step's page is rendered on demand rather than prerendered: the remedies, which show
 * their fix rate as it is now (docs/decisions/006-outcomes.md). proxy.ts serves them from their own
 * route, and answers that lead to one prefetch it whole.
 */
export function rendersOnDemand(step: Step): boolean {
  return step.meta.kind === 'remedy';
}

/** The region (service) a step belongs to: `xm`, `bitmex`, or undefined for the start. */
export function serviceOf(id: StepId): Service | undefined {
  return id.includes('.') ? (id.split('.')[0] as Service) : undefined;
}

/**
 * Replays answer tokens from the start. Stops at the first token the current step does not
 * accept; returns the steps visited and how many tokens were valid.
 */
export function replay(tokens: readonly string[]): { visited: { step: StepId; token: AnswerToken }[]; at: StepId; valid: number } {
  let snapshot = getInitialSnapshot(loginWizardMachine, undefined);
  const visited: { step: StepId; token: AnswerToken }[] = [];
  for (const token of tokens) {
    const event = { type: `${ANSWER_PREFIX}${token}` } as WizardEvent;
    if (!snapshot.can(event)) break;
    visited.push({ step: stepIdOf(snapshot), token: token as AnswerToken });
    snapshot = getNextSnapshot(loginWizardMachine, snapshot, event);
  }
  return { visited, at: stepIdOf(snapshot), valid: visited.length };
}

/**
 * The flow as plain data for small client components (they must not bundle xstate):
 * for each step its URL segments and where each answer leads, plus the redirect tables that keep
 * old answer links readable. Derived from the machine above.
 */
export type FlowTable = TrailTable;

export const flowTable: FlowTable = {
  start: startStepId,
  steps: Object.fromEntries(
    steps.map((s) => [s.id, { segments: s.segments, next: Object.fromEntries(s.answers.map((a) => [a.token, a.target])) }]),
  ),
  stepRedirects,
  answerAliases,
};

/** Every step from which `id` can be reached (itself included): what a trail to `id` may contain. */
export function ancestorsOf(id: StepId): StepId[] {
  const found = new Set([id]);
  const queue = [id];
  while (queue.length) {
    const current = queue.shift();
    for (const step of steps) {
      if (!found.has(step.id) && step.answers.some((a) => a.target === current)) {
        found.add(step.id);
        queue.push(step.id);
      }
    }
  }
  return steps.map((s) => s.id).filter((s) => found.has(s));
}

/**
 * The part of the flow table one step's page needs: the steps a trail to it can pass through,
 * the step itself and where its answers lead. Smaller pages, same behaviour.
 */
export function flowTableFor(id: StepId): FlowTable {
  const needed = new Set([...ancestorsOf(id), ...requireStep(id).answers.map((a) => a.target)]);
  return { ...flowTable, steps: Object.fromEntries(Object.entries(flowTable.steps).filter(([stepId]) => needed.has(stepId as StepId))) };
}
