import { describe, expect, it } from 'vitest';
import { COMPACT_LIMITS, compactView } from '../../src/core/answer/compact-view.js';
import { renderCompactText } from '../../src/core/answer/render-compact.js';
import { loadGoldenSet } from '../golden/golden-set.js';
import { realBot } from '../helpers/real-bot.js';

const bot = realBot();

/** A quote's length without the ellipses that mark where it was cut. */
function quoteLength(quote: string): number {
  return quote.replace(/^…|…$/g, '').length;
}

describe('the compact view of an answer', () => {
  it('shows the best three partners, each with its strongest role and one short quote', () => {
    const answer = bot.answer('who works on breast cancer');
    const view = compactView(answer);
    expect(answer.partners.length).toBeGreaterThan(COMPACT_LIMITS.partners);
    expect(view.partners.map((p) => p.partner.id)).toEqual(
      answer.partners.slice(0, 3).map((p) => p.id),
    );
    for (const { partner, roles } of view.partners) {
      expect(roles).toHaveLength(1);
      expect(roles[0]?.role).toEqual(partner.roles[0]);
      const quote = roles[0]?.quote ?? '';
      expect(quoteLength(quote)).toBeLessThanOrEqual(COMPACT_LIMITS.quote);
      // Centred on the words asked about, even in a long sentence.
      expect(quote).toMatch(/breast/i);
    }
    expect(view.others).toEqual(answer.partners.slice(3).map((p) => p.acronym));
    expect(view.shortened).toBe(true);
  });

  it('centres a quote on the dataset’s word for a synonym asked', () => {
    const view = compactView(bot.answer('who works on de-identification'));
    expect(view.partners[0]?.roles[0]?.quote).toMatch(/anonymi[sz]ation/);
  });

  it('puts a lead role first, and cuts a quote at word boundaries with an ellipsis', () => {
    const answer = bot.answer('who is in WP2');
    const view = compactView(answer);
    expect(view.partners[0]?.roles[0]?.role.lead).toBe(true);
    for (const quote of view.partners.flatMap((p) => p.roles.map((r) => r.quote ?? '')))
      if (quote.startsWith('…') || quote.endsWith('…'))
        expect(quote).toMatch(/^(…\S|[^…])[\s\S]*(\S…|[^…])$/);
  });

  it('names the rest of a list on one line: "Also: …"', () => {
    const answer = bot.answer('list all partners');
    const text = renderCompactText(answer);
    const others = answer.partners.slice(3).map((p) => p.acronym);
    expect(text).toContain(`Also: ${others.join(', ')}.`);
    expect(text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(3);
    expect(text.length).toBeLessThan(answer.text.length / 2);
  });

  it('shows up to three roles of a partner that is the whole answer, one quote per sentence', () => {
    const answer = bot.answer('what does UB do?');
    const view = compactView(answer);
    expect(view.partners).toHaveLength(1);
    expect(view.partners[0]?.roles).toHaveLength(COMPACT_LIMITS.rolesOfOnlyPartner);
    const quotes = view.partners[0]?.roles.flatMap((r) => (r.quote === null ? [] : [r.quote]));
    const sources = new Set(view.partners[0]?.roles.map((r) => r.role.source));
    expect(quotes).toHaveLength(sources.size);
  });

  it('leaves a short answer whole, and never changes the Answer', () => {
    const answer = bot.answer('who leads WP4?');
    const before = structuredClone(answer);
    expect(compactView(answer).shortened).toBe(false);
    expect(renderCompactText(answer)).toBe(answer.text);
    expect(answer).toEqual(before);
  });

  it('is never longer than the full text, and names every partner, over the golden set', () => {
    const lengths: number[] = [];
    for (const { q } of loadGoldenSet()) {
      const answer = bot.answer(q);
      const text = renderCompactText(answer);
      expect(text.length, q).toBeLessThanOrEqual(answer.text.length);
      for (const partner of answer.partners) expect(text, q).toContain(partner.acronym);
      expect(text === answer.text, q).toBe(!compactView(answer).shortened);
      lengths.push(text.length);
    }
    lengths.sort((a, b) => a - b);
    // biome-ignore lint/suspicious/noConsole: the figure goes into docs/RELIABILITY.md.
    console.info(
      `compact text over the golden set: median ${lengths[Math.floor(lengths.length / 2)]}, max ${lengths.at(-1)} characters`,
    );
  });
});
