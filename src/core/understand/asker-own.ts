import type { KnowledgeIndex } from '../index/knowledge-index.js';
import type { ClauseToken } from './asides.js';
import { isAllCaps } from './capital-words.js';

/**
 * Words of the asked part that set the asker's own partner apart: "which other partners …",
 * "who else …". "other than X" names what it leaves out itself, so it does not count.
 */
const SET_APART = new Set(['else', 'other', 'others']);
const THAN = 'than';

/** Whether the asked part (not the aside) says "other" or "else", not as "other than". */
function asksForOthers(tokens: readonly ClauseToken[]): boolean {
  return tokens.some((t, i) => !t.aside && SET_APART.has(t.norm) && tokens[i + 1]?.norm !== THAN);
}

/**
 * The partner a city in the aside places the asker at: the one partner known there, when every
 * partner of its country has a known city. The source names few cities, so a city alone does
 * not tell whether a partner without one is there too ("Vienna" among three Austrian partners).
 */
function soleCityPartner(index: KnowledgeIndex, city: string, country?: string): string[] {
  const there = index.partnersByCity.get(city) ?? [];
  if (there.length !== 1 || country === undefined) return [];
  const inCountry = index.partnersByCountry.get(country) ?? [];
  return inCountry.every((id) => index.cityOfPartner.has(id)) ? there : [];
}

/**
 * The asker's own partner, named in the aside, that "other"/"else" leaves out: "PhD student at
 * UB here, which other partners are in Barcelona?" asks for Barcelona's partners but UB; "as a
 * radiologist in Gdańsk, who else works on breast cancer?" leaves out the one partner there.
 * The aside still sets no filter (see asides.ts): it only says who "other" is other than.
 */
export function askerOwnPartners(index: KnowledgeIndex, tokens: readonly ClauseToken[]): string[] {
  if (!tokens.some((t) => t.aside) || !asksForOthers(tokens)) return [];
  const canon = tokens.map((t) => t.canon);
  const own: string[] = [];
  for (const span of index.entities.scan(canon, (i) => tokens[i]?.aside === true)) {
    const words = tokens.slice(span.start, span.start + span.length);
    for (const e of span.values) {
      if (e.type === 'partner' && e.strength === 1 && (!e.capsOnly || words.every(capital)))
        own.push(e.id);
      else if (e.type === 'city') own.push(...soleCityPartner(index, e.name, e.country));
    }
  }
  return [...new Set(own)];
}

function capital(token: ClauseToken): boolean {
  return isAllCaps(token.raw);
}
