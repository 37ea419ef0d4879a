'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

/**
 * After a client-side page change, move focus to the new page's heading so keyboard and
 * screen-reader users start reading the new step. Every answer leads to another path, so the
 * path is what counts: a page that only updates its query (the calculator as the user types)
 * keeps the focus where it is. The first page load keeps the browser default.
 */
export function StepFocus() {
  const pathname = usePathname();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pathname]);
  return null;
}
