/**
 * Text normalisation for the step filter, so an agent finds a step however they type:
 * full-width or half-width (NFKC), upper or lower case, katakana or hiragana, with or without spaces.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

/** Every word of the query (split on spaces) must occur in the text. */
export function matchesQuery(normalizedText: string, query: string): boolean {
  const words = normalizeSearchText(query).split(' ').filter(Boolean);
  return words.every((w) => normalizedText.includes(w));
}
