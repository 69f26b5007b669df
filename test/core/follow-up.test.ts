import { describe, expect, it } from 'vitest';
import { Answer } from '../../src/core/schema/answer.js';
import { ConversationContext } from '../../src/core/schema/conversation.js';
import { loadConversations, runConversation } from '../golden/conversations.js';
import { loadGoldenSet } from '../golden/golden-set.js';
import { realBot } from '../helpers/real-bot.js';

const bot = realBot();
const ids = (answer: Answer): string[] => answer.partners.map((p) => p.id);

/** Asks the questions in turn, each in the context the answer before left. */
function converse(...questions: string[]): Answer[] {
  let context: Answer['context'] = null;
  return questions.map((q) => {
    const answer = bot.answer(q, context);
    context = answer.context;
    return answer;
  });
}

describe('follow-up questions', () => {
  it('answers "and in Spain?" alone as before, and in a conversation against its context', () => {
    expect(bot.answer('and in Spain?').resolvedQuestion).toBe('and in Spain?');
    const [, spain] = converse('who leads WP4?', 'which of them are in Spain?');
    expect(ids(spain as Answer)).toEqual(['crg']);
    expect(spain?.resolvedQuestion).toBe('Which partners in WP4 are in Spain?');
  });

  it('answers "who else?" against the same bar: leaving the best out lets no weak match in', () => {
    // The first answer listed everyone above half the best score; the rest are no answer.
    for (const [first, next] of [
      ['who builds the AI assessment platform?', 'who else contributes to it?'],
      ['who handles GDPR?', 'anyone else?'],
      ['who works on radiomics', 'who else?'],
    ] as const) {
      const [shown, other] = converse(first, next);
      expect(other?.partners).toEqual([]);
      expect(other?.intent).toBe('not-found');
      expect(other?.headline).toMatch(/^No partner other than /);
      for (const p of shown?.partners ?? []) expect(other?.headline).toContain(p.acronym);
    }
    // Named in a question, a left-out partner still sets the bar of a filter it is in.
    const universities = ids(bot.answer('universities working on AI other than UB'));
    expect(universities).not.toContain('ub');
    expect(universities.length).toBeGreaterThan(0);
  });

  it('says in the headline what a follow-up carried over', () => {
    const [, , gdpr] = converse('who handles GDPR?', 'and in Spain?', 'what about ethics?');
    expect(gdpr?.headline).toMatch(/Spain/);
    expect(gdpr?.headline).toMatch(/ethics/);
    const [, picked] = converse('who is in WP2?', 'what does the second one do?');
    expect(picked?.headline).toMatch(/^The 2nd one: \*\*UmU\*\*/);
    const [, inWp] = converse('what does CRG do?', 'and in WP3?');
    expect(inWp?.headline).toMatch(/^WP3: \*\*CRG\*\*/);
  });

  it('gives every follow-up of the multi-turn set a resolved question that means the same on its own', () => {
    let checked = 0;
    for (const conversation of loadConversations())
      for (const answer of runConversation(bot, conversation)) {
        if (answer.resolvedQuestion === answer.question) continue;
        checked += 1;
        const alone = bot.answer(answer.resolvedQuestion);
        expect(ids(alone), `${answer.question} → ${answer.resolvedQuestion}`).toEqual(ids(answer));
      }
    expect(checked).toBeGreaterThan(60);
  });

  it('lists every match, not the first eight, when "all of them" are asked for', () => {
    const [first, all] = converse('who works on imaging?', 'show me all');
    expect(first?.partners).toHaveLength(8);
    expect(first?.notes).toContain('…and 2 more.');
    expect(all?.partners).toHaveLength(10);
    expect(all?.notes).toEqual([]);
  });

  it('leaves a valid context after every golden question, and reads it back', () => {
    for (const { q } of loadGoldenSet()) {
      const { context } = bot.answer(q);
      if (context === null) continue;
      expect(ConversationContext.safeParse(context).success, q).toBe(true);
      for (const next of ['and in Spain?', 'the second one?', 'show me all', 'who leads it?'])
        expect(() => Answer.parse(bot.answer(next, context)), `${q} → ${next}`).not.toThrow();
    }
  });

  it('leaves a context that is plain, small, valid JSON', () => {
    const answers = converse('list all partners', 'show me all', 'which of them are in Spain?');
    for (const answer of answers) {
      const json = JSON.stringify(answer.context);
      expect(ConversationContext.parse(JSON.parse(json))).toEqual(answer.context);
      expect(json.length).toBeLessThan(4000);
    }
  });

  it('keeps the context through an answer it could not give, and starts none from it', () => {
    expect(bot.answer('xyzzy plugh').context).toBeNull();
    expect(bot.answer('help').context).toBeNull();
    const [spain, , italy] = converse(
      'which partners are in Spain?',
      'xyzzy plugh',
      'and in Italy?',
    );
    expect(ids(italy as Answer)).toEqual(['lyn', 'unipi']);
    expect(spain?.context).not.toBeNull();
  });

  it('reads a context it cannot use as no context, whatever a store gave back', () => {
    const fresh = bot.answer('and in Italy?');
    const foreign = [
      { question: 'x' },
      'not a context',
      42,
      { ...bot.answer('who leads WP4?').context, intent: 'nonsense' },
    ];
    for (const context of foreign)
      expect(bot.answer('and in Italy?', context as ConversationContext)).toEqual(fresh);
  });

  it('ignores partners and work packages the dataset no longer has (after a reload)', () => {
    const context = bot.answer('who is in WP2?').context as ConversationContext;
    const stale = {
      ...context,
      partners: ['gone'],
      workPackages: ['WP99'],
      shown: ['gone', ...context.shown],
      excluded: { ...context.excluded, partners: ['gone'] },
    };
    expect(ids(bot.answer('and in Spain?', stale))).toEqual(['ub', 'bsc', 'crg', 'upv', 'fcrb']);
    expect(ids(bot.answer('what does the first one do?', stale))).toEqual(['gumed']);
  });

  it('is pure: the same question in the same context gets the same answer', () => {
    const context = bot.answer('who handles GDPR?').context;
    expect(bot.answer('and in Spain?', context)).toEqual(bot.answer('and in Spain?', context));
  });

  it('reads no word named like an Object property as an ordinal', () => {
    const context = bot.answer('who is in WP2?').context;
    for (const q of ['what does constructor do?', 'the toString one', 'hasOwnProperty?']) {
      const answer = bot.answer(q, context);
      expect(answer.text, q).not.toMatch(/function|there is no number/);
      expect(answer.intent, q).not.toBe('partner');
    }
  });
});
