import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_SITE, nginxSite } from '../../scripts/replicas/nginx.js';
import { EnvSchema } from '../../src/config.js';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';

const read = (file: string) => readFileSync(path.join(PACKAGE_ROOT, file), 'utf8');
const guide = read('docs/DEPLOY.md');

describe('docs/DEPLOY.md', () => {
  it('shows the nginx configuration the replica test and the load run use, to the character', () => {
    const blocks = [...guide.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toEqual([nginxSite(GUIDE_SITE)]);
  });

  it('names only variables eucanbot reads, and is linked from the README', () => {
    const known = new Set([...Object.keys(EnvSchema.shape), 'DATABASE_URL']);
    const named = new Set(guide.match(/\b[A-Z][A-Z]+(?:_[A-Z]+)+\b/g) ?? []);
    expect([...named].filter((name) => !known.has(name))).toEqual([]);
    expect(read('README.md')).toContain('](docs/DEPLOY.md)');
  });
});
