import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Answer } from '../../src/core/schema/answer.js';
import type { Dataset } from '../../src/core/schema/dataset.js';
import { foldCase } from '../../src/core/text/normalise.js';

/**
 * The blind sets: questions written by someone who read only the consortium description
 * (`shared/seed/eucanimage-consortium.txt`), never the code, the dataset or the golden set.
 * Their expectations name partners as the description writes them ("UAMS/TCIA", "UmU"); they
 * are resolved to dataset ids here, so the files stay exactly as their writer left them.
 */
export const BlindFamily = z.enum([
  'chat-noise',
  'asker-words',
  'everyday-words',
  'places',
  'negation',
  'either-or',
  'capitals',
  'out-of-scope-subject',
  'wp-leadership',
  'plain',
]);
export type BlindFamily = z.infer<typeof BlindFamily>;

const Names = z.array(z.string().min(1));

/** What a right answer does, in the writer's terms. */
export const BlindExpectation = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('partners'),
    include: Names.default([]),
    exclude: Names.default([]),
    exact: z.boolean().default(false),
  }),
  z.object({ type: z.literal('leader'), wp: z.string(), partner: z.string() }),
  z.object({ type: z.literal('no-leader'), wp: z.string() }),
  z.object({ type: z.literal('none'), reason: z.string().optional() }),
  z.object({ type: z.literal('out-of-scope') }),
]);
export type BlindExpectation = z.infer<typeof BlindExpectation>;

export const BlindCase = z.object({
  id: z.string(),
  family: BlindFamily,
  question: z.string().min(1),
  expect: BlindExpectation,
  why: z.string().optional(),
});
export type BlindCase = z.infer<typeof BlindCase>;

export const BlindTurn = z.object({
  question: z.string().min(1),
  expect: BlindExpectation,
  why: z.string().optional(),
});
export const BlindConversation = z.object({ id: z.string(), turns: z.array(BlindTurn).min(2) });
export type BlindConversation = z.infer<typeof BlindConversation>;

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
export const BLIND_SET_PATH = here('./blind-set.json');
export const BLIND_CONVERSATIONS_PATH = here('./blind-conversations.json');

export function loadBlindSet(file = BLIND_SET_PATH): BlindCase[] {
  return z.array(BlindCase).parse(JSON.parse(readFileSync(file, 'utf8')));
}

export function loadBlindConversations(file = BLIND_CONVERSATIONS_PATH): BlindConversation[] {
  return z.array(BlindConversation).parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Resolves a partner as the description names it to its dataset id (acronym, alias or name). */
export function createPartnerResolver(dataset: Dataset): (name: string) => string {
  const byName = new Map<string, string>();
  for (const p of dataset.partners)
    for (const name of [
      p.id,
      p.acronym,
      p.name,
      p.legalName,
      ...p.aliases,
      ...p.acronym.split('/'),
    ])
      if (!byName.has(foldCase(name))) byName.set(foldCase(name), p.id);
  return (name) => {
    const id = byName.get(foldCase(name));
    if (id === undefined) throw new Error(`the blind set names an unknown partner: ${name}`);
    return id;
  };
}

/** The parts of an Answer the blind checker reads. */
export type BlindJudged = Pick<Answer, 'intent' | 'partners' | 'workPackages' | 'text'>;

/** Wording that says the description names no leader for a work package. */
const NO_LEADER = /\bno (?:named )?lead|names? no lead|does not name (?:a|its) lead|not named/i;

/** Every way the answer misses the expectation; empty when it passes. */
export function checkBlind(
  answer: BlindJudged,
  expectation: BlindExpectation,
  resolve: (name: string) => string,
): string[] {
  const ids = answer.partners.map((p) => p.id);
  const listed = `[${ids.join(', ')}]`;
  switch (expectation.type) {
    case 'partners': {
      const failures: string[] = [];
      const include = expectation.include.map(resolve);
      const exclude = expectation.exclude.map(resolve);
      const missing = include.filter((id) => !ids.includes(id));
      if (missing.length > 0) failures.push(`missing ${missing.join(', ')} from ${listed}`);
      const unwanted = exclude.filter((id) => ids.includes(id));
      if (unwanted.length > 0) failures.push(`should not list ${unwanted.join(', ')}`);
      if (expectation.exact && ids.some((id) => !include.includes(id)))
        failures.push(`should list exactly [${include.join(', ')}], got ${listed}`);
      return failures;
    }
    case 'leader': {
      const partner = resolve(expectation.partner);
      const named =
        answer.workPackages.some((wp) => wp.id === expectation.wp && wp.leader?.id === partner) ||
        answer.partners[0]?.roles.some((r) => r.wp === expectation.wp && r.lead) === true;
      const first = answer.workPackages.length > 0 || ids[0] === partner;
      return named && first ? [] : [`should name ${partner} as ${expectation.wp}'s leader`];
    }
    case 'no-leader': {
      const wp = answer.workPackages.find((w) => w.id === expectation.wp);
      if (wp?.leader) return [`names ${wp.leader.id} as ${expectation.wp}'s leader`];
      return wp !== undefined || NO_LEADER.test(answer.text)
        ? []
        : [`should say that no leader of ${expectation.wp} is named (intent ${answer.intent})`];
    }
    case 'none':
    case 'out-of-scope':
      return ids.length === 0 ? [] : [`should list no partner, got ${listed}`];
  }
}
