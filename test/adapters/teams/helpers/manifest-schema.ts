import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Validates a Teams manifest against the JSON schema that @microsoft/app-manifest bundles for its
 * `$schema` URL: no download. It compiles the schema as AppManifestUtils.validateAgainstSchema
 * does (ajv draft-04, all errors, uri/email/regex formats). That function cannot be called
 * directly: @microsoft/app-manifest 1.1.2 requires fs-extra at load time but does not declare it
 * as a dependency, so importing the package fails with "Cannot find module 'fs-extra'".
 */
export function validateManifestOffline(manifest: Record<string, unknown>): string[] {
  const schemaUrl = String(manifest.$schema);
  const prefix = 'https://developer.microsoft.com/';
  if (!schemaUrl.startsWith(prefix)) throw new Error(`unexpected $schema ${schemaUrl}`);
  const packageJson = require.resolve('@microsoft/app-manifest/package.json');
  const file = path.join(path.dirname(packageJson), 'build', schemaUrl.slice(prefix.length));
  // The published schemas write "\a" and "\v" in regexes, which JSON does not allow; the package
  // applies the same clean-up.
  const text = readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  const Ajv = require('ajv-draft-04') as new (
    options: object,
  ) => {
    compile(schema: object): ((data: unknown) => boolean) & {
      errors?: { instancePath: string; message?: string; params?: unknown }[] | null;
    };
  };
  const addFormats = require('ajv-formats') as (ajv: object, formats: string[]) => void;
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(JSON.parse(text) as object);
  if (validate(JSON.parse(JSON.stringify(manifest)))) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath} ${e.message ?? ''}. Details: ${JSON.stringify(e.params)}`,
  );
}
