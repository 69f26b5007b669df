import { KIND_PLURALS, type Partner } from '../schema/dataset.js';
import { findPhrase } from './phrase-search.js';

const GENERIC_TITLE_WORDS =
  /^(?:the|consortium|project|partners?|participants?|description|descriptions|of|overview)$/i;

/**
 * The consortium's name from the title line: "EUCANIMAGE Consortium" → "EuCanImage" (the
 * spelling the text uses elsewhere, where it uses one in mixed case), "HYSTORE – Solid-state
 * hydrogen storage" → "HYSTORE", "# ClimaNet Consortium" → "ClimaNet".
 */
export function consortiumName(title: string | null, text: string): string | null {
  if (title === null) return null;
  const head = title.split(/\s[–—|-]\s|:\s/)[0] ?? '';
  const name = head
    .split(/\s+/)
    .filter((w) => w !== '' && !GENERIC_TITLE_WORDS.test(w))
    .join(' ');
  if (name === '' || name.split(' ').length > 6) return null;
  if (name !== name.toUpperCase()) return name;
  const counts = new Map<string, number>();
  for (const { start, end } of findPhrase(text, name, true)) {
    const written = text.slice(start, end);
    if (/\p{Ll}/u.test(written)) counts.set(written, (counts.get(written) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? name;
}

const THE_PROJECT = /\b(?:the|this|our)\s+project\b|\bthe\s+consortium\b/i;

/** Whether a text names the consortium itself: its name, "the project", "the consortium". */
export type ProjectTest = (text: string) => boolean;

/** The test for a consortium of this name. */
export function createProjectTest(name: string): ProjectTest {
  return (text) => THE_PROJECT.test(text) || findPhrase(text, name, true).length > 0;
}

/** A one-line description made from the partners, for a person to rewrite. */
export function describeConsortium(
  name: string,
  partners: readonly Partner[],
  coordinator: Partner | undefined,
): string {
  const countries = [...new Set(partners.map((p) => p.country))].filter((c) => c !== 'unknown');
  const kinds = [...new Set(partners.map((p) => KIND_PLURALS[p.kind]))];
  const lead = coordinator ? `, coordinated by ${coordinator.name}` : '';
  return `${name} is a consortium of ${partners.length} partners (${kinds.join(', ')}) in ${countries.length} countries${lead}.`;
}
