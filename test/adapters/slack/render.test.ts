import { describe, expect, it } from 'vitest';
import type { Block } from '../../../adapters/slack/blocks.js';
import { SLACK_LIMITS } from '../../../adapters/slack/limits.js';
import { ACTION_IDS, renderAnswer } from '../../../adapters/slack/render.js';
import type { Answer } from '../../../src/core/schema/answer.js';
import { realBot } from '../../helpers/real-bot.js';

/** Every mrkdwn or plain text string in a message's blocks. */
function texts(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (
        (record.type === 'mrkdwn' || record.type === 'plain_text') &&
        typeof record.text === 'string'
      )
        out.push(record.text);
      Object.values(record).forEach(visit);
    }
  };
  visit(blocks);
  return out;
}

/** Checks every Slack limit the renderer promises to respect. */
function expectWithinLimits(message: { text: string; blocks: Block[] }): void {
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.messageBlocks);
  expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
  expect(JSON.stringify(message.blocks).length).toBeLessThanOrEqual(SLACK_LIMITS.messageBlocksText);
  for (const block of message.blocks) {
    if (block.type === 'section')
      expect(block.text?.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    if (block.type === 'context') {
      expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
      for (const e of block.elements)
        if ('text' in e && typeof e.text === 'string')
          expect(e.text.length).toBeLessThanOrEqual(SLACK_LIMITS.contextText);
    }
    if (block.type === 'actions') {
      expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.actionsElements);
      for (const e of block.elements)
        if (e.type === 'button') {
          expect(e.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
          expect((e.value ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
        }
    }
  }
}

/** An Answer far beyond every Slack limit. */
function hugeAnswer(): Answer {
  const long = 'word '.repeat(2000).trim();
  return {
    question: `who ${'does what '.repeat(300)}`,
    intent: 'topic',
    confidence: 0.9,
    text: `On everything:\n\n${long}\n\n…and 5 more.`,
    notice: null,
    headline: 'On everything:',
    notes: [long, '…and 5 more.'],
    partners: Array.from({ length: 120 }, (_, i) => ({
      id: `p${i}`,
      acronym: `P${i}`,
      name: `Partner number ${i} ${'with a very long name '.repeat(10)}`,
      country: 'Spain',
      kind: 'university',
      score: 0.9,
      roles: Array.from({ length: 30 }, (_, j) => ({
        summary: `Role ${j} ${long.slice(0, 400)}`,
        wp: `WP${(j % 7) + 1}`,
        lead: j === 0,
        source: `Sentence ${j} of partner ${i}: ${long}`,
      })),
    })),
    workPackages: [],
    suggestions: Array.from({ length: 40 }, (_, i) => ({
      label: `Suggestion ${i} ${'long label '.repeat(20)}`,
      question: `Question ${i} ${'x'.repeat(3000)}`,
    })),
    truncated: false,
    resolvedQuestion: 'who does everything?',
    context: null,
  };
}

describe('renderAnswer', () => {
  const bot = realBot();

  it('shows the partner, its roles with work package and lead marker, and the source sentence', () => {
    const message = renderAnswer(bot.answer('who leads WP4?'));
    const all = texts(message.blocks).join('\n');
    expect(all).toContain(
      '*UAMS/TCIA* University of Arkansas for Medical Sciences · United States of America',
    );
    expect(all).toContain('*WP4 · lead* — ');
    const quote = message.blocks.find((b) => b.type === 'context');
    expect(texts(quote ? [quote] : []).join('')).toMatch(/^“UAMS\/TCIA leads WP4/);
    expect(message.text).toContain('WP4 is led by *UAMS/TCIA*');
  });

  it('offers each suggestion as a button that asks it', () => {
    const answer = bot.answer('what does BSC do?');
    const actions = renderAnswer(answer).blocks.find((b) => b.type === 'actions');
    const buttons = actions?.type === 'actions' ? actions.elements : [];
    expect(buttons.map((b) => (b.type === 'button' ? b.value : undefined))).toEqual(
      answer.suggestions.map((s) => s.question),
    );
    expect(buttons.every((b) => ACTION_IDS.suggestion.test(b.action_id ?? ''))).toBe(true);
  });

  it('adds the share button and the question when asked to', () => {
    const message = renderAnswer(bot.answer('who leads WP1?'), { share: true, showQuestion: true });
    expect(JSON.stringify(message.blocks)).toContain(`"action_id":"${ACTION_IDS.share}"`);
    expect(texts(message.blocks)[0]).toBe('*Question:* who leads WP1?');
  });

  it('words a low-confidence answer as a guess, and a sure one plainly', () => {
    const sure = bot.answer('who leads WP1?');
    expect(texts(renderAnswer(sure).blocks).join(' ')).not.toMatch(/not sure|I think/);
    const guess = { ...sure, confidence: 0.3 };
    expect(texts(renderAnswer(guess).blocks).join(' ')).toContain('I am not sure I understood');
    const fair = { ...sure, confidence: 0.6 };
    expect(texts(renderAnswer(fair).blocks).join(' ')).toContain('I think this is what you asked');
  });

  it('shows the notice first, then the headline, and the notes after the partners', () => {
    const answer = bot.answer(`Who is in WP2? cc Alice Martin ${'x'.repeat(600)}`);
    expect(answer.notice).toMatch(/first 500 characters/);
    const shown = texts(renderAnswer(answer).blocks);
    const at = (fragment: string) => shown.findIndex((t) => t.includes(fragment));
    expect(at('first 500 characters')).toBe(at(answer.headline.slice(0, 20)));
    expect(at('left the rest of your message aside')).toBeGreaterThan(at('GUMed'));
  });

  it('always carries the answer as plain text, compact or full', () => {
    for (const q of ['help', 'list partners', 'list work packages', 'who handles GDPR?', 'xyzzy']) {
      const answer = bot.answer(q);
      for (const full of [false, true]) {
        const message = renderAnswer(answer, { full });
        expect(message.text.length).toBeGreaterThan(0);
        expectWithinLimits(message);
      }
    }
  });

  it('shows the compact view, and a Show all button that asks the question again', () => {
    const answer = bot.answer('list all partners');
    const message = renderAnswer(answer);
    const all = texts(message.blocks).join('\n');
    const listed = answer.partners.filter((p) => all.includes(`*${p.acronym}* ${p.name}`));
    expect(listed).toEqual(answer.partners.slice(0, 3));
    expect(all).toContain(
      `Also: ${answer.partners
        .slice(3)
        .map((p) => p.acronym)
        .join(', ')}.`,
    );
    expect(message.text).toContain('Also: ');
    const actions = message.blocks.find((b) => b.type === 'actions');
    const buttons = actions?.type === 'actions' ? actions.elements : [];
    expect(buttons[0]).toMatchObject({ action_id: ACTION_IDS.showAll, value: answer.question });
    const full = renderAnswer(answer, { full: true });
    expect(texts(full.blocks).join('\n')).not.toContain('Also: ');
    expect(JSON.stringify(full.blocks)).not.toContain(ACTION_IDS.showAll);
  });

  it('offers Show all only when the compact view left something out', () => {
    expect(JSON.stringify(renderAnswer(bot.answer('who leads WP4?')).blocks)).not.toContain(
      ACTION_IDS.showAll,
    );
  });

  it('shortens a huge answer with "and N more" instead of passing any Slack limit', () => {
    expectWithinLimits(renderAnswer(hugeAnswer(), { share: true, showQuestion: true }));
    const message = renderAnswer(hugeAnswer(), { share: true, showQuestion: true, full: true });
    expectWithinLimits(message);
    const all = texts(message.blocks).join('\n');
    expect(all).toMatch(/…and \d+ more partners\./);
    expect(all).toMatch(/…and \d+ more roles\./);
    expect(message.text.endsWith('…')).toBe(true);
  });

  it('escapes question text so it cannot mention, broadcast or link', () => {
    const answer = bot.answer('<!channel> <@U999> <https://evil.example|x> & xyzzy');
    const message = renderAnswer(answer, { showQuestion: true });
    for (const text of [message.text, ...texts(message.blocks)])
      expect(text).not.toMatch(/<[!@#]|<https?:|@(channel|here)\b/);
    expect(texts(message.blocks)[0]).toContain('&lt;!channel&gt;');
  });
});
