import type { ClientCitation } from '@microsoft/agents-activity';
import type { AnswerPartner } from '../../src/core/schema/answer.js';
import { clampText, neutraliseMarkup } from './escape.js';
import { TEAMS_LIMITS } from './limits.js';

/**
 * The root message entity that carries a message's citations
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bot-messages-ai-generated-content#add-citations).
 * It has no `additionalType: ['AIGeneratedContent']`, which would label the message "AI
 * generated": eucanbot's answers quote the dataset's sentences, they are not generated. So the
 * SDK's addAIToActivity, which always adds that label, is not used.
 */
export interface CitationEntity {
  type: 'https://schema.org/Message';
  '@type': 'Message';
  '@context': 'https://schema.org';
  '@id': '';
  citation: ClientCitation[];
}

/** Who a quoted sentence is about: the citation's title. */
export type CitedPartner = Pick<AnswerPartner, 'acronym' | 'name'>;

/** A message's citations, numbered in the order they are first cited. */
export interface Citations {
  /**
   * The in-text marker ("[1]") for `source` quoted about `partner`, shown as `excerpt`; the same
   * sentence about the same partner keeps its number and gathers the keywords. Undefined once
   * the message holds as many citations as Teams shows.
   */
  cite(
    source: string,
    excerpt: string,
    partner: CitedPartner,
    keywords: readonly (string | null)[],
  ): string | undefined;
  /** The citations so far, as Teams reads them. */
  readonly list: readonly ClientCitation[];
}

/** "UB · University of Barcelona", or the acronym alone when it is the name. */
function citationName(partner: CitedPartner): string {
  const name =
    partner.acronym === partner.name ? partner.acronym : `${partner.acronym} · ${partner.name}`;
  return clampText(neutraliseMarkup(name), TEAMS_LIMITS.citationName);
}

/** The citation's keywords: at most Teams' count, each within its length, no repeats. */
function addKeywords(into: string[], keywords: readonly (string | null)[]): void {
  for (const keyword of keywords) {
    if (keyword === null || into.length >= TEAMS_LIMITS.citationKeywords) continue;
    const cut = clampText(neutraliseMarkup(keyword), TEAMS_LIMITS.citationKeyword);
    if (cut !== '' && !into.includes(cut)) into.push(cut);
  }
}

/** An empty list of citations for one message. Pure. */
export function createCitations(): Citations {
  const list: ClientCitation[] = [];
  const byKey = new Map<string, ClientCitation>();
  return {
    list,
    cite(source, excerpt, partner, keywords) {
      const key = `${partner.acronym}\u0000${source}`;
      let citation = byKey.get(key);
      if (citation === undefined) {
        if (list.length >= TEAMS_LIMITS.maxCitations) return undefined;
        citation = {
          '@type': 'Claim',
          position: list.length + 1,
          appearance: {
            '@type': 'DigitalDocument',
            name: citationName(partner),
            abstract: clampText(neutraliseMarkup(excerpt), TEAMS_LIMITS.citationAbstract),
            keywords: [],
          },
        };
        list.push(citation);
        byKey.set(key, citation);
      }
      addKeywords(citation.appearance.keywords ?? [], keywords);
      return `[${citation.position}]`;
    },
  };
}

/** The entity that carries `citations`, or none when nothing was cited. */
export function citationEntities(citations: readonly ClientCitation[]): CitationEntity[] {
  if (citations.length === 0) return [];
  const citation = citations.map((c) => {
    const { keywords, ...appearance } = c.appearance;
    // An empty keyword list is left out rather than sent.
    return keywords && keywords.length > 0 ? c : { ...c, appearance };
  });
  return [
    {
      type: 'https://schema.org/Message',
      '@type': 'Message',
      '@context': 'https://schema.org',
      '@id': '',
      citation,
    },
  ];
}
