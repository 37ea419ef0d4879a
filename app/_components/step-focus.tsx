'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';

/**
 * After a client-side step change, move focus to the new step's heading so keyboard and
 * screen-reader users start reading the new step. The first page load keeps the browser default.
 */
export function StepFocus() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pathname, search]);
  return null;
}
