'use client';

import { useEffect, useRef, useState } from 'react';

export type CopyStatus = 'idle' | 'copied' | 'failed';

/**
 * Copies text with the Clipboard API and remembers how it went: `status` is about `text`, the
 * last text asked for. With `resetAfterMs`, "copied" returns to idle after that time.
 * `copy` resolves to false when the clipboard is refused, so the caller can offer the text to
 * copy by hand.
 */
export function useClipboard(resetAfterMs?: number) {
  const [state, setState] = useState<{ status: CopyStatus; text: string }>({ status: 'idle', text: '' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy(text: string): Promise<boolean> {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(text);
      setState({ status: 'copied', text });
      if (resetAfterMs !== undefined) timer.current = setTimeout(() => setState({ status: 'idle', text }), resetAfterMs);
      return true;
    } catch {
      setState({ status: 'failed', text });
      return false;
    }
  }

  function reset() {
    clearTimeout(timer.current);
    setState({ status: 'idle', text: '' });
  }

  return { ...state, copy, reset };
}
