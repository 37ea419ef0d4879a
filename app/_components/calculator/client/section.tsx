import type { ReactNode } from 'react';

/** One section of the calculator: a landmark named by its heading. */
export function Section({ id, heading, intro, children }: { id: string; heading: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="grid scroll-mt-4 gap-4 rounded-xl border border-calm-100 bg-white p-4 shadow-sm contain-content">
      <h2 id={`${id}-heading`} className="text-xl font-bold text-calm-800">
        {heading}
      </h2>
      {intro ? <div className="grid gap-2 text-calm-800">{intro}</div> : null}
      {children}
    </section>
  );
}

export function FieldGrid({ children }: { children: ReactNode }) {
  return <div className="grid gap-4 sm:grid-cols-2">{children}</div>;
}

/** Section ids, in page order (also used by the page's table of contents). */
export const SECTION_IDS = {
  rules: 'calc-rules',
  health: 'calc-health',
  recovery: 'calc-recovery',
  position: 'calc-position',
  leverage: 'calc-leverage',
  hedge: 'calc-hedge',
  positions: 'calc-positions',
  brokers: 'calc-brokers',
  share: 'calc-share',
} as const;
