'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { SearchText } from '@/content/schema';
import { searchSteps, type SearchEntry } from '@/lib/search';
import { fill } from '@/lib/template';
import { SearchFields } from '@/app/_components/wizard/search-form';

export interface SearchHitView {
  step: string;
  href: string;
  title: string;
  service: SearchEntry['service'];
}

export interface SymptomList {
  heading: string;
  answers: { label: string; href: string }[];
}

export type SearchLabels = Omit<SearchText, 'title' | 'description' | 'formHeading'>;

const linkClass = 'flex min-h-11 items-center rounded-lg px-1 font-medium text-brand-800 underline underline-offset-2';

/** What the search shows for a query: the matching steps, or a clear message and the symptom lists. */
export function SearchResultsView({ query, hits, labels, symptoms }: { query: string; hits: SearchHitView[]; labels: SearchLabels; symptoms: SymptomList[] }) {
  const trimmed = query.trim();
  return (
    <div className="grid gap-6">
      <div role="status" aria-live="polite" className="font-semibold">
        {!trimmed ? labels.empty : hits.length ? fill(labels.results, { q: trimmed, n: hits.length }) : fill(labels.noMatch, { q: trimmed })}
      </div>
      {hits.length ? (
        <ol className="grid gap-2" aria-label={fill(labels.results, { q: trimmed, n: hits.length })}>
          {hits.map((hit) => (
            <li key={hit.step} className="grid rounded-xl bg-white px-3 py-1 shadow-sm" data-result={hit.step}>
              <span className="pt-1 text-xs font-semibold text-calm-600">{labels.service[hit.service]}</span>
              <Link href={hit.href} className={linkClass}>
                {hit.title}
              </Link>
            </li>
          ))}
        </ol>
      ) : (
        <section aria-labelledby="symptoms-heading" className="grid gap-4">
          <h2 id="symptoms-heading" className="text-lg font-semibold">
            {labels.symptomsHeading}
          </h2>
          {symptoms.map((list) => (
            <div key={list.heading} className="grid gap-1">
              <h3 className="font-semibold">{list.heading}</h3>
              <ul className="grid">
                {list.answers.map((answer) => (
                  <li key={answer.href}>
                    <Link href={answer.href} className={linkClass}>
                      {answer.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </div>
  );
}

/**
 * The search form and its results. Without JavaScript the form is a plain GET and the server
 * renders the results. With JavaScript the index is fetched once, when the user starts typing,
 * and the results follow every keystroke; the address keeps the query (for reload and sharing).
 */
export function SearchLive({
  indexUrl,
  action,
  initialQuery,
  initialHits,
  service,
  labels,
  symptoms,
}: {
  indexUrl: string;
  action: string;
  initialQuery: string;
  initialHits: SearchHitView[];
  service?: string;
  labels: SearchLabels;
  symptoms: SymptomList[];
}) {
  const [query, setQuery] = useState(initialQuery);
  /** The results on screen and the query they answer (they change once the index has loaded). */
  const [result, setResult] = useState({ query: initialQuery, hits: initialHits });
  const index = useRef<SearchEntry[] | null>(null);
  const loading = useRef<Promise<SearchEntry[] | null> | null>(null);
  const urlTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(urlTimer.current), []);

  function loadIndex(): Promise<SearchEntry[] | null> {
    loading.current ??= fetch(indexUrl)
      .then((response) => (response.ok ? (response.json() as Promise<SearchEntry[]>) : null))
      .then((entries) => (index.current = entries))
      .catch(() => {
        // Offline or failed: the form still submits to the server when the user presses Search.
        loading.current = null;
        return null;
      });
    return loading.current;
  }

  async function update(value: string) {
    setQuery(value);
    clearTimeout(urlTimer.current);
    urlTimer.current = setTimeout(() => {
      const url = new URL(window.location.href);
      if (value.trim()) url.searchParams.set('q', value);
      else url.searchParams.delete('q');
      window.history.replaceState(window.history.state, '', url);
    }, 300);
    const entries = index.current ?? (await loadIndex());
    if (!entries) return;
    const hits = searchSteps(entries, value, service).map(({ entry }) => ({ step: entry.step, href: entry.href, title: entry.title, service: entry.service }));
    setResult({ query: value, hits });
  }

  return (
    <div className="grid gap-6">
      <form role="search" action={action} method="get" className="grid gap-2" onSubmit={(event) => index.current && event.preventDefault()}>
        <label htmlFor="search-q" className="font-semibold">
          {labels.label}
        </label>
        <SearchFields text={labels} service={service} value={query} onChange={(event) => void update(event.target.value)} onFocus={() => void loadIndex()} />
      </form>
      <SearchResultsView query={result.query} hits={result.hits} labels={labels} symptoms={symptoms} />
    </div>
  );
}
