import Fuse from 'fuse.js';
import type { Token } from '../text/normalise.js';
import type { ClauseToken } from './asides.js';

// "work pakcage 4", "work packge 2": the one word the WP grammar needs, read with typos.
const PACKAGE_WORD = new Fuse(['package', 'packages'], { includeScore: true, threshold: 0.35 });

function packageWord(token: Token | undefined): 'package' | 'packages' | undefined {
  if (token === undefined || token.norm.length < 5) return undefined;
  if (token.norm === 'package' || token.norm === 'packages') return token.norm;
  const hit = PACKAGE_WORD.search(token.norm)[0];
  if (
    hit === undefined ||
    (hit.score ?? 1) > 0.35 ||
    Math.abs(hit.item.length - token.norm.length) > 1
  )
    return undefined;
  return hit.item === 'packages' ? 'packages' : 'package';
}

/** The question's tokens with work-package references folded into one token each. */
export interface WorkPackageScan {
  tokens: ClauseToken[];
  /** Ids as written in datasets ("WP4"), in order of mention; may name WPs that do not exist. */
  ids: string[];
  /** "work packages", "WPs": the question is about work packages in general. */
  plural: boolean;
  /** Ids named in a clause about the asker ("I'm new in WP3 - …"): no filter, a referent. */
  asideIds: string[];
}

const WP_MARK = '#wp';

/** Whether a token is a folded work-package reference. */
export function isWorkPackageToken(token: Token): boolean {
  return token.canon.startsWith(WP_MARK);
}

function numberAt(tokens: readonly Token[], i: number): string | undefined {
  const canon = tokens[i]?.canon;
  return canon !== undefined && /^\d{1,2}$/.test(canon) ? String(Number(canon)) : undefined;
}

/**
 * Recognises "WP4", "wp 4", "WP-4", "work package 4", "work-package four", "workpackage 4",
 * and lists like "WP3 and 4". Numbers are read after canonicalWord, so "four" is "4".
 */
export function scanWorkPackages(input: readonly ClauseToken[]): WorkPackageScan {
  const tokens: ClauseToken[] = [];
  const ids: string[] = [];
  const asideIds: string[] = [];
  let plural = false;
  let i = 0;
  // A work package in a clause about the asker ("I'm in WP2, who…") is no filter.
  const push = (raw: string, n: string | undefined): void => {
    const aside = input[i]?.aside === true;
    tokens.push({
      raw,
      norm: raw.toLowerCase(),
      canon: n === undefined ? WP_MARK : `${WP_MARK}${n}`,
      aside,
      quiet: false,
    });
    if (n !== undefined) (aside ? asideIds : ids).push(`WP${n}`);
  };
  while (i < input.length) {
    const t = input[i] as ClauseToken;
    const glued = /^wp(\d{1,2})$/.exec(t.norm) ?? /^workpackage(\d{1,2})$/.exec(t.norm);
    let width = 0;
    if (glued) {
      push(t.raw, String(Number(glued[1])));
      width = 1;
    } else if (t.norm === 'wp' || t.norm === 'workpackage') {
      push(t.raw, numberAt(input, i + 1));
      width = numberAt(input, i + 1) === undefined ? 1 : 2;
    } else if (t.norm === 'work' && packageWord(input[i + 1]) === 'package') {
      push(`${t.raw} ${input[i + 1]?.raw}`, numberAt(input, i + 2));
      width = numberAt(input, i + 2) === undefined ? 2 : 3;
    } else if (t.norm === 'wps' || t.norm === 'workpackages') {
      plural = true;
      width = 1;
    } else if (t.norm === 'work' && packageWord(input[i + 1]) === 'packages') {
      plural = true;
      width = 2;
    }
    if (width === 0) {
      // "WP3 and 4", "WP 2, 5": a bare number right after a WP reference names another one.
      const previous = tokens.at(-1);
      const n = numberAt(input, i);
      const afterWp =
        previous !== undefined &&
        previous.canon.length > WP_MARK.length &&
        isWorkPackageToken(previous);
      const joined = afterWp || (ids.length > 0 && ['and', 'or'].includes(previous?.norm ?? ''));
      if (n !== undefined && joined && ids.length > 0) {
        if (!isWorkPackageToken(previous as Token)) tokens.pop();
        push(t.raw, n);
      } else tokens.push(t);
      i += 1;
      continue;
    }
    if (width > 0 && tokens.length === 0 && plural && width <= 2) {
      // nothing to keep for a plural mention; fall through
    }
    i += width;
  }
  return { tokens, ids: [...new Set(ids)], plural, asideIds: [...new Set(asideIds)] };
}
