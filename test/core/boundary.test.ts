import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

const FORBIDDEN = [
  {
    pattern: /from ['"](\.\.\/)+(adapters|cli|server)\//,
    why: 'imports an adapter, the CLI or the server',
  },
  { pattern: /from ['"]@(slack|microsoft)\//, why: 'imports a platform SDK' },
  { pattern: /from ['"](node:)?(fs|http|https|net|child_process|readline)['"]/, why: 'does I/O' },
  { pattern: /process\.env/, why: 'reads the environment' },
  { pattern: /\bconsole\./, why: 'prints' },
];

describe('core boundary', () => {
  const files = sourceFiles(path.join(PACKAGE_ROOT, 'src', 'core'));

  it('finds the core source files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [path.relative(PACKAGE_ROOT, f), f]))('%s stays pure', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    for (const rule of FORBIDDEN) {
      expect(rule.pattern.test(text), `${_name} ${rule.why}`).toBe(false);
    }
  });
});
