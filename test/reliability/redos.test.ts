import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { questionFromActivity } from '../../adapters/teams/mention.js';
import { PACKAGE_ROOT } from '../../src/dataset/load-dataset.js';
import { BOT_ID } from '../adapters/teams/helpers/fixtures.js';
import { postActivity, useTeamsServer } from '../adapters/teams/helpers/teams-server.js';
import { teamsMessage } from './helpers.js';

/** A regular expression written in the code, with where it is. */
interface Pattern {
  where: string;
  source: string;
  flags: string;
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * Every regular-expression literal in src/ and adapters/, found by the TypeScript parser (a
 * text search would miss some and see others in comments), and every place that builds one at
 * run time with RegExp(…), which no checker can see.
 */
function findPatterns(): { literals: Pattern[]; built: string[] } {
  const literals: Pattern[] = [];
  const built: string[] = [];
  const files = ['src', 'adapters'].flatMap((d) => typeScriptFiles(path.join(PACKAGE_ROOT, d)));
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    const where = (node: ts.Node) =>
      `${path.relative(PACKAGE_ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const end = text.lastIndexOf('/');
        literals.push({
          where: where(node),
          source: text.slice(1, end),
          flags: text.slice(end + 1),
        });
      }
      if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      )
        built.push(where(node));
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, built };
}

const { literals, built } = findPatterns();

describe('every regular expression in src/ and adapters/ runs in linear time', () => {
  it('finds the patterns (the scan itself works)', () => {
    expect(literals.length).toBeGreaterThan(50);
    expect(literals.map((p) => p.where)).toContainEqual(
      expect.stringMatching(/^adapters\/teams\//),
    );
  });

  it('builds no pattern at run time: a RegExp made from data cannot be checked', () => {
    expect(built).toEqual([]);
  });

  // The asynchronous check: checkSync bridges to recheck's worker through synckit 0.9's
  // Atomics handshake, which once in a CI run answered with no message at all ("Cannot read
  // properties of undefined (reading 'message')") and failed a pattern it had not checked.
  it.each(literals.map((p) => [p.where, p] as const))(
    '%s is safe by recheck',
    async (_where, p) => {
      const result = await check(p.source, p.flags, { timeout: 10_000 });
      const attack = result.status === 'vulnerable' ? result.attack.pattern : '';
      expect({ pattern: `/${p.source}/${p.flags}`, status: result.status, attack }).toEqual({
        pattern: `/${p.source}/${p.flags}`,
        status: 'safe',
        attack: '',
      });
    },
  );
});

/** 252 KB of `<at `: each one opened a pattern that searched the rest of the text. */
const AT_FLOOD = '<at '.repeat((252 * 1024) / 4);
const WORST_INPUTS: [string, Record<string, unknown>][] = [
  ['252 KB of "<at "', { text: AT_FLOOD }],
  ['252 KB of "<a\\t"', { text: '<a\t'.repeat((252 * 1024) / 3) }],
  ['252 KB of "<at>" never closed', { text: '<at>'.repeat((252 * 1024) / 4) }],
  ['252 KB of "<p " and "&lt;"', { text: '<p &lt;'.repeat((252 * 1024) / 7) }],
  ['252 KB of tabs and line breaks', { text: '\t \n'.repeat((252 * 1024) / 3) }],
  [
    'a 100 KB bot mention over 150 KB of its near misses',
    {
      text: 'a'.repeat(150 * 1024),
      entities: [
        { type: 'mention', text: `${'a'.repeat(100 * 1024)}b`, mentioned: { id: BOT_ID } },
      ],
    },
  ],
  [
    '4,000 bot mention entities',
    {
      text: `<at>eucanbot</at> ${'<at>x</at>'.repeat(200)}`,
      entities: Array.from({ length: 4000 }, (_, i) => ({
        type: 'mention',
        text: `<at>${i}</at>`,
        mentioned: { id: BOT_ID },
      })),
    },
  ],
];

/** Prints a measured figure with the test output, for docs/RELIABILITY.md. */
function report(line: string): void {
  // biome-ignore lint/suspicious/noConsole: the figure is the point of the measurement.
  console.info(line);
}

/** Milliseconds `run` takes, the slowest of a few runs so that one lucky run does not count. */
function slowest(run: () => void, times = 3): number {
  let worst = 0;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    worst = Math.max(worst, performance.now() - started);
  }
  return worst;
}

describe('the worst Teams input is read in a moment', () => {
  it.each(WORST_INPUTS)('questionFromActivity reads %s in under 250 ms', (name, fields) => {
    const activity = { type: 'message', recipient: { id: BOT_ID }, ...fields };
    const ms = slowest(() => questionFromActivity(activity));
    report(`questionFromActivity, ${name}: ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(250);
  });

  const t = useTeamsServer();

  it('the real endpoint answers 252 KB of "<at " within a second, and replies once', async () => {
    const started = performance.now();
    const res = await postActivity(t.server.url, teamsMessage(t.connector.url, AT_FLOOD));
    const ms = performance.now() - started;
    report(`POST /api/messages with 252 KB of "<at ": ${ms.toFixed(0)} ms`);
    expect(res.status).toBe(200);
    expect(t.connector.calls).toHaveLength(1);
    expect(ms).toBeLessThan(1000);
  });
});
