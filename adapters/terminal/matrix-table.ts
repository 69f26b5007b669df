import type { Answer } from '../../src/core/schema/answer.js';

const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

/** The marks of the table, with the line under it that says what they mean. */
const MARK = { lead: 'Lead', in: '●', none: '·' } as const;
const LEGEND = `${MARK.lead}: the source names the partner as the leader. ${MARK.in}: a role of the partner is in the work package.`;

/**
 * The matrix answer ("show the matrix", "who is in which work package") as a table: a row per
 * partner, a column per work package, drawn from the Answer's partners and their roles, so the
 * terminal shows the same facts as the text every other adapter falls back on.
 */
export function renderTerminalMatrix(answer: Answer, style: { color: boolean }): string {
  const leaders = new Map(answer.workPackages.map((wp) => [wp.id, wp.leader?.id]));
  const ids = answer.workPackages.map((wp) => wp.id);
  const width = Math.max(...ids.map((id) => id.length), MARK.lead.length) + 2;
  const first = Math.max('Partner'.length, ...answer.partners.map((p) => p.acronym.length)) + 2;
  const pad = (text: string, n: number) => text + ' '.repeat(Math.max(0, n - [...text].length));
  const centre = (text: string) => {
    const room = width - [...text].length;
    return ' '.repeat(Math.floor(room / 2)) + text + ' '.repeat(Math.ceil(room / 2));
  };
  const bold = (text: string) => (style.color ? `${BOLD}${text}${RESET}` : text);
  const lines = [answer.headline.replace(/\*\*(.+?)\*\*/g, '$1'), ''];
  lines.push(bold(pad('Partner', first) + ids.map(centre).join('')).trimEnd());
  for (const partner of answer.partners) {
    const inWps = new Set(partner.roles.map((r) => r.wp));
    const cells = ids.map((id) => {
      if (leaders.get(id) === partner.id) return bold(centre(MARK.lead));
      return centre(inWps.has(id) ? MARK.in : MARK.none);
    });
    lines.push((pad(partner.acronym, first) + cells.join('')).trimEnd());
  }
  lines.push('', LEGEND);
  return lines.join('\n');
}
