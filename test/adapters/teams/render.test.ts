import { describe, expect, it } from 'vitest';
import { LEAD_MARKER } from '../../../adapters/teams/answer-parts.js';
import { payloadBytes, SHOW_ALL_LABEL } from '../../../adapters/teams/card-parts.js';
import type { AdaptiveCard, CardElement, CardMessage } from '../../../adapters/teams/card-types.js';
import { SHORTENED_NOTE } from '../../../adapters/teams/fit-answer.js';
import { TEAMS_LIMITS } from '../../../adapters/teams/limits.js';
import { renderAnswer } from '../../../adapters/teams/render.js';
import { HOW_TO_ASK, renderWelcome } from '../../../adapters/teams/welcome.js';
import { compactView } from '../../../src/core/answer/compact-view.js';
import type { Answer, AnswerPartner } from '../../../src/core/index.js';
import { loadGoldenSet } from '../../golden/golden-set.js';
import { realBot, realDataset } from '../../helpers/real-bot.js';

/** What a card may weigh when rendered alone: the limit less the room kept for the addressing. */
const DEFAULT_BUDGET = TEAMS_LIMITS.maxPayloadBytes - TEAMS_LIMITS.addressingReserve;

function card(message: CardMessage): AdaptiveCard {
  return message.attachments[0].content;
}

function elements(items: CardElement[]): CardElement[] {
  return items.flatMap((e) => (e.type === 'Container' ? [e, ...elements(e.items)] : [e]));
}

/** Every string a person can see: texts, facts, quotes, button titles, fallback. */
function visibleText(message: CardMessage): string {
  const c = card(message);
  const parts = elements(c.body).flatMap((e) => {
    if (e.type === 'TextBlock') return [e.text];
    if (e.type === 'RichTextBlock') return e.inlines.map((i) => i.text);
    if (e.type === 'FactSet') return e.facts.flatMap((f) => [f.title, f.value]);
    return [];
  });
  const buttons = c.actions.flatMap((a) => [a.title, a.data.msteams.displayText]);
  return [...parts, ...buttons, c.fallbackText, message.summary].join('\n');
}

function hugeAnswer(partners: number, roles: number, sourceLength: number): Answer {
  const source = `${'The partner contributes to imaging research and data curation. '.repeat(sourceLength / 60)}`;
  const partner = (i: number): AnswerPartner => ({
    id: `p${i}`,
    acronym: `P${i}`,
    name: `Partner number ${i} with a long institutional name`,
    country: 'Spain',
    kind: 'university',
    score: 1,
    roles: Array.from({ length: roles }, (_, r) => ({
      summary: `Role ${r} of partner ${i}: ${'does many things '.repeat(10)}`,
      wp: `WP${(r % 9) + 1}`,
      lead: r === 0,
      source: `${source} (role ${r})`,
    })),
  });
  const list = Array.from({ length: partners }, (_, i) => partner(i));
  return {
    question: 'who does everything?',
    intent: 'topic',
    partners: list,
    workPackages: [],
    confidence: 1,
    text: `Everyone:\n\n${list.map((p) => `**${p.acronym}** ${p.name} · Spain · university\n- ${p.roles.map((r) => r.summary).join('\n- ')}`).join('\n\n')}`,
    notice: null,
    headline: 'Everyone:',
    notes: [],
    suggestions: Array.from({ length: 9 }, (_, i) => ({
      label: `About P${i}`,
      question: `What does P${i} do?`,
    })),
    truncated: false,
    resolvedQuestion: 'who does everything?',
    context: null,
  };
}

