import { squashSpaces } from '../text/document-sentences.js';
import type { CountryFinder } from './countries.js';
import { type PartnerEntry, parsePartnerEntry } from './partner-entry.js';
import { leaderRefOf, type WorkPackageLine } from './work-package-lines.js';

type Column = 'acronym' | 'name' | 'country' | 'city' | 'type' | 'role' | 'wp' | 'title' | 'lead';

/** Header words of each kind of column, as consortium tables name them. */
const HEADERS: readonly (readonly [Column, RegExp])[] = [
  ['wp', /^(?:wp|wp\s*(?:no\.?|number|#)|work[\s-]?package(?:\s*(?:no\.?|number))?)$/i],
  [
    'lead',
    /^(?:(?:wp\s+)?lead(?:er)?|lead\s+(?:partner|beneficiary|participant)|led\s+by|responsible)$/i,
  ],
  ['title', /^(?:(?:wp\s+|work[\s-]?package\s+)?title|work[\s-]?package\s+name|topic)$/i],
  ['acronym', /^(?:(?:partner\s+)?acronym|short\s*name|abbreviation|id)$/i],
  ['country', /^country$/i],
  ['city', /^(?:city|location|town)$/i],
  ['type', /^(?:type|kind|category|organi[sz]ation\s+type)$/i],
  ['role', /^(?:role|roles|role in the project|tasks?|contribution|main tasks)$/i],
  [
    'name',
    /^(?:(?:legal\s+|full\s+)?name|organi[sz]ation(?:\s+name)?|partner(?:\s+name)?|participant(?:\s+(?:organi[sz]ation\s+)?name)?|beneficiary(?:\s+name)?|institution)$/i,
  ],
];

function columnOf(header: string): Column | null {
  return HEADERS.find(([, pattern]) => pattern.test(header.trim()))?.[0] ?? null;
}

/** Columns by their header row, or null when the first row is no header. */
function headerColumns(row: readonly string[]): (Column | null)[] | null {
  const columns = row.map(columnOf);
  return columns.filter((c) => c !== null).length >= 2 ? columns : null;
}

/** Columns guessed from the cells when there is no header: countries, acronyms, names. */
function guessedColumns(rows: readonly string[][], finder: CountryFinder): (Column | null)[] {
  const width = Math.max(...rows.map((r) => r.length));
  const all = (i: number, test: (cell: string) => boolean) =>
    rows.every((r) => r[i] === undefined || r[i] === '' || test(r[i] ?? ''));
  const columns: (Column | null)[] = [];
  for (let i = 0; i < width; i++) {
    if (all(i, (c) => /^WP\s*\d{1,2}$/i.test(c))) columns.push('wp');
    else if (all(i, (c) => finder.commonName(c) !== undefined)) columns.push('country');
    else if (all(i, (c) => /^[\p{Lu}\d][\p{L}\d/&-]{1,15}$/u.test(c) && /\p{Lu}.*\p{Lu}/u.test(c)))
      columns.push(columns.includes('acronym') ? null : 'acronym');
    else if (all(i, (c) => /^\d{1,3}\.?$/.test(c))) columns.push(null);
    else columns.push(columns.includes('name') ? null : 'name');
  }
  return columns;
}

/** What a table holds: organisations (a partner table) or work packages, by rows. */
export interface TableReading {
  partners: PartnerEntry[];
  workPackages: WorkPackageLine[];
}

/**
 * Reads a table of partners ("| UB | Universitat de Barcelona | Spain |") or of work packages
 * ("| WP4 | Data curation | UAMS |"), by its header row where it has one.
 */
export function readTable(
  rows: readonly { cells: string[]; raw: string }[],
  finder: CountryFinder,
): TableReading {
  const header = rows[0] ? headerColumns(rows[0].cells) : null;
  const body = header ? rows.slice(1) : rows;
  const columns =
    header ??
    guessedColumns(
      body.map((r) => r.cells),
      finder,
    );
  const cell = (row: { cells: string[] }, column: Column) => {
    const i = columns.indexOf(column);
    const value = i < 0 ? '' : (row.cells[i] ?? '').trim();
    return value === '' ? null : value;
  };
  const reading: TableReading = { partners: [], workPackages: [] };
  for (const row of body) {
    const wp = cell(row, 'wp');
    const number = wp === null ? null : /^(?:WP\s*)?(\d{1,2})$/i.exec(wp)?.[1];
    if (number) {
      const lead = cell(row, 'lead');
      reading.workPackages.push({
        id: `WP${Number(number)}`,
        title: cell(row, 'title') ?? (columns.includes('title') ? null : cell(row, 'name')),
        leaderRef: lead === null ? null : leaderRefOf(lead),
        raw: row.raw,
      });
      continue;
    }
    const name = cell(row, 'name');
    if (name === null) continue;
    const inName = parsePartnerEntry(name, row.raw, finder);
    const countryCell = cell(row, 'country');
    const role = cell(row, 'role') ?? '';
    reading.partners.push({
      name: inName?.name ?? squashSpaces(name.replace(/\((?:project\s)?coordinator\)/i, '')),
      acronym: cell(row, 'acronym') ?? inName?.acronym ?? null,
      country: (countryCell && finder.commonName(countryCell)) ?? inName?.country ?? null,
      city: cell(row, 'city') ?? inName?.city ?? null,
      raw: row.raw,
      coordinator: /\bcoordinator\b/i.test(`${name} ${role}`) || inName?.coordinator === true,
      parent: null,
      type: cell(row, 'type'),
      // A "Role" cell that says what the partner does is prose to read its roles from.
      rest: role.split(/\s+/).length >= 3 ? role : null,
    });
  }
  return reading;
}
