import type { Role, WorkPackage } from '../schema/dataset.js';
import type { WorkPackageLine } from './work-package-lines.js';

/** A role the draft gave a partner, and what its clause said about leading. */
export interface PlacedRole {
  partnerId: string;
  role: Role;
  /** A work package the clause says the partner leads; `certain` when it is the verb's object. */
  leads: { id: string; certain: boolean } | null;
}

/** What the description says about work packages, gathered by the draft. */
export interface WorkPackageFacts {
  /** Every id named, in order of first mention. */
  ids: string[];
  lines: WorkPackageLine[];
  roles: PlacedRole[];
  /** Passive statements: "WP4, which is coordinated by NTNU". */
  statements: { id: string; partnerId: string; source: string }[];
  /** Titles that sentences give: "WP7: Dissemination, …". */
  titles: ReadonlyMap<string, string>;
  /** Sentences that name each work package. */
  mentions: ReadonlyMap<string, string[]>;
  /** The partner id a leader reference ("UAMS") names, or null. */
  resolve: (ref: string) => string | null;
  keywordsOf: (text: string) => string[];
}

type Leader = { partnerId: string; source: string; note: string | null };

/** Most role summaries a composed `covers` joins. */
const MAX_COVERED = 4;

/**
 * The leader of one work package: a line or table row that names it ("(lead: UAMS)"), else a
 * sentence that says it ("UAMS/TCIA leads WP4", "WP4, which is coordinated by NTNU"); else, only
 * when the description has no structured list of leaders, a partner that leads something in it
 * ("leads the implementation of … in WP5"), marked to check.
 */
function leaderOf(
  id: string,
  facts: WorkPackageFacts,
  structured: boolean,
): Leader | { note: string } {
  const stated: Leader[] = [];
  for (const line of facts.lines.filter((l) => l.id === id && l.leaderRef !== null)) {
    const partnerId = facts.resolve(line.leaderRef ?? '');
    if (partnerId === null)
      return {
        note: `the text names "${line.leaderRef}" as leader, which is no partner the draft found`,
      };
    stated.push({ partnerId, source: line.raw, note: null });
  }
  for (const placed of facts.roles)
    if (placed.leads?.id === id && placed.leads.certain)
      stated.push({ partnerId: placed.partnerId, source: placed.role.source, note: null });
  for (const s of facts.statements.filter((s) => s.id === id)) stated.push({ ...s, note: null });
  const first = stated[0];
  if (first) {
    // A sentence that says the same leader leads is the better source: a table row says it
    // only through its header, and the validator reads no headers.
    const said = stated.find((s) => s.partnerId === first.partnerId && !s.source.startsWith('|'));
    const source = said?.source ?? first.source;
    const others = [...new Set(stated.map((s) => s.partnerId))].filter(
      (p) => p !== first.partnerId,
    );
    if (others.length > 0)
      return {
        ...first,
        source,
        note: `the text also names ${others.map((o) => `"${o}"`).join(', ')} as its leader`,
      };
    if (source.startsWith('|'))
      return {
        ...first,
        note: `read from a table row; "eucanbot validate" wants a sentence that says "${first.partnerId}" leads ${id}: quote one as leaderSource, or add one to the text`,
      };
    return { ...first, source };
  }
  const guess = structured ? undefined : facts.roles.find((p) => p.leads?.id === id);
  if (guess)
    return {
      partnerId: guess.partnerId,
      source: guess.role.source,
      note: `guessed: "${guess.partnerId}" leads part of ${id} here ("${guess.role.summary}"); check that it leads the whole work package`,
    };
  return { note: 'the text names no leader that the draft found; set one if it does' };
}

/** Work packages from what the description says, and the roles that leading one gives a partner. */
export function buildWorkPackages(facts: WorkPackageFacts): {
  workPackages: WorkPackage[];
  leaderRoles: PlacedRole[];
} {
  const structured = facts.lines.some((l) => l.leaderRef !== null);
  const leaderRoles: PlacedRole[] = [];
  const workPackages = facts.ids.map((id): WorkPackage => {
    const line = facts.lines.find((l) => l.id === id);
    const title = line?.title ?? facts.titles.get(id) ?? null;
    const roles = facts.roles.filter((p) => p.role.wp === id);
    const leader = leaderOf(id, facts, structured);
    const found = 'partnerId' in leader ? leader : null;
    const sources = [
      ...new Set([
        ...(line ? [line.raw] : []),
        ...(found ? [found.source] : []),
        ...roles.map((p) => p.role.source),
        ...(facts.mentions.get(id) ?? []),
      ]),
    ];
    if (found && !roles.some((p) => p.partnerId === found.partnerId && p.role.lead)) {
      const summary = `Leads ${id}${title ? ` (${title})` : ''}`;
      leaderRoles.push({
        partnerId: found.partnerId,
        leads: { id, certain: true },
        role: {
          summary,
          wp: id,
          lead: true,
          keywords: facts
            .keywordsOf(title ?? id)
            .slice(0, 6)
            .concat(title ? [] : ['leadership']),
          source: found.source,
          todo: { summary: 'made from the sentence naming the leader; check it' },
        },
      });
    }
    const summaries = roles.map((p) => p.role.summary).slice(0, MAX_COVERED);
    const keywords = [
      ...new Set([...facts.keywordsOf(title ?? ''), ...roles.flatMap((p) => p.role.keywords)]),
    ];
    const todo: Record<string, string> = {
      covers: `composed from its ${title ? 'title and ' : ''}roles; rewrite it as one description`,
    };
    if (leader.note !== null) todo.leader = leader.note;
    return {
      id,
      title,
      covers: [title, ...summaries].filter((s) => s !== null).join('; ') || `Work package ${id}`,
      keywords: keywords.slice(0, 16),
      leader: found?.partnerId ?? null,
      leaderSource: found?.source ?? null,
      sources: sources.length > 0 ? sources : [line?.raw ?? id],
      todo,
    };
  });
  return { workPackages, leaderRoles };
}