describe('renderAnswer', () => {
  const bot = realBot();

  it('shows the notice as a warning first, then the headline, and the notes after the partners', () => {
    const answer = bot.answer(`Who is in WP2? cc Alice Martin ${'x'.repeat(600)}`);
    const blocks = elements(card(renderAnswer(answer)).body).filter((e) => e.type === 'TextBlock');
    expect(blocks[0]).toMatchObject({ text: answer.notice, color: 'Warning' });
    expect(blocks[1]?.text).toBe(answer.headline);
    const texts = blocks.map((b) => b.text);
    const note = texts.findIndex((t) => t.includes('left the rest of your message aside'));
    expect(note).toBeGreaterThan(texts.findIndex((t) => t.includes('GUMed')));
  });

  it.each(loadGoldenSet().map((c) => [c.q]))(
    'renders %j as a valid card within the limits, compact and full',
    (q) => {
      const answer = bot.answer(q);
      const shortened = compactView(answer).shortened;
      for (const full of [false, true]) {
        const message = renderAnswer(answer, { full });
        const c = card(message);
        expect(message.type).toBe('message');
        expect(c.version).toBe('1.5');
        expect(payloadBytes(message)).toBeLessThanOrEqual(DEFAULT_BUDGET);
        expect(c.actions.length).toBeLessThanOrEqual(TEAMS_LIMITS.maxActions);
        // "Show all" first when the compact card left something out, then the suggestions.
        const showAll = !full && shortened ? [answer.question] : [];
        expect(c.actions.map((a) => a.data.question)).toEqual(
          [...showAll, ...answer.suggestions.map((s) => s.question)].slice(
            0,
            TEAMS_LIMITS.maxActions,
          ),
        );
        expect(c.actions.filter((a) => a.data.full === true)).toHaveLength(showAll.length);
        const text = visibleText(message);
        for (const partner of answer.partners) expect(text).toContain(partner.acronym);
        for (const wp of answer.workPackages) expect(text).toContain(wp.id);
        expect(c.fallbackText.length).toBeGreaterThan(0);
      }
    },
  );

  it('shows the best three partners in full, the others on one line, and Show all', () => {
    const answer = bot.answer('who is in WP2');
    const message = renderAnswer(answer);
    const sections = elements(card(message).body).filter((e) => e.type === 'Container');
    expect(sections).toHaveLength(answer.workPackages.length + 3);
    const others = answer.partners.slice(3).map((p) => p.acronym);
    expect(visibleText(message)).toContain(`Also: ${others.join(', ')}.`);
    const [showAll] = card(message).actions;
    expect(showAll?.title).toBe(SHOW_ALL_LABEL);
    expect(showAll?.data).toMatchObject({ question: answer.question, full: true });
    expect(showAll?.data.msteams.displayText).toBe(`Show all: ${answer.question}`);
    expect(card(message).fallbackText).toContain('Also: ');
    const full = renderAnswer(answer, { full: true });
    const all = elements(card(full).body).filter((e) => e.type === 'Container');
    expect(all).toHaveLength(answer.workPackages.length + answer.partners.length);
    expect(card(full).actions.some((a) => a.data.full)).toBe(false);
  });

  it('marks lead roles and quotes each distinct source sentence once per partner', () => {
    const answer = bot.answer('What does UB do?');
    const c = card(renderAnswer(answer, { full: true }));
    const all = elements(c.body);
    const leads = all.filter((e) => e.type === 'TextBlock' && e.text.includes(LEAD_MARKER));
    expect(leads.length).toBe(answer.partners[0]?.roles.filter((r) => r.lead).length);
    const quotes = all.filter((e) => e.type === 'RichTextBlock');
    const sources = new Set(answer.partners[0]?.roles.map((r) => r.source));
    expect(quotes.length).toBe(sources.size);
  });

  it('lists partners of a list answer compactly, all of them', () => {
    const answer = bot.answer('list all partners');
    const message = renderAnswer(answer, { full: true });
    expect(elements(card(message).body).some((e) => e.type === 'Container')).toBe(false);
    for (const p of answer.partners) expect(visibleText(message)).toContain(`**${p.acronym}**`);
  });

  it.each([
    ['many partners with many long roles', hugeAnswer(300, 12, 3_000)],
    ['one partner with hundreds of roles', hugeAnswer(1, 500, 400)],
  ])('shortens %s to fit in a Teams message, and says so', (_name, answer) => {
    const message = renderAnswer(answer, { full: true });
    expect(payloadBytes(message)).toBeLessThanOrEqual(DEFAULT_BUDGET);
    expect(visibleText(message)).toContain(SHORTENED_NOTE);
    expect(card(message).actions).toHaveLength(TEAMS_LIMITS.maxActions);
    expect(payloadBytes(renderAnswer(answer))).toBeLessThanOrEqual(DEFAULT_BUDGET);
  });

  it('fits the budget it is given, however small', () => {
    const answer = hugeAnswer(300, 12, 3_000);
    for (const maxBytes of [20_000, 12_000, 8_000])
      for (const full of [false, true])
        expect(payloadBytes(renderAnswer(answer, { full, maxBytes }))).toBeLessThanOrEqual(
          maxBytes,
        );
  });

  it('quotes only an excerpt of an enormous source sentence', () => {
    const message = renderAnswer(hugeAnswer(3, 3, 60_000));
    expect(payloadBytes(message)).toBeLessThanOrEqual(TEAMS_LIMITS.maxPayloadBytes);
    const quotes = elements(card(message).body).flatMap((e) =>
      e.type === 'RichTextBlock' ? e.inlines.map((i) => i.text) : [],
    );
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote.length).toBeLessThanOrEqual(TEAMS_LIMITS.maxQuote + 4);
  });

  it('keeps a text that is huge by itself within the limits', () => {
    const answer = {
      ...hugeAnswer(0, 0, 0),
      text: 'word '.repeat(200_000),
      intent: 'help' as const,
    };
    const message = renderAnswer(answer);
    expect(payloadBytes(message)).toBeLessThanOrEqual(TEAMS_LIMITS.maxPayloadBytes);
  });

  it('neutralises mentions, tags and links echoed from the question', () => {
    const answer: Answer = {
      ...bot.answer('help'),
      text: 'I don’t know about “<at>Alice</at> <a href="https://evil.example">x</a> [click](https://evil.example)”.',
      suggestions: [{ label: '<at>Bob</at>', question: '<at>Bob</at> who leads WP1?' }],
    };
    const text = visibleText(renderAnswer(answer));
    expect(text).not.toMatch(/<at|<\/at|<a |\]\(/i);
    expect(text).toContain('Alice');
  });
});

describe('renderWelcome', () => {
  const dataset = realDataset();
  const message = renderWelcome(dataset, realBot().answer('help').suggestions);

  it('gives the consortium in brief, every work package with its leader, and how to ask', () => {
    const text = visibleText(message);
    expect(text).toContain(dataset.consortium.name);
    expect(text).toContain(`${dataset.partners.length} partners`);
    for (const wp of dataset.workPackages) {
      const leader = dataset.partners.find((p) => p.id === wp.leader);
      expect(text).toMatch(
        new RegExp(`${wp.id}\\n${leader ? `led by ${leader.acronym}` : 'no leader named'}`),
      );
    }
    expect(text).toContain(HOW_TO_ASK);
    expect(card(message).actions.length).toBeGreaterThan(0);
    expect(payloadBytes(message)).toBeLessThanOrEqual(TEAMS_LIMITS.maxPayloadBytes);
  });
});
