import type { ReactNode } from 'react';

/**
 * A page's one `<h1>`, the same on every page. Focusable from script only (`tabIndex={-1}`): the
 * layout's StepFocus moves focus here after a client-side navigation, so a screen reader starts
 * reading at the new page's title.
 */
export function PageHeading({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <h1 id={id} tabIndex={-1} className="text-2xl font-bold leading-snug text-calm-800 text-balance sm:text-3xl">
      {children}
    </h1>
  );
}
