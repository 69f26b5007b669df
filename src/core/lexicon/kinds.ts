import type { PartnerKind } from '../schema/dataset.js';

/** Words people use for each organisation kind; plurals and spellings fold in canonicalWord. */
export const KIND_WORDS: Record<PartnerKind, readonly string[]> = {
  university: ['university', 'universities', 'uni', 'academic', 'academia', 'academic partner'],
  hospital: ['hospital', 'hospitals', 'medical centre', 'medical center', 'university hospital'],
  'research-centre': ['research centre', 'research center', 'research institute', 'institute'],
  company: [
    'company',
    'companies',
    'industry',
    'industrial',
    'industrial partner',
    'firm',
    'startup',
    'start up',
    'start ups',
    'sme',
    'private sector',
  ],
  'non-profit': [
    'non profit',
    'nonprofit',
    'not for profit',
    'society',
    'societies',
    'association',
    'ngo',
    'charity',
  ],
  'research-infrastructure': ['research infrastructure', 'infrastructure consortium'],
};

/**
 * Words for a narrower sort of a kind: "which partner is a start-up?" asks for the companies
 * whose profile says start-up (ONCO's "imaging start-up company"), not every company (issue #11,
 * plain family of round 2). Compared letters only, a final "s" dropped: "start-ups" ≈ "startup".
 */
export const STATED_KIND_WORDS: readonly string[] = [
  'startup',
  'start up',
  'start ups',
  'spin off',
];
