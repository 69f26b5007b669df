import { LEAD_PHRASES_SAID } from '../lexicon/lead-words.js';
import { type SourceDocument, squashSpaces } from '../text/document-sentences.js';
import { type LeadStatement, leadStatements } from './lead-statements.js';
import type { PartialDataset, PartialPartner } from './partial-dataset.js';
import {
  createNameFinder,
  foldedWords,
  type Mention,
  type NameFinder,
  namesOf,
} from './partner-mentions.js';
import type { DatasetProblem } from './problem.js';
import { workPackageNumber, workPackagesNamedIn } from './work-package-names.js';

/** What reading a sentence for a lead needs: the partners' names and, if known, the document. */
interface Reader {
  names: NameFinder;
  acronyms: ReadonlyMap<string, string>;
  /**
   * The partner a pronoun in `sentence` stands for: the one its paragraph of the document is
   * about. Undefined when that cannot be known (no document, or a sentence not in it), and
   * the pronoun is then given the benefit of the doubt.
   */
  pronounPartner(sentence: string): readonly string[] | undefined;
}

function createReader(data: PartialDataset, document: SourceDocument | undefined): Reader {
  const partners = data.partners.filter((p): p is PartialPartner => p !== undefined);
  // The sentences read for a lead, and the paragraphs a pronoun may point back into.
  const texts = [
    ...partners.flatMap((p) => p.roles.flatMap((role) => (role?.lead ? [role.source] : []))),
    ...data.workPackages.flatMap((wp) => (wp?.leaderSource ? [wp.leaderSource] : [])),
    ...(document?.paragraphs ?? []),
  ];
  const names = createNameFinder(
    partners.map((p) => ({ id: p.id, names: namesOf(p) })),
    texts,
  );
  const aboutParagraph = new Map<number, readonly string[]>();
  const partnerOfParagraph = (index: number): readonly string[] => {
    let ids = aboutParagraph.get(index);
    if (ids === undefined) {
      // The nearest paragraph back that names a partner: a role paragraph, or the heading above.
      ids = [];
      for (let p = index; p >= 0 && ids.length === 0; p--) {
        const words = foldedWords(document?.paragraphs[p] ?? '');
        ids = names.mentions(words).find((m) => !m.pronoun)?.ids ?? [];
      }
      aboutParagraph.set(index, ids);
    }
    return ids;
  };
  return {
    names,
    acronyms: new Map(partners.map((p) => [p.id, p.acronym])),
    pronounPartner(sentence) {
      const unit = document?.unitIndex.get(squashSpaces(sentence));
      const paragraph = unit === undefined ? undefined : document?.units[unit]?.paragraph;
      return paragraph === undefined ? undefined : partnerOfParagraph(paragraph);
    },
  };
}

/** Who a subject is: the partners a name means, or those a pronoun stands for (undefined: anyone). */
function subjectIds(
  mention: Mention,
  reader: Reader,
  sentence: string,
): readonly string[] | undefined {
  return mention.pronoun ? reader.pronounPartner(sentence) : mention.ids;
}

function saysLeads(
  statements: readonly LeadStatement[],
  id: string,
  reader: Reader,
  sentence: string,
) {
  return statements.some((s) =>
    s.subjects.some((m) => subjectIds(m, reader, sentence)?.includes(id) ?? true),
  );
}

function labels(ids: readonly string[], reader: Reader): string {
  return ids.map((id) => reader.acronyms.get(id) ?? id).join(' or ');
}

/** Why a role of `partner` may not have `lead: true`, or undefined when its source says it leads. */
function leadRoleProblem(
  partner: PartialPartner,
  source: string,
  reader: Reader,
): string | undefined {
  const statements = leadStatements(source, reader.names);
  if (saysLeads(statements, partner.id, reader, source)) return undefined;
  const label = partner.acronym;
  if (statements.length === 0)
    return `is true, but the source does not say that ${label} ${LEAD_PHRASES_SAID} anything`;
  for (const statement of statements)
    for (const subject of statement.subjects) {
      const ids = subjectIds(subject, reader, source) ?? [];
      if (ids.length > 0)
        return `is true, but the source says that ${labels(ids, reader)} leads ("${statement.phrase}"), not ${label}`;
    }
  return `is true, but the source does not say that ${label} is the one that leads ("${statements[0]?.phrase}")`;
}

/**
 * A work package's leader must be named in its leaderSource as the one that leads, the sentence
 * must name the work package, and the leader must have a role in it with `lead: true`.
 */
function leaderProblems(data: PartialDataset, reader: Reader): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  data.workPackages.forEach((wp, i) => {
    if (wp?.leader == null || wp.leaderSource === null) return;
    const index = data.partners.findIndex((p) => p?.id === wp.leader);
    const leader = data.partners[index];
    if (leader === undefined) return;
    const source = wp.leaderSource;
    const at = `workPackages[${i}]`;
    const mentions = reader.names.mentions(foldedWords(source));
    const named = mentions.some(
      (m) => subjectIds(m, reader, source)?.includes(leader.id) ?? m.pronoun,
    );
    const label = leader.acronym;
    if (!named) {
      const full = leader.name === label ? label : `${label} (${leader.name})`;
      problems.push({ path: `${at}.leaderSource`, message: `does not name the leader ${full}` });
    } else if (!saysLeads(leadStatements(source, reader.names), leader.id, reader, source))
      problems.push({
        path: `${at}.leaderSource`,
        message: `names ${label} but does not say that it ${LEAD_PHRASES_SAID} ${wp.id}`,
      });
    if (!workPackagesNamedIn(source).includes(workPackageNumber(wp.id)))
      problems.push({ path: `${at}.leaderSource`, message: `does not name ${wp.id}` });
    const inWp = leader.roles.flatMap((role, j) =>
      role?.wp === wp.id ? [{ role, path: `partners[${index}].roles[${j}]` }] : [],
    );
    if (inWp.length === 0)
      problems.push({
        path: `${at}.leader`,
        message: `${label} has no role in ${wp.id}; add one with "lead": true that quotes the leaderSource`,
      });
    else if (!inWp.some(({ role }) => role.lead))
      problems.push({
        path: `${at}.leader`,
        message: `${label} has a role in ${wp.id} (${inWp.map((r) => r.path).join(', ')}) but none with "lead": true`,
      });
  });
  return problems;
}

/**
 * `lead: true` only where the source says that this partner leads, and every named leader
 * backed by its sentence and a lead role. Pronouns are read against the document when given.
 */
export function leadProblems(
  data: PartialDataset,
  document: SourceDocument | undefined,
): DatasetProblem[] {
  const reader = createReader(data, document);
  const problems = leaderProblems(data, reader);
  data.partners.forEach((partner, i) => {
    partner?.roles.forEach((role, j) => {
      if (!role?.lead) return;
      const message = leadRoleProblem(partner, role.source, reader);
      if (message !== undefined)
        problems.push({ path: `partners[${i}].roles[${j}].lead`, message });
    });
  });
  return problems;
}
