import type { CountryFinder } from './countries.js';
import type { Block, Label } from './layout.js';
import { isNameLike, numberedName, type PartnerEntry, parsePartnerEntry } from './partner-entry.js';
import { readTable } from './tables.js';
import { parseWorkPackageLine, type WorkPackageLine } from './work-package-lines.js';

/** A paragraph or list item of prose, with the label it stands under. */
export interface Prose {
  text: string;
  label: Label | null;
}

/** One organisation's part of the description: its heading and the prose under it. */
export interface Section {
  entry: PartnerEntry;
  prose: Prose[];
}

/** What the layout says, before any sentence is read. */
export interface Reading {
  /** The document's title line, if it starts with one. */
  title: string | null;
  sections: Section[];
  /** Organisations named in lists and tables, without prose of their own. */
  listed: PartnerEntry[];
  /** Prose outside any organisation's section, with the work package whose section it is in. */
  loose: (Prose & { workPackage: string | null })[];
  workPackages: WorkPackageLine[];
}

/** Headings of a list of organisations, under which a bare name is one. */
const PARTNERS_HEADING =
  /^(?:the\s+)?(?:consortium\s+)?(?:partners?|participants?|beneficiar(?:y|ies)|members?|consortium(?:\s+(?:members|partners|composition))?)(?:\s+\w+){0,3}$/i;
/** A short line that is no sentence: a heading of the plain-text layout. */
const MAX_HEADING_WORDS = 8;

function bareEntry(name: string, raw: string): PartnerEntry {
  return {
    name,
    acronym: null,
    country: null,
    city: null,
    raw,
    coordinator: false,
    parent: null,
    type: null,
    rest: null,
  };
}

/**
 * The organisation a heading or line names: "Lynkeus (LYN), Italy"; a numbered heading
 * ("Participant no. 1: Technische Universiteit Delft"); or, where the layout says it is one
 * (`bare`: under a "Partners" heading, or over a "Country:" line), a name alone.
 */
function entryOf(
  block: { text: string; raw: string },
  bare: boolean,
  finder: CountryFinder,
): PartnerEntry | null {
  const parsed = parsePartnerEntry(block.text, block.raw, finder);
  if (parsed) return parsed;
  const named = numberedName(block.text);
  if (named !== null) return bareEntry(named, block.raw);
  return bare && isNameLike(block.text) ? bareEntry(block.text, block.raw) : null;
}

/** Whether a paragraph starts by naming a heading's words: "Lynkeus" then "Lynkeus is …". */
function namedBy(name: string, next: Block | undefined): boolean {
  return next?.type === 'paragraph' && next.text.toLowerCase().startsWith(name.toLowerCase());
}

/**
 * Walks the blocks of a description and cuts it into organisations' sections (a heading line,
 * a markdown heading or a list item naming one, and what follows it up to the next), lists and
 * tables of organisations, work-package lines and tables, and the prose outside sections.
 */
export function readSections(blocks: readonly Block[], finder: CountryFinder): Reading {
  const reading: Reading = { title: null, sections: [], listed: [], loose: [], workPackages: [] };
  let current: { section: Section; level: number } | null = null;
  let workPackage: { id: string; level: number } | null = null;
  let partnersLevel: number | null = null;
  let label: Label | null = null;
  const open = (entry: PartnerEntry, level: number) => {
    current = { section: { entry, prose: [] }, level };
    reading.sections.push(current.section);
    if (entry.rest !== null) current.section.prose.push({ text: entry.rest, label: null });
    label = null;
    workPackage = null;
  };
  const prose = (text: string, own: Label | null) => {
    if (current) current.section.prose.push({ text, label: own ?? label });
    else reading.loose.push({ text, label: own, workPackage: workPackage?.id ?? null });
  };
  const heading = (text: string, level: number, first: boolean) => {
    current = null;
    if (workPackage && level <= workPackage.level) workPackage = null;
    if (first && reading.title === null) reading.title = text;
    else if (PARTNERS_HEADING.test(text) && level < Number.POSITIVE_INFINITY) partnersLevel = level;
    else if (partnersLevel !== null && level <= partnersLevel) partnersLevel = null;
  };
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    const first = i === 0;
    switch (block.type) {
      case 'heading': {
        const wp = parseWorkPackageLine(block.text, block.raw);
        const under = partnersLevel !== null && block.level > partnersLevel;
        const entry = wp ? null : entryOf(block, under || next?.type === 'field', finder);
        const level = (current as { level: number } | null)?.level;
        if (entry) open(entry, block.level);
        else if (wp) {
          current = null;
          reading.workPackages.push(wp);
          workPackage = { id: wp.id, level: block.level };
        } else if (level === undefined || block.level <= level)
          heading(block.text, block.level, first);
        return;
      }
      case 'line': {
        const wp = parseWorkPackageLine(block.text, block.raw);
        if (wp) {
          current = null;
          reading.workPackages.push(wp);
          workPackage =
            next?.type === 'paragraph' ? { id: wp.id, level: Number.POSITIVE_INFINITY } : null;
          return;
        }
        const entry = entryOf(block, next?.type === 'field', finder);
        const leads =
          next?.type === 'paragraph' || next?.type === 'field' || next?.type === 'label';
        if (entry && (leads || entry.rest !== null)) open(entry, Number.POSITIVE_INFINITY);
        else if (entry) reading.listed.push(entry);
        else if (!first && isNameLike(block.text) && namedBy(block.text, next))
          open(bareEntry(block.text, block.raw), Number.POSITIVE_INFINITY);
        else if (block.text.split(/\s+/).length <= MAX_HEADING_WORDS)
          heading(block.text, Number.POSITIVE_INFINITY, first);
        else prose(block.text, null);
        return;
      }
      case 'item': {
        const wp = parseWorkPackageLine(block.text, block.raw);
        const entry = wp ? null : parsePartnerEntry(block.text, block.raw, finder);
        if (wp) reading.workPackages.push(wp);
        else if (entry?.rest != null) open(entry, Number.POSITIVE_INFINITY);
        else if (entry) reading.listed.push(entry);
        else prose(block.text, null);
        return;
      }
      case 'table': {
        const table = readTable(block.rows, finder);
        reading.workPackages.push(...table.workPackages);
        for (const entry of table.partners) {
          if (entry.rest === null) reading.listed.push(entry);
          else {
            open(entry, Number.POSITIVE_INFINITY);
            current = null;
          }
        }
        return;
      }
      case 'field': {
        const entry = (current as { section: Section } | null)?.section.entry;
        if (!entry) return;
        if (block.field === 'country')
          entry.country = finder.commonName(block.value) ?? entry.country;
        else if (block.field === 'city') {
          entry.city = block.value;
          entry.raw = block.raw;
        } else if (block.field === 'acronym') entry.acronym = block.value;
        else entry.type = block.value;
        return;
      }
      case 'label':
        label = block.label;
        return;
      case 'paragraph':
        prose(block.text, block.label);
    }
  });
  return reading;
}
