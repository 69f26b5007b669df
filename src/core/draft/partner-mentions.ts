import { findPhrase } from './phrase-search.js';

/** Where a text names a partner. */
export interface PartnerMention {
  /** The partner's position in the draft's list. */
  partner: number;
  start: number;
  end: number;
}

/** Finds the partners a text names by their forms: acronyms, names, aliases. */
export type MentionFinder = (text: string) => PartnerMention[];

/**
 * A finder over each partner's forms. Acronyms and one-word names count as written (and an
 * acronym also in capitals: "UMU" for "UmU"); longer names count in any case. Where two forms
 * overlap, the longer wins: "BBMRI-ERIC" before "BBMRI".
 */
export function createMentionFinder(forms: readonly (readonly string[])[]): MentionFinder {
  const spellings = forms.flatMap((partnerForms, partner) =>
    partnerForms.flatMap((form) => {
      const trimmed = form.trim();
      if (trimmed === '') return [];
      const exact = !/\s/.test(trimmed);
      const written = exact ? [...new Set([trimmed, trimmed.toUpperCase()])] : [trimmed];
      return written.map((spelling) => ({ partner, spelling, ignoreCase: !exact }));
    }),
  );
  return (text) => {
    const found = spellings.flatMap(({ partner, spelling, ignoreCase }) =>
      findPhrase(text, spelling, ignoreCase).map((span) => ({ partner, ...span })),
    );
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: PartnerMention[] = [];
    for (const mention of found) {
      const last = kept.at(-1);
      if (last && mention.start < last.end) continue;
      kept.push(mention);
    }
    return kept;
  };
}
