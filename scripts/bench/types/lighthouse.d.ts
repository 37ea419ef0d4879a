// The part of Lighthouse's Node API the benchmark uses. tsconfig maps `lighthouse` here because the
// package's own declarations (types/*.d.ts) use `module` for namespaces, which TypeScript 6 rejects
// even with skipLibCheck.
export interface AuditRef {
  id: string;
  weight: number;
}
export interface Category {
  score: number | null;
  auditRefs: AuditRef[];
}
export interface Audit {
  id: string;
  title: string;
  score: number | null;
  numericValue?: number;
  displayValue?: string;
  /** Audit-specific details (tables, nodes, …); read defensively. */
  details?: { type?: string; items?: unknown[] } & Record<string, unknown>;
}
export interface Result {
  lighthouseVersion: string;
  finalDisplayedUrl: string;
  categories: Record<string, Category | undefined>;
  audits: Record<string, Audit | undefined>;
  environment?: { benchmarkIndex?: number };
  runtimeError?: { code: string; message: string };
}
export interface Flags {
  port?: number;
  output?: 'json' | 'html';
  logLevel?: 'silent' | 'error' | 'info' | 'verbose';
  formFactor?: 'mobile' | 'desktop';
}
/** One event of the Chrome trace Lighthouse recorded (timestamps and durations in microseconds). */
export interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown> } & Record<string, unknown>;
}
export interface Artifacts {
  Trace?: { traceEvents: TraceEvent[] };
}
export default function lighthouse(url: string, flags?: Flags): Promise<{ lhr: Result; artifacts?: Artifacts } | undefined>;
