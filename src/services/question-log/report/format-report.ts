import { type QuestionGroup, type Report, TOP_ROWS, type WordRow } from './build-report.js';

/** The formats `eucanbot report --format` writes. */
export const REPORT_FORMATS = ['text', 'markdown', 'json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One section of the report, as rows of label and detail, whatever the format. */
interface Section {
  /** A stable name for the section, for CSV. */
  key: string;
  title: string;
  empty: string;
  rows: { label: string; count: number; askers?: number; detail: string }[];
}

const percent = (c: number) => `${Math.round(c * 100)} %`;

function groupRows(groups: readonly QuestionGroup[], withComments: boolean): Section['rows'] {
  return groups.map((g) => ({
    label: g.question,
    count: g.count,
    askers: g.askers,
    detail: withComments
      ? g.comments.map((c) => `“${c}”`).join(' ') || '(no comment)'
      : `${g.intent}, confidence ${percent(g.confidence)}`,
  }));
}

function wordRows(words: readonly WordRow[]): Section['rows'] {
  return words.map((w) => ({
    label: w.word,
    count: w.questions,
    askers: w.askers,
    detail: w.examples.map((e) => `“${e}”`).join(' '),
  }));
}

function sections(report: Report): Section[] {
  return [
    {
      key: 'refused',
      title: `Questions refused (${report.refused.questions}), by the words not understood`,
      empty: 'None refused.',
      rows: wordRows(report.refused.byWord),
    },
    {
      key: 'low-confidence',
      title: 'Low-confidence answers',
      empty: 'None.',
      rows: groupRows(report.lowConfidence, false),
    },
    {
      key: 'thumbs-down',
      title: `Answers with a thumbs-down (${report.feedback.down} 👎, ${report.feedback.up} 👍 in all)`,
      empty: 'None.',
      rows: groupRows(report.thumbsDown, true),
    },
    {
      key: 'topics',
      title: 'Most asked topics',
      empty: 'None.',
      rows: report.topics.map((t) => ({ label: t.topic, count: t.questions, detail: '' })),
    },
    {
      key: 'partners',
      title: 'Most answered partners',
      empty: 'None.',
      rows: report.partners.map((p) => ({ label: p.partner, count: p.questions, detail: '' })),
    },
    {
      key: 'suggestions',
      title: 'Suggestions for the dataset (yours to decide)',
      empty: 'None: no word was used by several askers without being understood.',
      rows: report.suggestions.map((s) => ({ label: s.word, count: s.askers, detail: s.text })),
    },
  ];
}

function heading(report: Report): string {
  return `${report.questions} questions from ${report.askers} askers since ${report.since}`;
}

function asText(report: Report): string {
  const out = [`eucanbot report: ${heading(report)}`];
  for (const s of sections(report)) {
    out.push('', s.title);
    if (s.rows.length === 0) out.push(`  ${s.empty}`);
    for (const r of s.rows.slice(0, TOP_ROWS)) {
      const who =
        r.askers === undefined ? '' : `, ${r.askers} ${r.askers === 1 ? 'asker' : 'askers'}`;
      out.push(`  ${r.count}×${who}  ${r.label}${r.detail ? `  ${r.detail}` : ''}`);
    }
    if (s.rows.length > TOP_ROWS)
      out.push(`  …and ${s.rows.length - TOP_ROWS} more (--format json has all)`);
  }
  return out.join('\n');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function asMarkdown(report: Report): string {
  const out = [`# eucanbot report`, '', heading(report)];
  for (const s of sections(report)) {
    out.push('', `## ${s.title}`, '');
    if (s.rows.length === 0) {
      out.push(s.empty);
      continue;
    }
    out.push('| what | count | askers | detail |', '| --- | ---: | ---: | --- |');
    for (const r of s.rows.slice(0, TOP_ROWS))
      out.push(`| ${cell(r.label)} | ${r.count} | ${r.askers ?? ''} | ${cell(r.detail)} |`);
  }
  return out.join('\n');
}

/** A CSV field as RFC 4180 writes it, and never a formula a spreadsheet would run. */
function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function asCsv(report: Report): string {
  const lines = ['section,what,count,askers,detail'];
  for (const s of sections(report))
    for (const r of s.rows)
      lines.push([s.key, r.label, r.count, r.askers, r.detail].map(csvField).join(','));
  return lines.join('\n');
}

/** The report in the format asked for. */
export function formatReport(report: Report, format: ReportFormat): string {
  if (format === 'json') return JSON.stringify(report, null, 2);
  if (format === 'csv') return asCsv(report);
  return format === 'markdown' ? asMarkdown(report) : asText(report);
}
