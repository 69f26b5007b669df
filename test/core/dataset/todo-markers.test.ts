import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { findDatasetProblems, parseDataset } from '../../../src/core/dataset/validate-dataset.js';
import { PACKAGE_ROOT } from '../../../src/dataset/load-dataset.js';
import { memoryIo } from '../../helpers/cli-io.js';
import { datasetCopy } from '../../helpers/real-bot.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'eucanbot-todo-'));

/** The shipped dataset with a TODO marker on a partner, a role, a work package and the consortium. */
function markedDataset() {
  const data = datasetCopy() as unknown as {
    consortium: Record<string, unknown>;
    partners: { todo?: unknown; roles: { todo?: unknown; source: string }[] }[];
    workPackages: { todo?: unknown }[];
  };
  data.consortium.todo = { description: 'composed from the partners; rewrite it' };
  const partner = data.partners[3];
  const workPackage = data.workPackages[2];
  if (!partner?.roles[1] || !workPackage) throw new Error('the shipped dataset changed');
  partner.todo = { kind: 'guessed from the name word "Center"' };
  partner.roles[1].todo = { summary: 'shortened from the source sentence' };
  workPackage.todo = { leader: 'the text names no leader the draft could find' };
  return data;
}

describe('todo markers', () => {
  it('are reported by the validator in file order, each at the path of the field to check', () => {
    const problems = findDatasetProblems(markedDataset());
    expect(problems.map((p) => p.path)).toEqual([
      'consortium.description',
      'workPackages[2].leader',
      'partners[3].kind',
      'partners[3].roles[1].summary',
    ]);
    expect(problems[2]?.message).toBe(
      'to check: guessed from the name word "Center" (then delete partners[3].todo.kind)',
    );
  });

  it('keep a drafted file from loading as finished', () => {
    expect(() => parseDataset(markedDataset(), 'draft.json')).toThrow(/4 problems/);
  });

  it('may only name a field of the object that carries them', () => {
    const data = markedDataset();
    (data.partners[0] as { todo?: unknown }).todo = { colour: 'check it' };
    const problems = findDatasetProblems(data).map((p) => `${p.path}: ${p.message}`);
    expect(problems).toContain('partners[0].todo: has unknown field "colour"');
  });

  it('are listed by `validate --source`, which still checks every quoted sentence', async () => {
    const data = markedDataset();
    const role = data.partners[3]?.roles[0];
    if (!role) throw new Error('the shipped dataset changed');
    role.source = 'A sentence the document does not have.';
    // Written elsewhere, the copy's $schema would point at nothing.
    Reflect.deleteProperty(data, '$schema');
    const file = path.join(tmp, 'marked.json');
    writeFileSync(file, JSON.stringify(data));
    const source = path.join(PACKAGE_ROOT, 'data', 'eucanimage-consortium.txt');
    const run = memoryIo();
    expect(await main(['validate', file, '--source', source], run.io)).toBe(1);
    expect(run.err()).toContain('5 problems');
    expect(run.err()).toContain('partners[3].kind: to check: guessed from the name word');
    expect(run.err()).toContain(
      'partners[3].roles[0].source: is not found verbatim in the source document',
    );
  });
});
