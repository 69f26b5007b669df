import { execFile } from 'node:child_process';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { Answer } from '../../src/core/schema/answer.js';
import { checkTurn, loadConversations } from '../golden/conversations.js';
import { BUILT_BIN, isBuilt } from '../helpers/built-cli.js';
import { memoryIo } from '../helpers/cli-io.js';

/** Output split at blank lines: one block of answer lines per conversation. */
function blocks(out: string): string[][] {
  return out
    .trim()
    .split(/\n\s*\n/)
    .map((block) => block.split('\n'));
}

describe('eucanbot ask --conversation', () => {
  it('answers every turn of the multi-turn set in its conversation', async () => {
    const conversations = loadConversations();
    // Blank lines between conversations, and a few extra ones, which end nothing more.
    const input = conversations.map((c) => c.turns.map((t) => t.q).join('\n')).join('\n\n\n');
    const run = memoryIo(`\n${input}\n\n`);
    expect(await main(['ask', '--conversation', '--json'], run.io)).toBe(0);
    const answered = blocks(run.out());
    expect(answered).toHaveLength(conversations.length);
    const failures = conversations.flatMap((c, i) =>
      c.turns.flatMap((turn, k) => {
        const line = answered[i]?.[k];
        if (line === undefined) return [`${c.id} turn ${k + 1}: no answer`];
        return checkTurn(Answer.parse(JSON.parse(line)), turn).map(
          (f) => `${c.id} turn ${k + 1} “${turn.q}”: ${f}`,
        );
      }),
    );
    expect(failures).toEqual([]);
  });

  it('prints one text line per answer and a blank line between conversations', async () => {
    const run = memoryIo(
      'which partners are in Spain?\nand in Italy?\n\nwho leads WP4?\nwho else is in it?\n',
    );
    expect(await main(['ask', '--conversation'], run.io)).toBe(0);
    const [first, second] = blocks(run.out());
    expect(first).toHaveLength(2);
    expect(first?.[1]).toMatch(/^2 partners in Italy: - LYN/);
    expect(second?.[1]).toMatch(/^4 partners working in WP4, other than UAMS\/TCIA/);
  });

  it('starts each conversation afresh after a blank line', async () => {
    const run = memoryIo('which partners are in Spain?\n\nand in Italy?\n');
    expect(await main(['ask', '--conversation', '--json'], run.io)).toBe(0);
    const [, [line] = []] = blocks(run.out());
    const answer = Answer.parse(JSON.parse(line ?? '{}'));
    expect(answer.resolvedQuestion).toBe('and in Italy?');
  });

  it('leaves plain batch mode as it was: each line on its own', async () => {
    const run = memoryIo('which partners are in Spain?\nand in Italy?\n');
    expect(await main(['ask', '--json'], run.io)).toBe(0);
    const [, italy] = run
      .out()
      .trim()
      .split('\n')
      .map((l) => Answer.parse(JSON.parse(l)));
    expect(italy?.resolvedQuestion).toBe('and in Italy?');
  });

  it('refuses a question on the command line with --conversation', async () => {
    const run = memoryIo();
    expect(await main(['ask', '--conversation', 'who leads WP4?'], run.io)).toBe(2);
    expect(run.err()).toContain('--conversation reads its questions from stdin');
    expect(run.err()).toMatch(/^Usage: eucanbot ask/m);
  });

  it.runIf(isBuilt)('runs from the installed binary, reading stdin', async () => {
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        [BUILT_BIN, 'ask', '--conversation'],
        { cwd: os.tmpdir() },
        (error, out) => (error ? reject(error) : resolve(out)),
      );
      child.stdin?.end('who is in WP2?\nwhat does the second one do?\n');
    });
    expect(stdout).toMatch(/The 2nd one: UmU/);
  });
});

describe('eucanbot chat', () => {
  it('keeps the context of the session for follow-ups', async () => {
    const run = memoryIo('which partners are in Spain?\nand in Italy?\nthe second one?\nquit\n');
    expect(await main(['chat'], run.io)).toBe(0);
    expect(run.out()).toContain('2 partners in Italy:');
    expect(run.out()).toContain('The 2nd one: UNIPI');
  });

  it('answers each question alone when CONVERSATION_TTL_MINUTES is 0', async () => {
    const questions = 'who leads WP4?\nwho else is in it?\nquit\n';
    const off = memoryIo(questions, { CONVERSATION_TTL_MINUTES: '0' });
    expect(await main(['chat'], off.io)).toBe(0);
    expect(off.out()).not.toContain('other than UAMS/TCIA');
    const on = memoryIo(questions);
    expect(await main(['chat'], on.io)).toBe(0);
    expect(on.out()).toContain('other than UAMS/TCIA');
  });
});
