import type { KnowledgeIndex } from '../index/knowledge-index.js';
import { buildMatrix, membersOf, type WorkPackageMatrix } from '../matrix/work-package-matrix.js';
import type { ParsedQuestion } from '../understand/parsed-question.js';
import { type Draft, draft } from './draft.js';
import { plural, toAnswerPartner, toAnswerWorkPackage } from './parts.js';

/**
 * Whether a question that names nothing asks for the whole matrix: by name ("show the matrix"),
 * or for partners against work packages in general ("who is in which work package?", "which
 * partners are in which work packages?"). "Which work packages are there?" names no partners
 * and lists the work packages instead.
 */
export function asksForMatrix(parsed: Pick<ParsedQuestion, 'cues' | 'aboutWorkPackages'>): boolean {
  const { cues } = parsed;
  if (cues.has('matrix')) return true;
  const aboutPackages = cues.has('work-packages') || parsed.aboutWorkPackages;
  return aboutPackages && cues.has('partners') && cues.has('list');
}

/** One work package's line: "- **WP1** (led by LYN): LYN, UPV/EHU, TMF". */
function memberLine(matrix: WorkPackageMatrix, wpId: string): string {
  const members = membersOf(matrix, wpId).map((row) => row.partner.acronym);
  const leader = matrix.rows.find((row) => row.cells.get(wpId)?.lead)?.partner.acronym;
  const led = leader ? `led by ${leader}` : 'no leader named';
  return `- **${wpId}** (${led}): ${members.length > 0 ? members.join(', ') : 'no partner named'}`;
}

/**
 * Every partner against every work package: the answer carries each partner with the roles
 * that name a work package (the terminal draws the table from them), and its text lists each
 * work package's partners, leader first, which every chat can show.
 */
export function answerMatrix(index: KnowledgeIndex): Draft {
  const { dataset } = index;
  const matrix = buildMatrix(dataset);
  const partners = dataset.partners.map((p) =>
    toAnswerPartner(
      p,
      p.roles.filter((r) => r.wp !== null),
      1,
    ),
  );
  const workPackages = dataset.workPackages
    .map((wp) => toAnswerWorkPackage(index, wp.id))
    .filter((wp) => wp !== undefined);
  return draft({
    intent: 'matrix',
    headline: `Who is in which of the ${plural(workPackages.length, 'work package')} of ${dataset.consortium.name}:`,
    partners,
    workPackages,
    notes: workPackages.map((wp) => memberLine(matrix, wp.id)),
    detail: 'list',
    suggestions: workPackages
      .slice(0, 3)
      .map((wp) => ({ label: `About ${wp.id}`, question: `What does ${wp.id} cover?` })),
  });
}
