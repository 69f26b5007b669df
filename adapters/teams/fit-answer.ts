import { type CompactView, chatView } from '../../src/core/answer/compact-view.js';
import type { Answer } from '../../src/core/schema/answer.js';
import { payloadBytes, questionButton, showAllButton } from './card-parts.js';
import type { SubmitAction } from './card-types.js';
import { TEAMS_LIMITS } from './limits.js';

/** How much of the whole answer a message shows; fitAnswer lowers it until the message fits. */
export interface Detail {
  /** Longest source quote; 0 leaves quotes out. */
  quote: number;
  rolesPerPartner: number;
  partners: number;
  /** Longest "covers" text of a work package. */
  covers: number;
  fallback: number;
}

/** Longest "covers" text of a work package at full detail, and in the compact view. */
export const FULL_COVERS = 800;

/** Full detail first; each next level trades detail for size until the message fits. */
export const DETAIL_LEVELS: readonly Detail[] = [
  {
    quote: TEAMS_LIMITS.maxQuote,
    rolesPerPartner: Number.POSITIVE_INFINITY,
    partners: Number.POSITIVE_INFINITY,
    covers: FULL_COVERS,
    fallback: TEAMS_LIMITS.maxFallbackText,
  },
  { quote: 200, rolesPerPartner: 4, partners: 10, covers: 300, fallback: 2_000 },
  { quote: 160, rolesPerPartner: 2, partners: 10, covers: 200, fallback: 1_500 },
  { quote: 100, rolesPerPartner: 2, partners: 6, covers: 150, fallback: 1_000 },
  { quote: 0, rolesPerPartner: 1, partners: 4, covers: 80, fallback: 500 },
];

/** Shown when shortening dropped something, so that nobody mistakes a cut answer for all of it. */
export const SHORTENED_NOTE =
  'Shortened to fit in a Teams message: ask a narrower question for more.';

/** How an answer is rendered. */
export interface RenderOptions {
  /** The whole answer (a "Show all" click); otherwise the compact view, with "Show all". */
  full?: boolean;
  /**
   * Largest size of the message, in bytes as Teams counts them (see payloadBytes), before the
   * SDK adds the addressing. The handler measures that for the conversation at hand; the
   * default keeps TEAMS_LIMITS.addressingReserve for it.
   */
  maxBytes?: number;
  /**
   * Feedback on the answer: Teams' native loop (`native`, personal and group chats) or two small
   * buttons (`buttons`, channels, where Teams does not offer the loop).
   */
  feedback?: { answerId: string; kind: 'native' | 'buttons' };
}

/** The room a message has: the handler's measure, or the payload limit less the addressing. */
export function maxBytesOf(options: RenderOptions): number {
  return options.maxBytes ?? TEAMS_LIMITS.maxPayloadBytes - TEAMS_LIMITS.addressingReserve;
}

/** The buttons under an answer: "Show all" when the reply left something out, then suggestions. */
export function answerActions(answer: Answer, shortened: boolean): SubmitAction[] {
  // Asked again in full, a follow-up ("and in Spain?") is asked as what it stood for.
  const showAll = shortened ? [showAllButton(answer.resolvedQuestion)] : [];
  return [...showAll, ...answer.suggestions.map(questionButton)];
}

/** One renderer's ways of showing an answer, from the richest to the barest. */
export interface Shapes<M> {
  compact(view: CompactView, actions: SubmitAction[]): M;
  /** The whole answer at a level of detail; `cut` says that something was left out. */
  full(detail: Detail, actions: SubmitAction[], cut: boolean): M;
  /** The headline and the buttons, when nothing else fits. */
  bare(actions: SubmitAction[]): M;
}

/**
 * The richest shape of an answer whose whole payload fits in `maxBytes`: the compact view (unless
 * `full`), then the whole answer at each level of DETAIL_LEVELS, then the bare headline. The card
 * and the chat-text renderers both fit this way, so they shorten an answer alike.
 */
export function fitAnswer<M>(
  answer: Answer,
  full: boolean | undefined,
  maxBytes: number,
  shapes: Shapes<M>,
): M {
  const view = chatView(answer, full);
  const actions = answerActions(answer, view?.shortened === true);
  if (view !== undefined) {
    const message = shapes.compact(view, actions);
    if (payloadBytes(message) <= maxBytes) return message;
  }
  for (const [level, detail] of DETAIL_LEVELS.entries()) {
    const message = shapes.full(detail, actions, level > 0 || view !== undefined);
    if (payloadBytes(message) <= maxBytes) return message;
  }
  return shapes.bare(actions);
}
