/**
 * Replaces `{name}` placeholders in a template with the given values; a placeholder with no
 * value is left as it is. Used for every text with placeholders in `content/`.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match,
  );
}
