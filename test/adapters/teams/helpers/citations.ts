import type { ClientCitation } from '@microsoft/agents-activity';
import { expect } from 'vitest';
import { TEAMS_LIMITS } from '../../../../adapters/teams/limits.js';
import type { Answer } from '../../../../src/core/schema/answer.js';

/** The citations of a posted activity, after checking they are what Teams accepts. */
export function expectValidCitations(
  body: Record<string, unknown>,
  answer?: Answer,
): ClientCitation[] {
  const text = String(body.text ?? '');
  const entities = (body.entities ?? []) as Record<string, unknown>[];
  const messages = entities.filter((e) => e.type === 'https://schema.org/Message');
  // Teams refuses a second root message entity (400).
  expect(messages.length).toBeLessThanOrEqual(1);
  const [entity] = messages;
  const markers = [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  if (entity === undefined) {
    expect(markers, 'markers without citations').toEqual([]);
    return [];
  }
  expect(entity).toMatchObject({ '@type': 'Message', '@context': 'https://schema.org' });
  // Quoted, not generated: no "AI generated" label.
  expect(entity).not.toHaveProperty('additionalType');
  const citations = entity.citation as ClientCitation[];
  expect(citations.length).toBeGreaterThan(0);
  expect(citations.length).toBeLessThanOrEqual(TEAMS_LIMITS.maxCitations);
  // Numbered 1..n in the order of the text, each marked in it, and no marker without one.
  expect(citations.map((c) => c.position)).toEqual(citations.map((_, i) => i + 1));
  expect([...new Set(markers)].sort((a, b) => a - b)).toEqual(citations.map((c) => c.position));
  expect(markers[0]).toBe(1);
  const sources = answer && [
    ...answer.partners.flatMap((p) =>
      p.roles.map((r) => ({ partner: p.acronym, source: r.source })),
    ),
    ...answer.workPackages.flatMap((w) =>
      w.leader && w.leaderSource ? [{ partner: w.leader.acronym, source: w.leaderSource }] : [],
    ),
  ];
  for (const { '@type': type, appearance } of citations) {
    expect(type).toBe('Claim');
    expect(appearance['@type']).toBe('DigitalDocument');
    expect(appearance.name.length).toBeGreaterThan(0);
    expect(appearance.name.length).toBeLessThanOrEqual(TEAMS_LIMITS.citationName);
    expect(appearance.abstract.length).toBeGreaterThan(0);
    expect(appearance.abstract.length).toBeLessThanOrEqual(TEAMS_LIMITS.citationAbstract);
    const keywords = appearance.keywords ?? [];
    expect(keywords.length).toBeLessThanOrEqual(TEAMS_LIMITS.citationKeywords);
    for (const k of keywords) expect(k.length).toBeLessThanOrEqual(TEAMS_LIMITS.citationKeyword);
    if (sources === undefined) continue;
    // The abstract is (an excerpt of) a sentence quoted for the partner the title names.
    const excerpt = appearance.abstract.replace(/^…|…$/g, '');
    const found = sources.find(
      (s) => appearance.name.startsWith(s.partner) && s.source.includes(excerpt),
    );
    expect(found, appearance.abstract).toBeDefined();
  }
  return citations;
}
