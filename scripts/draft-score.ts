/**
 * Scores a drafted dataset against what a person expects from the same description: partners
 * found, countries and kinds right, work-package leaders right, role sentences found, leads right
 * and wrong. Used by `npm run eval` (scripts/eval-draft.ts) and the draft tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { createCountryFinder } from '../src/core/draft/countries.js';
import { acronymForms } from '../src/core/draft/names.js';
import { type Dataset, PartnerKind } from '../src/core/schema/dataset.js';
import { foldCase } from '../src/core/text/normalise.js';
import { loadDataset, PACKAGE_ROOT } from '../src/dataset/load-dataset.js';

/** What a person expects a draft to find; partners are named by acronym. */
export const DraftExpectation = z.object({
  consortium: z.object({ name: z.string(), coordinator: z.string() }),
  partners: z.array(
    z.object({
      acronym: z.string(),
      country: z.string(),
      kind: PartnerKind,
      city: z.string().nullable().optional(),
    }),
  ),
  workPackages: z.array(z.object({ id: z.string(), leader: z.string().nullable() })),
  roles: z.array(
    z.object({
      partner: z.string(),
      wp: z.string().nullable(),
      lead: z.boolean(),
      source: z.string(),
    }),
  ),
});
export type DraftExpectation = z.infer<typeof DraftExpectation>;

/** The expectation a hand-built dataset stands for: the seed's `data/eucanimage.json`. */
export function expectationOf(dataset: Dataset): DraftExpectation {
  const acronym = new Map(dataset.partners.map((p) => [p.id, p.acronym]));
  return {
    consortium: {
      name: dataset.consortium.name,
      coordinator: acronym.get(dataset.consortium.coordinator) ?? '',
    },
    partners: dataset.partners.map((p) => ({
      acronym: p.acronym,
      country: p.country,
      kind: p.kind,
    })),
    workPackages: dataset.workPackages.map((wp) => ({
      id: wp.id,
      leader: wp.leader === null ? null : (acronym.get(wp.leader) ?? null),
    })),
    roles: dataset.partners.flatMap((p) =>
      p.roles.map((r) => ({ partner: p.acronym, wp: r.wp, lead: r.lead, source: r.source })),
    ),
  };
}

/** A count out of a total. */
export interface Tally {
  right: number;
  total: number;
}

