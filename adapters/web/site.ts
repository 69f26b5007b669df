import type { MatrixOrder } from '../../src/core/matrix/work-package-matrix.js';
import { buildMatrix } from '../../src/core/matrix/work-package-matrix.js';
import type { Dataset } from '../../src/core/schema/dataset.js';
import { renderCountryMap } from './country-map.js';
import { renderPartnerMain, renderWorkPackageMain } from './detail-pages.js';
import { renderHomeMain } from './home-page.js';
import { linksAt, workPackageSlug } from './html.js';
import { type PageFrame, renderPage } from './layout.js';
import { ORDERINGS } from './matrix-table.js';
import { SITE_JS } from './site-script.js';
import { SITE_CSS } from './styles.js';

/** One file of the directory: its bytes' text and its media type. */
export interface SiteFile {
  body: string;
  type: 'text/html; charset=utf-8' | 'text/css; charset=utf-8' | 'text/javascript; charset=utf-8';
}

/** Options for {@link buildSite}. */
export interface SiteOptions {
  /** Show the search box: only where GET /api/answer answers, i.e. from the server. */
  search: boolean;
}

const HTML = 'text/html; charset=utf-8' as const;

/**
 * Every page of the directory, by path relative to its root ("index.html",
 * "partners/ub.html", "assets/site.css"), rendered from the dataset alone. Pure but for
 * reading the world atlas once per process. The server keeps the result in memory per dataset;
 * `eucanbot directory` writes it to a folder.
 */
export function buildSite(dataset: Dataset, options: SiteOptions): Map<string, SiteFile> {
  const matrix = buildMatrix(dataset);
  const files = new Map<string, SiteFile>();
  const frame = (depth: 0 | 1, title?: string): PageFrame => ({
    consortium: dataset.consortium.name,
    links: linksAt(depth),
    search: options.search,
    sourceDocument: dataset.consortium.sourceDocument,
    ...(title === undefined ? {} : { title }),
  });
  const top = linksAt(0);
  const map = renderCountryMap(matrix, dataset.consortium.name);
  for (const { order, file } of ORDERINGS) {
    const main = renderHomeMain(dataset, matrix, map, top, order as MatrixOrder);
    files.set(file, { body: renderPage(frame(0), main), type: HTML });
  }
  const below = linksAt(1);
  for (const partner of dataset.partners)
    files.set(`partners/${partner.id}.html`, {
      body: renderPage(
        frame(1, `${partner.acronym}: ${partner.name}`),
        renderPartnerMain(dataset, partner, below),
      ),
      type: HTML,
    });
  for (const wp of dataset.workPackages)
    files.set(`work-packages/${workPackageSlug(wp.id)}.html`, {
      body: renderPage(
        frame(1, wp.title ? `${wp.id}: ${wp.title}` : wp.id),
        renderWorkPackageMain(dataset, wp, matrix, below),
      ),
      type: HTML,
    });
  files.set('assets/site.css', { body: SITE_CSS, type: 'text/css; charset=utf-8' });
  files.set('assets/site.js', { body: SITE_JS, type: 'text/javascript; charset=utf-8' });
  return files;
}
