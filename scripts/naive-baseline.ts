import Fuse from 'fuse.js';
import type { Dataset } from '../src/core/index.js';
import type { JudgedAnswer } from '../test/golden/golden-set.js';

/** Fuse's own cut-off: results scoring worse (higher) than this are dropped, and so abstained on. */
export const BASELINE_THRESHOLD = 0.6;

/** A ranker to compare eucanbot against. */
export interface NaiveBaseline {
  answer(question: string): JudgedAnswer;
}

interface PartnerDocument {
  id: string;
  description: string;
}

/** Everything the dataset says about a partner, as one string: profile, role summaries, sources. */
function describePartner(partner: Dataset['partners'][number]): PartnerDocument {
  const parts = [
    partner.profile,
    ...partner.roles.map((r) => r.summary),
    ...partner.roles.map((r) => r.source),
  ];
  return { id: partner.id, description: parts.join(' ') };
}

/**
 * What a first attempt would be: plain fuse.js over each partner's whole description, with the
 * whole question as the pattern and near-default options. It only ranks partners: intent, text and
 * work packages are beyond it, so it answers 'topic' or abstains with 'unknown'.
 */
export function createNaiveBaseline(dataset: Dataset): NaiveBaseline {
  const fuse = new Fuse(dataset.partners.map(describePartner), {
    keys: ['description'],
    includeScore: true,
    threshold: BASELINE_THRESHOLD,
    ignoreLocation: true,
  });
  return {
    answer(question) {
      const results = fuse.search(question);
      const best = results[0]?.score ?? 1;
      const abstain = results.length === 0 || best > BASELINE_THRESHOLD;
      const partners = abstain ? [] : results.map((r) => ({ id: r.item.id }));
      return {
        intent: abstain ? 'unknown' : 'topic',
        partners,
        workPackages: [],
        text: abstain ? 'No match.' : partners.map((p) => p.id).join(', '),
        confidence: abstain ? 0 : Math.max(0, Math.min(1, 1 - best)),
        suggestions: [],
      };
    },
  };
}
