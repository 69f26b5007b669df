import type { Dataset, Partner, Role } from '../schema/dataset.js';
import { splitDocumentSentences } from '../text/document-sentences.js';
import { foldCase, splitWords } from '../text/normalise.js';
import { consortiumName, createProjectTest, describeConsortium } from './consortium.js';
import { createCountryFinder } from './countries.js';
import { keywordsOf } from './keywords.js';
import { readLayout } from './layout.js';
import { buildPartner } from './partner-fields.js';
import { createMentionFinder } from './partner-mentions.js';
import { buildPartnerRecords, type PartnerRecord } from './partners.js';
import { type RoleDraft, roleSentences, rolesOf, subjectPartner } from './roles.js';
import { readSections } from './sections.js';
import { predicateOf, summarise } from './summaries.js';
import { workPackageIds } from './work-package-mentions.js';
import { passiveLeaders, titlesIn } from './work-package-statements.js';
import { buildWorkPackages, type PlacedRole } from './work-packages.js';

/** How to draft: what the text alone cannot say. */
export interface DraftOptions {
  /** The description's file name, written as `consortium.sourceDocument`. */
  sourceDocument: string | null;
  /** The consortium's name when the text has no title line (the file's name, say). */
  fallbackName: string;
}

const SUMMARY_TODO = 'shortened from the source sentence; check it says what the partner does';

/** The roles of every partner: from its section, and from sentences elsewhere whose subject it is. */
function draftRoles(
  records: readonly PartnerRecord[],
  reading: ReturnType<typeof readSections>,
  context: Parameters<typeof rolesOf>[2],
): RoleDraft[] {
  const drafts: RoleDraft[] = [];
  records.forEach((record, i) => {
    for (const sentence of roleSentences(record.prose, context))
      drafts.push(...rolesOf(sentence, subjectPartner(sentence, context.mentions) ?? i, context));
  });
  for (const loose of reading.loose)
    for (const sentence of splitDocumentSentences(loose.text)) {
      const about = subjectPartner(sentence, context.mentions);
      if (about !== null) drafts.push(...rolesOf(sentence, about, context, loose.workPackage));
    }
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = `${d.partner}\u0000${d.clause}\u0000${d.wp}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Drafts a dataset from a consortium's description, for a person to review: partners from its
 * headings, lists and tables, roles from the sentences that say what each does, work packages
 * and their leaders where the text names them. Every field it guessed or could not fill carries
 * a `todo` note, so the dataset fails validation until a person has checked each one.
 */
export function draftDataset(text: string, options: DraftOptions): Dataset {
  const finder = createCountryFinder();
  const reading = readSections(readLayout(text), finder);
  const records = buildPartnerRecords(reading, finder);
  const mentions = createMentionFinder(records.map((r) => r.forms));
  const fromTitle = consortiumName(reading.title, text);
  const name = fromTitle ?? options.fallbackName;
  const context = { mentions, project: createProjectTest(name) };
  // Partners' acronyms and one-word names are no topics; the words of longer names ("Cancer",
  // "Imaging") often are.
  const oneWord = records
    .flatMap((r) => r.forms)
    .concat(name)
    .filter((f) => !/\s/.test(f.trim()));
  const excluded = new Set(oneWord.flatMap((f) => splitWords(foldCase(f))));
  const keywords = (t: string) => keywordsOf(t, excluded);
  const drafts = draftRoles(records, reading, context);

  const placed: PlacedRole[] = drafts.map((d) => {
    const role: Role = {
      summary: summarise(d.clause),
      wp: d.wp,
      lead: d.reading.lead,
      keywords: keywords(predicateOf(d.clause.slice(0, 600))),
      source: d.source,
      todo: { summary: SUMMARY_TODO },
    };
    if (role.keywords.length === 0)
      role.keywords = keywords(d.source).slice(0, 3).concat(['project']).slice(0, 3);
    const led = d.reading.leads;
    const leads =
      led && d.wp !== null && led.ids.includes(d.wp) ? { id: d.wp, certain: led.certain } : null;
    return { partnerId: records[d.partner]?.id ?? '', role, leads };
  });
  const sentences = [
    ...new Set(
      [...records.flatMap((r) => r.prose), ...reading.loose].flatMap((p) =>
        splitDocumentSentences(p.text),
      ),
    ),
  ];
  const mentioned = new Map<string, string[]>();
  const ids: string[] = [];
  for (const sentence of new Set([...reading.workPackages.map((l) => l.raw), ...sentences]))
    for (const id of workPackageIds(sentence)) {
      if (!ids.includes(id)) ids.push(id);
      if (sentence.startsWith('|')) continue;
      const list = mentioned.get(id);
      if (list) list.push(sentence);
      else mentioned.set(id, [sentence]);
    }
  for (const line of reading.workPackages) if (!ids.includes(line.id)) ids.push(line.id);
  ids.sort((a, b) => Number(a.slice(2)) - Number(b.slice(2)));
  const titles = new Map(sentences.flatMap((s) => [...titlesIn(s)]));
  const { workPackages, leaderRoles } = buildWorkPackages({
    ids,
    lines: reading.workPackages,
    roles: placed,
    statements: sentences
      .flatMap((s) => passiveLeaders(s, mentions))
      .map((s) => ({ id: s.id, partnerId: records[s.partner]?.id ?? '', source: s.source })),
    titles,
    mentions: mentioned,
    resolve: (ref) => {
      const who = mentions(ref)[0];
      return who ? (records[who.partner]?.id ?? null) : null;
    },
    keywordsOf: keywords,
  });

  const coordinator =
    records.find((r) => r.entry.coordinator) ??
    records[drafts.find((d) => d.reading.coordinator)?.partner ?? -1];
  const partners = records.map(
    (record): Partner =>
      buildPartner(record, [...placed, ...leaderRoles], records, record === coordinator, mentions),
  );
  const lead = partners.find((p) => p.id === coordinator?.id) ?? partners[0];
  const consortiumTodo: Record<string, string> = {
    name: fromTitle
      ? `taken from the title line "${reading.title}"`
      : 'taken from the file name: the text has no title line',
    description: 'composed from the partner list; say what the consortium does',
  };
  if (!coordinator)
    consortiumTodo.coordinator = `no partner is named coordinator; "${lead?.id}" is the first partner`;
  if (lead) lead.coordinator = true;
  return {
    consortium: {
      name,
      description: describeConsortium(name, partners, lead),
      coordinator: lead?.id ?? 'unknown',
      sourceDocument: options.sourceDocument,
      todo: consortiumTodo,
    },
    workPackages,
    partners,
    synonyms: [],
  };
}
