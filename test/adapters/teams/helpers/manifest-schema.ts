import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';

const require = createRequire(import.meta.url);

/**
 * Validates a Teams manifest with Microsoft's own validator (AppManifestUtils from
 * @microsoft/app-manifest, as the Teams Toolkit uses it), against the schema that package bundles
 * for the manifest's `$schema` URL. The schema is read from the package here and passed in, so
 * the validator never downloads one: tests do not reach the internet.
 */
export async function validateManifestOffline(
  manifest: Record<string, unknown>,
): Promise<string[]> {
  const schemaUrl = String(manifest.$schema);
  const prefix = 'https://developer.microsoft.com/';
  if (!schemaUrl.startsWith(prefix)) throw new Error(`unexpected $schema ${schemaUrl}`);
  const packageJson = require.resolve('@microsoft/app-manifest/package.json');
  const file = path.join(path.dirname(packageJson), 'build', schemaUrl.slice(prefix.length));
  // The published schemas write "\a" and "\v" in regexes, which JSON does not allow; the package
  // cleans its own downloads the same way.
  const text = readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  const validate = AppManifestUtils.validateAgainstSchema as (
    manifest: unknown,
    schema: unknown,
  ) => Promise<string[]>;
  return validate.call(AppManifestUtils, JSON.parse(JSON.stringify(manifest)), JSON.parse(text));
}
