import 'server-only';
import { getMessages } from '@/content';
import { locales, type Locale } from '@/lib/i18n';
import { serviceOf, startStepId, stepPath, steps } from '@/machines/wizard-graph';
import { FIELD_WEIGHTS, type SearchEntry, type SearchField } from './search';
import { normalizeSearchText } from './search-text';

/** The initial question of a region: its answers are the symptoms, i.e. what the screen says. */
function isSymptomQuestion(id: string): boolean {
  return steps.some((s) => s.id === startStepId && s.answers.some((a) => a.target === id));
}

/** One text per weight (the page sends the index to the browser: keep it small). */
function mergeByWeight(fields: SearchField[]): SearchField[] {
  const byWeight = new Map<number, Set<string>>();
  for (const field of fields) byWeight.set(field.weight, (byWeight.get(field.weight) ?? new Set()).add(field.text));
  return [...byWeight].map(([weight, texts]) => ({ weight, text: [...texts].join(' | ') }));
}

/**
 * The search index of one locale, from the machine and the content: each step's title, short
 * name, keywords and description, and the labels of the answers that lead to it
 * (a symptom's label is the message the screen shows). The other language's words count too, at
 * half weight, so either language finds a step.
 */
export function buildSearchIndex(locale: Locale): SearchEntry[] {
  const languages = [locale, ...locales.filter((l) => l !== locale)];
  return steps.map((step) => {
    const fields: SearchField[] = [];
    languages.forEach((language, i) => {
      const factor = i === 0 ? 1 : 0.5;
      const texts = getMessages(language).steps;
      const text = texts[step.meta.content];
      const add = (value: string | undefined, weight: number) => {
        if (value) fields.push({ text: normalizeSearchText(value), weight: weight * factor });
      };
      add(text.title, FIELD_WEIGHTS.title);
      add(text.short, FIELD_WEIGHTS.short);
      text.keywords?.forEach((k) => add(k, FIELD_WEIGHTS.keywords));
      add(text.description, FIELD_WEIGHTS.description);
      for (const from of steps) {
        for (const answer of from.answers) {
          if (answer.target !== step.id || from.meta.kind !== 'question') continue;
          const weight = isSymptomQuestion(from.id) ? FIELD_WEIGHTS.symptomAnswer : FIELD_WEIGHTS.answer;
          add(texts[from.meta.content].answers?.[answer.token], weight);
        }
      }
    });
    return {
      step: step.id,
      service: serviceOf(step.id) ?? 'general',
      href: stepPath(locale, step.id),
      title: getMessages(locale).steps[step.meta.content].title,
      fields: mergeByWeight(fields),
    };
  });
}
