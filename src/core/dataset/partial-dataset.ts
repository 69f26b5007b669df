import { z } from 'zod';
import { Consortium, type Dataset, Partner, Role, WorkPackage } from '../schema/dataset.js';
import { Group } from '../schema/group.js';
import { LexiconOverride } from '../schema/lexicon-override.js';

/** A partner whose own fields parsed; a role that did not is a hole (undefined) in `roles`. */
export type PartialPartner = Omit<Partner, 'roles'> & { roles: (Role | undefined)[] };

/**
 * The parts of a dataset that parsed, each at its index in the input, so that the cross-reference
 * and source checks run in the same pass as the shape check: a shape error in one partner does
 * not hide a duplicate id or a misquoted sentence in another.
 */
export interface PartialDataset {
  consortium: Consortium | undefined;
  /** Undefined where that work package did not parse. */
  workPackages: (WorkPackage | undefined)[];
  partners: (PartialPartner | undefined)[];
  /** The `id` of every partner as written, even where the rest of it did not parse. */
  partnerIds: (string | undefined)[];
  workPackageIds: (string | undefined)[];
  /** Undefined where that grouping did not parse. */
  groups: (Group | undefined)[];
  groupIds: (string | undefined)[];
  lexicon: LexiconOverride | undefined;
}

const PartnerOwnFields = Partner.extend({ roles: z.array(z.unknown()) });

function arrayAt(input: unknown, key: string): unknown[] {
  const value = (input as Record<string, unknown> | null)?.[key];
  return Array.isArray(value) ? value : [];
}

function idOf(item: unknown): string | undefined {
  const id = (item as Record<string, unknown> | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

function parsed<T>(schema: z.ZodType<T>, input: unknown): T | undefined {
  const result = schema.safeParse(input);
  return result.success ? result.data : undefined;
}

/** A dataset that parsed whole, as a PartialDataset with no holes. */
export function wholeDataset(data: Dataset): PartialDataset {
  return {
    consortium: data.consortium,
    workPackages: data.workPackages,
    partners: data.partners,
    partnerIds: data.partners.map((p) => p.id),
    workPackageIds: data.workPackages.map((wp) => wp.id),
    groups: data.groups ?? [],
    groupIds: (data.groups ?? []).map((g) => g.id),
    lexicon: data.lexicon,
  };
}

/** Parses each part of a dataset that failed as a whole on its own, keeping those that pass. */
export function salvageDataset(input: unknown): PartialDataset {
  const rawPartners = arrayAt(input, 'partners');
  const rawWorkPackages = arrayAt(input, 'workPackages');
  const consortium = (input as Record<string, unknown> | null)?.consortium;
  return {
    consortium: parsed(Consortium, consortium),
    workPackages: rawWorkPackages.map((wp) => parsed(WorkPackage, wp)),
    partners: rawPartners.map((raw) => {
      const own = parsed(PartnerOwnFields, raw);
      if (own === undefined) return undefined;
      return { ...own, roles: own.roles.map((role) => parsed(Role, role)) };
    }),
    partnerIds: rawPartners.map(idOf),
    workPackageIds: rawWorkPackages.map(idOf),
    groups: arrayAt(input, 'groups').map((g) => parsed(Group, g)),
    groupIds: arrayAt(input, 'groups').map(idOf),
    lexicon: parsed(LexiconOverride, (input as Record<string, unknown> | null)?.lexicon),
  };
}
