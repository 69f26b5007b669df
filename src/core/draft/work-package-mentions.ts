/** A work package named in a text: "WP4", "WP 4", "work package 4", "(WP4 and 5)", "WP1–3". */
export interface WorkPackageMention {
  /** Ids as datasets write them: "WP4". */
  ids: string[];
  start: number;
  end: number;
}

/**
 * "WP4", "work package 4", then more numbers of the same list: ", 5", " and WP6", "–7". A bare
 * number counts only where the list plainly goes on or stops (", 5)"), so "WP2 and 48 doctorate
 * programmes" names WP2 alone.
 */
const MENTION =
  /\b(?:WPs?|work[\s-]?packages?)[\s–-]*(\d{1,2})\b((?:\s*(?:,|and|&|\/|-|–|to|or)\s*(?:(?:WP|work[\s-]?package)[\s–-]*\d{1,2}\b|\d{1,2}(?=\s*(?:[),.;:]|and\b|or\b|$))))*)/gi;

/** The numbers of a list, ranges ("1–3", "1 to 3") spelled out. */
function numbersOf(first: string, more: string): number[] {
  const numbers = [Number(first)];
  let range = false;
  for (const [token] of more.matchAll(/\d{1,2}|[-–]|\bto\b/gi)) {
    if (!/^\d/.test(token)) {
      range = true;
      continue;
    }
    const n = Number(token);
    const last = numbers.at(-1) ?? n;
    if (range && n > last && n - last < 20) for (let k = last + 1; k <= n; k++) numbers.push(k);
    else numbers.push(n);
    range = false;
  }
  return numbers;
}

/** Every work package a text names, in order, with where. */
export function findWorkPackages(text: string): WorkPackageMention[] {
  return [...text.matchAll(MENTION)].flatMap((m) => {
    const ids = numbersOf(m[1] ?? '', m[2] ?? '')
      .filter((n) => n > 0)
      .map((n) => `WP${n}`);
    return ids.length === 0
      ? []
      : [{ ids: [...new Set(ids)], start: m.index, end: m.index + m[0].length }];
  });
}

/** The ids a text names, each once. */
export function workPackageIds(text: string): string[] {
  return [...new Set(findWorkPackages(text).flatMap((m) => m.ids))];
}
