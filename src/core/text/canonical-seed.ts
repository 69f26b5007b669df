/**
 * Canonical forms worked out ahead of time, as [word, canonicalWord(word)] pairs. Run from
 * source there are none, and each form is worked out when first needed. The CLI's bundle
 * replaces this module by the forms that building the shipped dataset's index needs, worked out
 * at build time (scripts/bundle-cli.ts), as stemming them was a fifth of a cold start's work.
 */
export const CANONICAL_SEED: readonly (readonly [word: string, canon: string])[] = [];
