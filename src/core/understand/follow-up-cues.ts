import type { CueKind } from '../lexicon/cues.js';

/** Cues that say what is asked about a subject; a follow-up without any keeps the context's. */
export const ASPECT_CUES: readonly CueKind[] = ['lead', 'member', 'info', 'list', 'partners'];
