import type { Answer, AnswerPartner } from '../../src/core/schema/answer.js';

/** The heading line the core's text gives a partner, e.g. `**BSC** Barcelona … · Spain · …`. */
function textHeading(p: AnswerPartner): string {
  const name = p.acronym === p.name ? '' : ` ${p.name}`;
  return `**${p.acronym}**${name} · ${p.country} · ${p.kind}`;
}

/** A paragraph the blocks show from the structured fields: a list, a quote or a partner. */
function isDetail(paragraph: string, headings: ReadonlySet<string>): boolean {
  const lines = paragraph.split('\n');
  return (
    lines.some((line) => /^\s*(- |> )/.test(line)) ||
    headings.has((lines[0] ?? '').replace(/^- /, ''))
  );
}

/**
 * The parts of the Answer's text that its structured fields do not carry: the intro (headline,
 * truncation note) and the notes after the list ("…and 3 more."). A "Try: …" line is left out
 * when the suggestions are shown as buttons.
 */
export function answerProse(answer: Answer): { intro: string[]; notes: string[] } {
  const structured = answer.partners.length > 0 || answer.workPackages.length > 0;
  const headings = new Set(answer.partners.map(textHeading));
  const intro: string[] = [];
  const notes: string[] = [];
  let afterDetail = false;
  for (const paragraph of answer.text.split(/\n{2,}/)) {
    if (answer.suggestions.length > 0 && paragraph.startsWith('Try: ')) continue;
    if (structured && isDetail(paragraph, headings)) {
      afterDetail = true;
      continue;
    }
    (afterDetail ? notes : intro).push(paragraph);
  }
  return { intro, notes };
}
