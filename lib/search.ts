import { normalizeSearchText } from './search-text';

/**
 * "Type what you see": finds the wizard steps that match a user's words. Pure and small, so the
 * search page runs the same code on the server (JavaScript off) and in the browser (as you type).
 * The index is built from the machine and the content (lib/search-index.ts).
 */

/** One searchable text of a step, already normalised, with how much a match in it counts. */
export interface SearchField {
  text: string;
  weight: number;
}

export interface SearchEntry {
  step: string;
  service: 'xm' | 'bitmex' | 'general';
  href: string;
  title: string;
  fields: SearchField[];
}

export interface SearchHit {
  entry: SearchEntry;
  score: number;
}

/** Weights: the screen messages (symptom answers that lead to the step) count most. */
export const FIELD_WEIGHTS = {
  symptomAnswer: 10,
  title: 6,
  keywords: 5,
  short: 4,
  answer: 2,
  description: 2,
} as const;

/** How a query is cut into words; the whole query and every word are matched as substrings. */
export function queryWords(query: string): string[] {
  return normalizeSearchText(query).split(' ').filter(Boolean);
}

/**
 * The matching steps, best first. A step matches when every word of the query occurs in one of
 * its texts. Its score adds, for each text, the text's weight times the share of the words found
 * in it (twice the weight when the whole query occurs in it). Ties: the steps of
 * `service` first, then the order of the index (the machine's order).
 */
export function searchSteps(index: readonly SearchEntry[], query: string, service?: string): SearchHit[] {
  const words = queryWords(query);
  if (!words.length) return [];
  const phrase = words.join(' ');
  const hits: (SearchHit & { order: number })[] = [];
  index.forEach((entry, order) => {
    if (!words.every((w) => entry.fields.some((f) => f.text.includes(w)))) return;
    let score = 0;
    for (const field of entry.fields) {
      if (field.text.includes(phrase)) score += field.weight * 2;
      else score += (field.weight * words.filter((w) => field.text.includes(w)).length) / words.length;
    }
    hits.push({ entry, score, order });
  });
  return hits
    .sort((a, b) => b.score - a.score || Number(b.entry.service === service) - Number(a.entry.service === service) || a.order - b.order)
    .map(({ entry, score }) => ({ entry, score }));
}
