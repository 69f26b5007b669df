/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A file name for a work package's page: "WP4" → "wp4". Ids are checked by the schema. */
export function workPackageSlug(id: string): string {
  return id.toLowerCase();
}

/** The anchor of a partner's entry on a work package's page. */
export function partnerAnchor(partnerId: string): string {
  return `p-${partnerId}`;
}

/** The anchor of a work package's entry on a partner's page. */
export function workPackageAnchor(wpId: string): string {
  return workPackageSlug(wpId);
}

/**
 * Links between pages are relative, so the static export works from any folder of any host:
 * `root` is "" on the top-level pages and "../" on the pages one folder down.
 */
export interface PageLinks {
  root: string;
  home: string;
  partner(id: string): string;
  workPackage(id: string): string;
  asset(name: string): string;
}

/** The links as seen from a page `depth` folders below the site's root. */
export function linksAt(depth: 0 | 1): PageLinks {
  const root = depth === 0 ? '' : '../';
  return {
    root,
    home: `${root}index.html`,
    partner: (id) => `${root}partners/${id}.html`,
    workPackage: (id) => `${root}work-packages/${workPackageSlug(id)}.html`,
    asset: (name) => `${root}assets/${name}`,
  };
}

/** "1 partner", "3 partners". */
export function counted(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
