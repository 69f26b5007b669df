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