/** How a draft compares with the expectation. */
export interface DraftScore {
  partners: Tally & { extra: string[] };
  countries: Tally & { wrong: string[] };
  kinds: Tally;
  cities: Tally;
  coordinator: boolean;
  /** Leaders of work packages the text names one for. */
  namedLeaders: Tally;
  /** Work packages with no leader in the text, left without one. */
  noLeaders: Tally;
  /** Wrong leaders, each saying whether the draft marked it to check. */
  wrongLeaders: string[];
  roleSentences: Tally & { missing: string[]; extra: number };
  leads: Tally & { wrong: string[]; missing: string[] };
  todos: number;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Scores a draft; partners are matched by acronym, or an acronym among the draft's aliases. */
export function scoreDraft(draft: Dataset, expected: DraftExpectation): DraftScore {
  const finder = createCountryFinder();
  const partnerOf = new Map<string, Dataset['partners'][number]>();
  for (const want of expected.partners) {
    const key = want.acronym.toUpperCase();
    const match = draft.partners.find((p) =>
      [...acronymForms(p.acronym), ...p.aliases].some((f) => f.toUpperCase() === key),
    );
    if (match) partnerOf.set(want.acronym, match);
  }
  const matched = new Set([...partnerOf.values()].map((p) => p.id));
  const sameCountry = (a: string, b: string) =>
    (finder.commonName(a) ?? a) === (finder.commonName(b) ?? b);
  const found = (partner: string, source: string, wp?: string | null, lead?: boolean) =>
    (partnerOf.get(partner)?.roles ?? []).some(
      (r) =>
        squash(r.source).includes(squash(source)) &&
        (wp === undefined || r.wp === wp) &&
        (lead === undefined || r.lead === lead),
    );
  const wantedSources = [...new Set(expected.roles.map((r) => `${r.partner}\u0000${r.source}`))];
  const missing = wantedSources.filter((k) => {
    const [partner = '', source = ''] = k.split('\u0000');
    return !found(partner, source);
  });
  const drafted = draft.partners.flatMap((p) =>
    [...new Set(p.roles.map((r) => r.source))].map((source) => ({ p, source })),
  );
  const extra = drafted.filter(
    ({ p, source }) =>
      !expected.roles.some(
        (r) => partnerOf.get(r.partner)?.id === p.id && squash(source).includes(squash(r.source)),
      ),
  ).length;
  const wantedLeads = expected.roles.filter((r) => r.lead);
  const leadMissing = wantedLeads.filter((r) => !found(r.partner, r.source, r.wp, true));
  const leadWrong = draft.partners.flatMap((p) =>
    p.roles
      .filter((r) => r.lead)
      .filter(
        (r) =>
          !wantedLeads.some(
            (w) =>
              partnerOf.get(w.partner)?.id === p.id &&
              w.wp === r.wp &&
              squash(r.source).includes(squash(w.source)),
          ),
      )
      .map((r) => `${p.acronym} ${r.wp ?? '-'}: ${r.source}`),
  );
  const leaderOf = new Map(draft.workPackages.map((wp) => [wp.id, wp]));
  const acronymOfId = new Map(draft.partners.map((p) => [p.id, p]));
  const wrongLeaders: string[] = [];
  const named = expected.workPackages.filter((wp) => wp.leader !== null);
  const none = expected.workPackages.filter((wp) => wp.leader === null);
  const leaderRight = (want: DraftExpectation['workPackages'][number]) => {
    const got = leaderOf.get(want.id);
    const gotPartner = got?.leader ? acronymOfId.get(got.leader) : undefined;
    const right =
      want.leader === null
        ? got !== undefined && got.leader === null
        : gotPartner !== undefined && partnerOf.get(want.leader)?.id === gotPartner.id;
    if (!right)
      wrongLeaders.push(
        `${want.id}: ${gotPartner?.acronym ?? 'none'} (expected ${want.leader ?? 'none'})${got?.todo?.leader ? ', marked to check' : ''}`,
      );
    return right;
  };
  const coordinator = acronymOfId.get(draft.consortium.coordinator);
  return {
    partners: {
      right: partnerOf.size,
      total: expected.partners.length,
      extra: draft.partners.filter((p) => !matched.has(p.id)).map((p) => p.acronym),
    },
    countries: {
      right: expected.partners.filter((w) => {
        const got = partnerOf.get(w.acronym);
        return got !== undefined && sameCountry(got.country, w.country);
      }).length,
      total: expected.partners.length,
      wrong: expected.partners
        .filter((w) => !sameCountry(partnerOf.get(w.acronym)?.country ?? '', w.country))
        .map((w) => `${w.acronym}: ${partnerOf.get(w.acronym)?.country ?? 'not found'}`),
    },
    kinds: {
      right: expected.partners.filter((w) => partnerOf.get(w.acronym)?.kind === w.kind).length,
      total: expected.partners.length,
    },
    cities: {
      right: expected.partners.filter(
        (w) =>
          w.city !== undefined &&
          foldCase(partnerOf.get(w.acronym)?.city?.name ?? 'none') === foldCase(w.city ?? 'none'),
      ).length,
      total: expected.partners.filter((w) => w.city !== undefined).length,
    },
    coordinator:
      coordinator !== undefined &&
      partnerOf.get(expected.consortium.coordinator)?.id === coordinator.id,
    namedLeaders: { right: named.filter(leaderRight).length, total: named.length },
    noLeaders: { right: none.filter(leaderRight).length, total: none.length },
    wrongLeaders,
    roleSentences: {
      right: wantedSources.length - missing.length,
      total: wantedSources.length,
      missing: missing.map((k) => k.replace('\u0000', ': ')),
      extra,
    },
    leads: {
      right: wantedLeads.length - leadMissing.length,
      total: wantedLeads.length,
      wrong: leadWrong,
      missing: leadMissing.map((r) => `${r.partner} ${r.wp ?? '-'}: ${r.source}`),
    },
    todos: 0,
  };
}

function percent({ right, total }: Tally): string {
  return total === 0 ? '–' : `${right}/${total} (${((100 * right) / total).toFixed(0)} %)`;
}

/** The score as lines to print. */
export function formatScore(score: DraftScore): string[] {
  return [
    `partners found        ${percent(score.partners)}${score.partners.extra.length > 0 ? `; ${score.partners.extra.length} extra: ${score.partners.extra.join(', ')}` : ''}`,
    `countries right       ${percent(score.countries)}`,
    `coordinator right     ${score.coordinator ? 'yes' : 'no'}`,
    `named WP leaders      ${percent(score.namedLeaders)}`,
    `WPs without a leader  ${percent(score.noLeaders)}`,
    `role sentences found  ${percent(score.roleSentences)}; ${score.roleSentences.extra} drafted sentences not in the expected roles`,
    `leads right           ${percent(score.leads)}; wrong: ${score.leads.wrong.length}`,
    `kinds right (guessed) ${percent(score.kinds)}`,
    ...(score.cities.total > 0 ? [`cities right          ${percent(score.cities)}`] : []),
    `todo markers          ${score.todos}`,
    ...score.countries.wrong.map((w) => `  country wrong: ${w}`),
    ...score.wrongLeaders.map((w) => `  leader wrong: ${w}`),
    ...score.roleSentences.missing.map((m) => `  role sentence missing: ${m}`),
    ...score.leads.wrong.map((w) => `  lead the text does not state: ${w}`),
    ...score.leads.missing.map((m) => `  lead missing: ${m}`),
  ];
}

/** A description to draft and what to expect of the draft. */
export interface DraftCase {
  name: string;
  file: string;
  expected: DraftExpectation;
}

/** Made-up consortia in other fields and layouts, each beside its `.expected.json`. */
export const DRAFT_FIXTURES = [
  'climate-markdown.md',
  'materials-table.txt',
  'marine-numbered.txt',
  'agri-list.txt',
  'wind-participants.md',
];

/**
 * The seed (judged against the hand-built `data/eucanimage.json`) and the fixtures in
 * test/fixtures/draft/.
 */
export function loadDraftCases(): DraftCase[] {
  const fixtures = path.join(PACKAGE_ROOT, 'test', 'fixtures', 'draft');
  return [
    {
      name: 'EuCanImage (the seed)',
      file: path.join(PACKAGE_ROOT, 'data', 'eucanimage-consortium.txt'),
      expected: expectationOf(loadDataset(path.join(PACKAGE_ROOT, 'data', 'eucanimage.json'))),
    },
    ...DRAFT_FIXTURES.map((name) => ({
      name,
      file: path.join(fixtures, name),
      expected: DraftExpectation.parse(
        JSON.parse(
          readFileSync(path.join(fixtures, name.replace(/\.\w+$/, '.expected.json')), 'utf8'),
        ),
      ),
    })),
  ];
}
