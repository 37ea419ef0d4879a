'use client';

import { useId, useState } from 'react';
import { matchesQuery } from '@/lib/search-text';
import { fill } from '@/lib/template';

export interface FilterLabels {
  label: string;
  hint: string;
  count: string;
  noMatch: string;
}

/**
 * Narrows the server-rendered directory as the agent types. Items carry their normalised text
 * in `data-search`; groups whose items are all hidden are hidden too. Without JavaScript the
 * directory is simply the full list.
 */
export function StepFilter({ labels, total }: { labels: FilterLabels; total: number }) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(total);
  const id = useId();

  function apply(value: string) {
    setQuery(value);
    let visible = 0;
    for (const item of document.querySelectorAll<HTMLElement>('[data-search]')) {
      const match = matchesQuery(item.dataset.search ?? '', value);
      item.hidden = !match;
      if (match) visible += 1;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      group.hidden = group.querySelector('[data-search]:not([hidden])') === null;
    }
    setShown(visible);
  }

  return (
    <div className="grid gap-2">
      <label htmlFor={id} className="font-semibold">
        {labels.label}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(e) => apply(e.target.value)}
        aria-describedby={`${id}-hint ${id}-count`}
        autoComplete="off"
        className="min-h-11 w-full rounded-xl border border-calm-600 bg-white px-3 py-2"
      />
      <p id={`${id}-hint`} className="text-sm text-calm-600">
        {labels.hint}
      </p>
      <p id={`${id}-count`} role="status" aria-live="polite" className="text-sm font-medium">
        {shown === 0 ? labels.noMatch : fill(labels.count, { n: shown })}
      </p>
    </div>
  );
}
