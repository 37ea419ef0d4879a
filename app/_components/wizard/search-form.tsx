import type { ChangeEvent } from 'react';
import type { SearchText } from '@/content/schema';
import type { Locale } from '@/lib/i18n';

export const SEARCH_PARAM = 'q';

/**
 * The search box, the hidden service and the submit button: the same markup in the server form
 * below and in the live search (app/_components/wizard/client/search-live.tsx), which passes `value`/`onChange`.
 */
export function SearchFields({ text, service, ...input }: {
  text: Pick<SearchText, 'submit' | 'hint'>;
  service?: string;
  defaultValue?: string;
  value?: string;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
  onFocus?: () => void;
}) {
  return (
    <>
      <div className="flex gap-2">
        <input
          id="search-q"
          name={SEARCH_PARAM}
          type="search"
          enterKeyHint="search"
          autoComplete="off"
          aria-describedby="search-hint"
          maxLength={100}
          className="min-h-11 min-w-0 flex-1 rounded-lg border border-calm-600 bg-white px-3 text-base"
          {...input}
        />
        {service ? <input type="hidden" name="s" value={service} /> : null}
        <button type="submit" className="min-h-11 min-w-11 rounded-lg bg-brand-700 px-4 font-semibold text-white">
          {text.submit}
        </button>
      </div>
      <p id="search-hint" className="text-sm text-calm-600">
        {text.hint}
      </p>
    </>
  );
}

/**
 * "Type what you see": a plain GET form to /{locale}/search, so it works with JavaScript off.
 * On the start and symptom steps, and at the top of the search page (with the query filled in).
 */
export function SearchForm({ locale, text, query, service, headingLevel = 2 }: {
  locale: Locale;
  text: SearchText;
  query?: string;
  /** The service whose steps to list first (the symptom step the form sits on). */
  service?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <form role="search" action={`/${locale}/search`} method="get" className="grid gap-2 rounded-xl border border-calm-100 bg-white p-4 print:hidden" aria-labelledby="search-form-heading">
      <Heading id="search-form-heading" className="text-base font-semibold">
        {text.formHeading}
      </Heading>
      <label htmlFor="search-q" className="text-sm text-calm-600">
        {text.label}
      </label>
      <SearchFields text={text} service={service} defaultValue={query} />
    </form>
  );
}
