import type { Dataset, Partner, PartnerKind, WorkPackage } from '../schema/dataset.js';

/** One partner's place in one work package, with the sentences that put it there. */
export interface MatrixCell {
  /** True only for the partner the source names as the work package's leader. */
  lead: boolean;
  /** The roles' source sentences (and the leader's sentence), verbatim, without repeats. */
  sources: string[];
  /** The roles' summaries, in the dataset's order. */
  summaries: string[];
}

/** A partner's row: its cells by work-package id; a missing id means not in that package. */
export interface MatrixRow {
  partner: Pick<Partner, 'id' | 'acronym' | 'name' | 'country' | 'kind' | 'coordinator'> & {
    city: string | null;
  };
  cells: ReadonlyMap<string, MatrixCell>;
}

/** Partners × work packages, as the dataset says it: who is in which, and who leads. */
export interface WorkPackageMatrix {
  workPackages: Pick<WorkPackage, 'id' | 'title' | 'leader'>[];
  /** Partners in the dataset's order. */
  rows: MatrixRow[];
}

/** Orders the matrix's rows can be shown in. */
export type MatrixOrder = 'dataset' | 'country' | 'kind';

function addSource(cell: MatrixCell, source: string): void {
  if (!cell.sources.includes(source)) cell.sources.push(source);
}

/**
 * The work-package matrix of a dataset. A partner is in a work package when one of its roles
 * names it; it leads only when the work package's `leader` is that partner, as the answers do
 * (a role that "leads exploitation tasks in WP7" leads a task, not WP7).
 */
export function buildMatrix(dataset: Dataset): WorkPackageMatrix {
  const leaders = new Map(dataset.workPackages.map((wp) => [wp.id, wp]));
  const rows = dataset.partners.map((partner): MatrixRow => {
    const cells = new Map<string, MatrixCell>();
    for (const role of partner.roles) {
      if (role.wp === null || !leaders.has(role.wp)) continue;
      const cell = cells.get(role.wp) ?? { lead: false, sources: [], summaries: [] };
      addSource(cell, role.source);
      cell.summaries.push(role.summary);
      cells.set(role.wp, cell);
    }
    for (const wp of dataset.workPackages) {
      if (wp.leader !== partner.id) continue;
      const cell = cells.get(wp.id) ?? { lead: false, sources: [], summaries: [] };
      cell.lead = true;
      if (wp.leaderSource !== null) addSource(cell, wp.leaderSource);
      cells.set(wp.id, cell);
    }
    const { id, acronym, name, country, kind, coordinator } = partner;
    return {
      partner: { id, acronym, name, country, kind, coordinator, city: partner.city?.name ?? null },
      cells,
    };
  });
  return {
    workPackages: dataset.workPackages.map(({ id, title, leader }) => ({ id, title, leader })),
    rows,
  };
}

/** Rows in the order asked for; ties keep the dataset's order (Array.sort is stable). */
export function orderRows(
  rows: readonly MatrixRow[],
  order: MatrixOrder,
  kindOrder: readonly PartnerKind[],
): MatrixRow[] {
  if (order === 'dataset') return [...rows];
  const key = (row: MatrixRow): string =>
    order === 'country'
      ? row.partner.country
      : String(kindOrder.indexOf(row.partner.kind)).padStart(2, '0');
  return [...rows].sort((a, b) => key(a).localeCompare(key(b), 'en'));
}

/** The partners in a work package, leader first, then in the dataset's order. */
export function membersOf(matrix: WorkPackageMatrix, wpId: string): MatrixRow[] {
  const members = matrix.rows.filter((row) => row.cells.has(wpId));
  return [
    ...members.filter((row) => row.cells.get(wpId)?.lead),
    ...members.filter((row) => !row.cells.get(wpId)?.lead),
  ];
}
