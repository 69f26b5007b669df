import { membersOf, type WorkPackageMatrix } from '../../src/core/matrix/work-package-matrix.js';
import type { Contact } from '../../src/core/schema/contact.js';
import {
  type Dataset,
  KIND_LABELS,
  type Partner,
  type Role,
  type WorkPackage,
} from '../../src/core/schema/dataset.js';
import { counted, escapeHtml, type PageLinks, partnerAnchor, workPackageAnchor } from './html.js';

function quote(source: string): string {
  return `<blockquote class="source"><p>${escapeHtml(source)}</p></blockquote>`;
}

/**
 * The contacts the dataset gives, each with the sentence it comes from; none are invented, so a
 * dataset without them shows nothing. An email becomes a mailto link only when the schema's
 * pattern accepted it (it did, or the dataset would not load); handles are text.
 */
function contactsHtml(contacts: readonly Contact[] | undefined): string {
  if (contacts === undefined || contacts.length === 0) return '';
  const items = contacts.map((c) => {
    const parts = [
      c.name ? `<strong>${escapeHtml(c.name)}</strong>` : '',
      c.role ? escapeHtml(c.role) : '',
      c.email ? `<a href="mailto:${escapeHtml(c.email)}">${escapeHtml(c.email)}</a>` : '',
      c.slack ? `Slack: ${escapeHtml(c.slack)}` : '',
      c.teams ? `Teams: ${escapeHtml(c.teams)}` : '',
    ].filter((part) => part !== '');
    return `<li>${parts.join(' · ')}${quote(c.source)}</li>`;
  });
  return `<h2>Contacts</h2>\n<ul class="roles">${items.join('\n')}</ul>`;
}

function roleItem(role: Role, links: PageLinks, leads: boolean, showWp: boolean): string {
  const wp =
    showWp && role.wp ? `<a class="chip" href="${links.workPackage(role.wp)}">${role.wp}</a> ` : '';
  const lead = leads ? '<span class="mark lead">Lead</span> ' : '';
  return `<li>${wp}${lead}${escapeHtml(role.summary)}${quote(role.source)}</li>`;
}

function back(links: PageLinks): string {
  return `<p class="back"><a href="${links.home}#matrix">← Back to the matrix</a></p>`;
}

/** A partner's page: who it is, where, and each role with the sentence it comes from. */
export function renderPartnerMain(dataset: Dataset, partner: Partner, links: PageLinks): string {
  const byId = new Map(dataset.partners.map((p) => [p.id, p]));
  const leaderOf = new Set(
    dataset.workPackages.filter((w) => w.leader === partner.id).map((w) => w.id),
  );
  const where = partner.city ? `${partner.city.name}, ${partner.country}` : partner.country;
  const facts = [
    `<div><dt>Kind</dt><dd>${escapeHtml(KIND_LABELS[partner.kind])}</dd></div>`,
    `<div><dt>Where</dt><dd>${escapeHtml(where)}</dd></div>`,
  ];
  if (partner.legalName !== partner.name)
    facts.push(`<div><dt>Legal name</dt><dd>${escapeHtml(partner.legalName)}</dd></div>`);
  if (partner.coordinator)
    facts.push(
      `<div><dt>Role</dt><dd>Coordinator of ${escapeHtml(dataset.consortium.name)}</dd></div>`,
    );
  const parent = partner.parent ? byId.get(partner.parent.id) : undefined;
  if (partner.parent && parent)
    facts.push(
      `<div><dt>Relation</dt><dd>${escapeHtml(partner.parent.relation)} of <a href="${links.partner(parent.id)}">${escapeHtml(parent.acronym)}</a></dd></div>`,
    );
  const inWps = [...new Set(partner.roles.map((r) => r.wp).filter((w) => w !== null))];
  // The first role in each work package carries its anchor, for links from elsewhere.
  const anchored = new Set<string>();
  const roles = partner.roles.map((role) => {
    const item = roleItem(
      role,
      links,
      role.lead && role.wp !== null && leaderOf.has(role.wp),
      true,
    );
    if (role.wp === null || anchored.has(role.wp)) return item;
    anchored.add(role.wp);
    return item.replace('<li>', `<li id="${workPackageAnchor(role.wp)}">`);
  });
  const rolesHtml =
    roles.length > 0
      ? `<ul class="roles">${roles.join('\n')}</ul>`
      : '<p>The source document gives it no role of its own; its profile above says what it does.</p>';
  const city = partner.city
    ? `<p class="meta">Where it is, from the source: “${escapeHtml(partner.city.source)}”</p>`
    : '';
  return `${back(links)}
<article>
<h1>${escapeHtml(partner.acronym)} <span class="subtitle">${escapeHtml(partner.name)}</span></h1>
<dl class="facts small">${facts.join('')}</dl>
${city}
<p class="lead-text">${escapeHtml(partner.profile)}</p>
<h2>Work packages</h2>
<p>${inWps.length > 0 ? inWps.map((w) => `<a class="chip" href="${links.workPackage(w)}">${w}</a>`).join(' ') : 'None named.'}</p>
<h2>Roles</h2>
${rolesHtml}
${contactsHtml(partner.contacts)}
</article>`;
}

/** A work package's page: what it covers, its leader, and each partner's part with sources. */
export function renderWorkPackageMain(
  dataset: Dataset,
  wp: WorkPackage,
  matrix: WorkPackageMatrix,
  links: PageLinks,
): string {
  const byId = new Map(dataset.partners.map((p) => [p.id, p]));
  const leader = wp.leader ? byId.get(wp.leader) : undefined;
  const led =
    leader && wp.leaderSource
      ? `<p>Led by <a href="${links.partner(leader.id)}"><strong>${escapeHtml(leader.acronym)}</strong></a> (${escapeHtml(leader.name)}).</p>${quote(wp.leaderSource)}`
      : '<p>The source document names no leader for this work package.</p>';
  const members = membersOf(matrix, wp.id).map((row) => {
    const partner = byId.get(row.partner.id);
    const roles = (partner?.roles ?? []).filter((r) => r.wp === wp.id);
    const lead = row.cells.get(wp.id)?.lead === true;
    const items = roles.map((r) => roleItem(r, links, lead && r.lead, false)).join('');
    return `<li id="${partnerAnchor(row.partner.id)}" class="member"><h3><a href="${links.partner(row.partner.id)}">${escapeHtml(row.partner.acronym)}</a> <span class="subtitle">${escapeHtml(row.partner.name)} · ${escapeHtml(row.partner.country)}</span></h3><ul class="roles">${items}</ul></li>`;
  });
  const title = wp.title ? ` <span class="subtitle">${escapeHtml(wp.title)}</span>` : '';
  return `${back(links)}
<article>
<h1>${wp.id}${title}</h1>
<p class="lead-text">${escapeHtml(wp.covers)}</p>
<h2>Leader</h2>
${led}
<h2>${counted(members.length, 'partner')} in ${wp.id}</h2>
<ul class="members">${members.join('\n')}</ul>
${contactsHtml(wp.contacts)}
</article>`;
}
