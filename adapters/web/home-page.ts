import type { MatrixOrder, WorkPackageMatrix } from '../../src/core/matrix/work-package-matrix.js';
import { type Dataset, KIND_LABELS, KIND_PLURALS } from '../../src/core/schema/dataset.js';
import type { CountryMap } from './country-map.js';
import { counted, escapeHtml, type PageLinks } from './html.js';
import { renderMatrixTable, renderOrderLinks } from './matrix-table.js';

/** Longest "covers" text on a work package's card; its page has all of it. */
const COVERS_LENGTH = 180;

/** Cuts at a word before `max` characters, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[,;:.]$/, '')}…`;
}

function brief(
  dataset: Dataset,
  matrix: WorkPackageMatrix,
  map: CountryMap,
  links: PageLinks,
): string {
  const { consortium, partners } = dataset;
  const coordinator = partners.find((p) => p.id === consortium.coordinator);
  const kinds = new Map<string, number>();
  for (const p of partners) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
  const kindList = [...kinds]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => {
      const k = kind as keyof typeof KIND_LABELS;
      return `${n} ${n === 1 ? KIND_LABELS[k] : KIND_PLURALS[k]}`;
    })
    .join(', ');
  const coordinatorFact = coordinator
    ? `<div><dt>Coordinator</dt><dd><a href="${links.partner(coordinator.id)}">${escapeHtml(coordinator.acronym)}</a> ${escapeHtml(coordinator.name)}</dd></div>`
    : '';
  return `<section class="brief" aria-labelledby="top">
<h1 id="top">${escapeHtml(consortium.name)}</h1>
<p class="lead-text">${escapeHtml(consortium.description)}</p>
<dl class="facts">
<div><dt>Partners</dt><dd>${partners.length}</dd></div>
<div><dt>Work packages</dt><dd>${matrix.workPackages.length}</dd></div>
<div><dt>Countries</dt><dd>${map.countries.length}</dd></div>
${coordinatorFact}
</dl>
<p class="kinds">${escapeHtml(kindList)}.</p>
</section>`;
}

function workPackageCards(dataset: Dataset, links: PageLinks, matrix: WorkPackageMatrix): string {
  const acronyms = new Map(dataset.partners.map((p) => [p.id, p.acronym]));
  const cards = dataset.workPackages.map((wp) => {
    const members = matrix.rows.filter((r) => r.cells.has(wp.id)).length;
    const leader = wp.leader ? acronyms.get(wp.leader) : undefined;
    const led = leader ? `Led by <strong>${escapeHtml(leader)}</strong>` : 'No leader named';
    const title = wp.title ? `: ${escapeHtml(wp.title)}` : '';
    return `<li class="card"><h3><a href="${links.workPackage(wp.id)}">${wp.id}${title}</a></h3>
<p class="meta">${led} · ${counted(members, 'partner')}</p>
<p>${escapeHtml(shorten(wp.covers, COVERS_LENGTH))}</p></li>`;
  });
  return `<ul class="cards">${cards.join('\n')}</ul>`;
}

function mapList(map: CountryMap, links: PageLinks): string {
  const items = map.countries.map((c) => {
    const partners = c.partners
      .map((p) => {
        const city = p.city ? ` <span class="meta">${escapeHtml(p.city)}</span>` : '';
        return `<a href="${links.partner(p.id)}">${escapeHtml(p.acronym)}</a>${city}`;
      })
      .join(', ');
    const off = c.at ? '' : ' <span class="meta">(not on the map)</span>';
    return `<li><strong>${escapeHtml(c.country)}</strong> ${c.partners.length}${off}<br>${partners}</li>`;
  });
  return `<ul class="places">${items.join('\n')}</ul>`;
}

function partnerList(dataset: Dataset, links: PageLinks): string {
  const items = dataset.partners.map((p) => {
    const where = p.city ? `${p.city.name}, ${p.country}` : p.country;
    return `<li><a href="${links.partner(p.id)}"><strong>${escapeHtml(p.acronym)}</strong> ${escapeHtml(p.name)}</a><span class="meta">${escapeHtml(KIND_LABELS[p.kind])} · ${escapeHtml(where)}</span></li>`;
  });
  return `<ul class="partner-list">${items.join('\n')}</ul>`;
}

/** The partners no role puts in a work package: an empty row should not look like an error. */
function unplaced(matrix: WorkPackageMatrix, links: PageLinks): string {
  const rows = matrix.rows.filter((r) => r.cells.size === 0);
  if (rows.length === 0) return '';
  const names = rows.map(
    (r) => `<a href="${links.partner(r.partner.id)}">${escapeHtml(r.partner.acronym)}</a>`,
  );
  const verb = rows.length === 1 ? 'takes' : 'take';
  return `<p class="meta">${names.join(', ')} ${verb} part without a work package the source names; ${rows.length === 1 ? 'its page says' : 'their pages say'} what ${rows.length === 1 ? 'it does' : 'they do'}.</p>`;
}

/** The directory's front page, with the matrix in the given order. */
export function renderHomeMain(
  dataset: Dataset,
  matrix: WorkPackageMatrix,
  map: CountryMap,
  links: PageLinks,
  order: MatrixOrder,
): string {
  return `${brief(dataset, matrix, map, links)}
<section aria-labelledby="matrix">
<h2 id="matrix">Who is in which work package</h2>
${renderOrderLinks(links, order)}
${renderMatrixTable(matrix, links, order)}
${unplaced(matrix, links)}
</section>
<section aria-labelledby="map">
<h2 id="map">Where the partners are</h2>
<div class="map-layout">
<figure>${map.svg}<figcaption>Partners per country. Cities are listed, not placed: the dataset names them but gives no coordinates.</figcaption></figure>
${mapList(map, links)}
</div>
</section>
<section aria-labelledby="work-packages">
<h2 id="work-packages">Work packages</h2>
${workPackageCards(dataset, links, matrix)}
</section>
<section aria-labelledby="partners">
<h2 id="partners">Partners</h2>
${partnerList(dataset, links)}
</section>`;
}
