/**
 * SHA-256 digests (hex) of files whose exact bytes the build validated. Run from source there
 * are none. The CLI's bundle replaces this module by the digests of the shipped dataset and
 * vocabulary, which the build validates with this same code, keeping each only when validation
 * found no problem and changed nothing in it (scripts/compiled-modules.ts). Validating those
 * bytes again would find what the build found.
 */
export const VALIDATED_FILES: Readonly<Record<'dataset' | 'vocabulary', readonly string[]>> = {
  dataset: [],
  vocabulary: [],
};
