import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  type Answer,
  type AnswerPartner,
  type AnswerWorkPackage,
  Intent,
} from '../../src/core/schema/answer.js';

/** Kinds of golden question, used to group results in the test names and the eval table. */
export const GoldenFamily = z.enum([
  'topic',
  'work-package',
  'partner',
  'country',
  'kind',
  'combination',
  'coordinator',
  'list',
  'help',
  'out-of-scope',
  'not-found',
]);
export type GoldenFamily = z.infer<typeof GoldenFamily>;

const Ids = z.array(z.string().min(1)).min(1);

/** What a correct answer must satisfy; every key present is checked. */
export const Expectation = z
  .object({
    intent: z
      .union([Intent, z.array(Intent).min(1)])
      .optional()
      .describe('The intent, or any of several.'),
    first: z.string().min(1).optional().describe('Partner id that must come first.'),
    includes: Ids.optional().describe('Partner ids that must all be listed.'),
    excludes: Ids.optional().describe('Partner ids that must not be listed.'),
    only: Ids.optional().describe('The exact set of partner ids, in any order.'),
    none: z.literal(true).optional().describe('No partner may be listed.'),
    workPackages: Ids.optional().describe('Work package ids that must be in the answer.'),
    textIncludes: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('Substrings of the text, case-insensitive.'),
    minConfidence: z.number().min(0).max(1).optional(),
    maxConfidence: z.number().min(0).max(1).optional(),
    hasSuggestions: z.literal(true).optional().describe('At least one follow-up suggestion.'),
  })
  .strict()
  .refine((e) => Object.keys(e).length > 0, 'an expectation must check something');
export type Expectation = z.infer<typeof Expectation>;

/** One golden question and what its answer must satisfy. */
export const GoldenCase = z
  .object({ q: z.string().min(1), family: GoldenFamily, expect: Expectation })
  .strict();
export type GoldenCase = z.infer<typeof GoldenCase>;

/** The golden question set file. */
export const GoldenSet = z.array(GoldenCase).min(1);

/** Where the golden set lives. */
export const GOLDEN_SET_PATH = fileURLToPath(new URL('./golden-set.json', import.meta.url));

/** Reads and validates the golden set. */
export function loadGoldenSet(file: string = GOLDEN_SET_PATH): GoldenCase[] {
  return GoldenSet.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Expectation keys about which partners are listed: the only ones a partner ranker can meet. */
export const PARTNER_KEYS = ['first', 'includes', 'excludes', 'only', 'none'] as const;

/** The parts of an Answer the checker reads; a baseline can produce this shape too. */
export type JudgedAnswer = Pick<Answer, 'intent' | 'text' | 'confidence' | 'suggestions'> & {
  partners: readonly Pick<AnswerPartner, 'id'>[];
  workPackages: readonly Pick<AnswerWorkPackage, 'id'>[];
};

/** Which expectation keys to check: all of them, or only those about listed partners. */
export type CheckScope = 'all' | 'partners';

/** True when the expectation says something about the listed partners. */
export function hasPartnerExpectations(expectation: Expectation): boolean {
  return PARTNER_KEYS.some((key) => expectation[key] !== undefined);
}

function checkPartners(ids: string[], e: Expectation): string[] {
  const failures: string[] = [];
  const listed = `[${ids.join(', ')}]`;
  if (e.first !== undefined && ids[0] !== e.first)
    failures.push(`first partner should be ${e.first}, got ${listed}`);
  const missing = (e.includes ?? []).filter((id) => !ids.includes(id));
  if (missing.length > 0) failures.push(`missing ${missing.join(', ')} from ${listed}`);
  const unwanted = (e.excludes ?? []).filter((id) => ids.includes(id));
  if (unwanted.length > 0) failures.push(`should not list ${unwanted.join(', ')}`);
  if (e.only !== undefined) {
    const same = ids.length === e.only.length && e.only.every((id) => ids.includes(id));
    if (!same) failures.push(`partners should be exactly [${e.only.join(', ')}], got ${listed}`);
  }
  if (e.none === true && ids.length > 0) failures.push(`should list no partner, got ${listed}`);
  return failures;
}

function checkRest(answer: JudgedAnswer, e: Expectation): string[] {
  const failures: string[] = [];
  if (e.intent !== undefined) {
    const allowed: readonly string[] = Array.isArray(e.intent) ? e.intent : [e.intent];
    if (!allowed.includes(answer.intent))
      failures.push(`intent should be ${allowed.join(' or ')}, got ${answer.intent}`);
  }
  const wps = answer.workPackages.map((wp) => wp.id);
  const missingWps = (e.workPackages ?? []).filter((id) => !wps.includes(id));
  if (missingWps.length > 0)
    failures.push(`work packages should include ${missingWps.join(', ')}, got [${wps.join(', ')}]`);
  const text = answer.text.toLowerCase();
  for (const wanted of e.textIncludes ?? [])
    if (!text.includes(wanted.toLowerCase())) failures.push(`text should mention "${wanted}"`);
  if (e.minConfidence !== undefined && answer.confidence < e.minConfidence)
    failures.push(`confidence ${answer.confidence} is below ${e.minConfidence}`);
  if (e.maxConfidence !== undefined && answer.confidence > e.maxConfidence)
    failures.push(`confidence ${answer.confidence} is above ${e.maxConfidence}`);
  if (e.hasSuggestions === true && answer.suggestions.length === 0)
    failures.push('should offer at least one suggestion');
  return failures;
}

/** Every way the answer misses the expectation; empty when it passes. */
export function checkAnswer(
  answer: JudgedAnswer,
  expectation: Expectation,
  scope: CheckScope = 'all',
): string[] {
  const partnerFailures = checkPartners(
    answer.partners.map((p) => p.id),
    expectation,
  );
  return scope === 'partners'
    ? partnerFailures
    : [...checkRest(answer, expectation), ...partnerFailures];
}
