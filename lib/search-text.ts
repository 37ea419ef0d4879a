/**
 * Text normalisation for the step filter and the search, so a step is found however it is typed:
 * full-width or half-width (NFKC), upper or lower case, katakana or hiragana, with or without
 * quotation marks and brackets (「無効な口座」 = 無効な口座), extra spaces ignored.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/[「」『』【】〈〉《》“”"'‘’`()\[\]{}]/g, ' ')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

/** Every word of the query (split on spaces) must occur in the text. */
export function matchesQuery(normalizedText: string, query: string): boolean {
  const words = normalizeSearchText(query).split(' ').filter(Boolean);
  return words.every((w) => normalizedText.includes(w));
}
