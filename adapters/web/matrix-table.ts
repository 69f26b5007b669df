import {
  type MatrixOrder,
  type MatrixRow,
  orderRows,
  type WorkPackageMatrix,
} from '../../src/core/matrix/work-package-matrix.js';
import { KIND_LABELS, KIND_PLURALS, PartnerKind } from '../../src/core/schema/dataset.js';
import { escapeHtml, type PageLinks, partnerAnchor } from './html.js';

/** The pre-rendered orderings of the matrix: each is a page, so sorting needs no script. */
export const ORDERINGS: readonly { order: MatrixOrder; file: string; label: string }[] = [
  { order: 'dataset', file: 'index.html', label: 'as listed' },
  { order: 'country', file: 'by-country.html', label: 'by country' },
  { order: 'kind', file: 'by-kind.html', label: 'by kind' },
];

function groupName(row: MatrixRow, order: MatrixOrder): string {
  return order === 'country' ? row.partner.country : KIND_PLURALS[row.partner.kind];
}

/** Rows cut into groups of one country or one kind; one unnamed group as listed. */
function groups(
  rows: MatrixRow[],
  order: MatrixOrder,
): { name: string | null; rows: MatrixRow[] }[] {
  if (order === 'dataset') return [{ name: null, rows }];
  const out: { name: string; rows: MatrixRow[] }[] = [];
  for (const row of rows) {
    const name = groupName(row, order);
    const last = out.at(-1);
    if (last?.name === name) last.rows.push(row);
    else out.push({ name, rows: [row] });
  }
  return out;
}

function cell(row: MatrixRow, wpId: string, links: PageLinks): string {
  const c = row.cells.get(wpId);
  const who = escapeHtml(row.partner.acronym);
  if (!c) return `<td class="none"><span class="sr">${who} is not in ${wpId}</span></td>`;
  const href = `${links.workPackage(wpId)}#${partnerAnchor(row.partner.id)}`;
  const said = c.lead ? `${who} leads ${wpId}` : `${who} works in ${wpId}`;
  // The visible mark is short for a phone's width; the link's text says it in full.
  const mark = c.lead
    ? '<span class="mark lead" aria-hidden="true">Lead</span>'
    : '<span class="mark in" aria-hidden="true"></span>';
  return `<td class="${c.lead ? 'is-lead' : 'is-in'}"><a href="${href}" title="${said}: the sentence that says so">${mark}<span class="sr">${said}</span></a></td>`;
}

function rowHtml(
  row: MatrixRow,
  matrix: WorkPackageMatrix,
  links: PageLinks,
  order: MatrixOrder,
): string {
  const { partner } = row;
  const where = order === 'country' ? KIND_LABELS[partner.kind] : partner.country;
  const coordinator = partner.coordinator ? ' <span class="badge">Coordinator</span>' : '';
  const head = `<th scope="row"><a href="${links.partner(partner.id)}">${escapeHtml(partner.acronym)}</a>${coordinator}<span class="meta">${escapeHtml(where)}</span></th>`;
  return `<tr>${head}${matrix.workPackages.map((wp) => cell(row, wp.id, links)).join('')}</tr>`;
}

/**
 * The partners × work packages table: a row per partner, a column per work package, "Lead"
 * where the source names the partner as the leader and a dot where a role puts it in; each
 * mark links to the sentence on the work package's page. Grouped by country or kind when
 * ordered so. It scrolls sideways within its box on a narrow screen, the partner column fixed.
 */
export function renderMatrixTable(
  matrix: WorkPackageMatrix,
  links: PageLinks,
  order: MatrixOrder,
): string {
  const rows = orderRows(matrix.rows, order, PartnerKind.options);
  const columns = matrix.workPackages
    .map((wp) => {
      const title = wp.title ? ` title="${escapeHtml(wp.title)}"` : '';
      return `<th scope="col"><a href="${links.workPackage(wp.id)}"${title}>${wp.id}</a></th>`;
    })
    .join('');
  const span = matrix.workPackages.length + 1;
  const bodies = groups(rows, order).map((g) => {
    const heading = g.name
      ? `<tr class="group"><th scope="rowgroup" colspan="${span}">${escapeHtml(g.name)} <span class="meta">${g.rows.length}</span></th></tr>`
      : '';
    return `<tbody>${heading}${g.rows.map((r) => rowHtml(r, matrix, links, order)).join('')}</tbody>`;
  });
  return `<div class="matrix-scroll" tabindex="0" role="region" aria-labelledby="matrix-caption">
<table class="matrix">
<caption id="matrix-caption">Partners (rows) in work packages (columns). <span class="mark lead" aria-hidden="true">Lead</span> leads it, <span class="mark in" aria-hidden="true"></span> works in it; each mark links to the sentence that says so.</caption>
<thead><tr><th scope="col">Partner</th>${columns}</tr></thead>
${bodies.join('\n')}
</table>
</div>`;
}

/** The links that switch the order, the current one marked for screen readers too. */
export function renderOrderLinks(links: PageLinks, current: MatrixOrder): string {
  const items = ORDERINGS.map(({ order, file, label }) =>
    order === current
      ? `<li><a href="${links.root}${file}#matrix" aria-current="page">${label}</a></li>`
      : `<li><a href="${links.root}${file}#matrix">${label}</a></li>`,
  );
  return `<nav class="order" aria-label="Order of the partners"><span>Order:</span><ul>${items.join('')}</ul></nav>`;
}
