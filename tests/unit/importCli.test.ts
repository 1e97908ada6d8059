/**
 * `npm run import` end to end, on the invented fixture: YAML on stdout only
 * when everything succeeded, the summary on stderr, errors as
 * file:line:column with exit code 1 and nothing on stdout.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCatalog } from '../../src/lib/catalog/index.ts';

const dir = 'tests/fixtures/landscape';
const fixtureArgs = ['--catalog', `${dir}/bundled.yaml`, '--mapping', `${dir}/mapping.yaml`];

function cli(...args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/import.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run import', () => {
  test('a good landscape: the catalog on stdout with header and credit, the summary on stderr', () => {
    const { status, stdout, stderr } = cli(`${dir}/small.yml`, ...fixtureArgs);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=./catalog.schema.json');
    expect(lines.slice(1, 8).join('\n')).toMatch(/cncf\/landscape.*Apache-2\.0.*CC-BY-4\.0/s);
    const parsed = parseCatalog(stdout, 'landscape.yaml');
    expect(parsed.ok && parsed.catalog.projects.length).toBe(18);
    expect(stderr).toContain('items read: 26 = imported 18 + skipped 8 (checked)');
    expect(stderr).toContain('skipped 2 by rule "unusable-homepage"');
    expect(stderr).toMatch(/^ {2}tracing +3 \/ +2$/m);
    expect(stderr).toMatch(/^time: \d+ ms/m);
  });

  test('--out writes the catalog to a file and leaves stdout empty; --foundation names it', () => {
    const dirOut = mkdtempSync(join(tmpdir(), 'import-'));
    const out = join(dirOut, 'landscape.yaml');
    const { status, stdout, stderr } = cli(
      `${dir}/foundation.yml`,
      '--out',
      out,
      '--foundation',
      'Open Gadget Foundation (OGF)',
      ...fixtureArgs,
    );
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('foundation: Open Gadget Foundation (OGF)');
    const parsed = parseCatalog(readFileSync(out, 'utf8'), 'landscape.yaml');
    expect(parsed.ok && parsed.catalog.foundation?.short_name).toBe('OGF');
    rmSync(dirOut, { recursive: true, force: true });
  });

  test('npm run -s import: stdout holds the catalog and nothing else', () => {
    const result = spawnSync('npm', ['run', '-s', 'import', '--', `${dir}/small.yml`, ...fixtureArgs], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('# yaml-language-server: $schema=./catalog.schema.json\n')).toBe(true);
    expect(parseCatalog(result.stdout, 'landscape.yaml').ok).toBe(true);
  });

  test('--include members brings the companies in', () => {
    const { status, stderr } = cli(`${dir}/small.yml`, '--include', 'members', ...fixtureArgs);
    expect(status).toBe(0);
    expect(stderr).toContain('items read: 26 = imported 21 + skipped 5 (checked)');
  });

  test.each([
    [[`${dir}/malformed.yml`], /^tests\/fixtures\/landscape\/malformed\.yml:10:19 YAML syntax: /],
    [[`${dir}/missing.yml`], /^tests\/fixtures\/landscape\/missing\.yml: cannot read the file \(ENOENT\)$/],
    [
      [`${dir}/small.yml`, '--mapping', `${dir}/bundled.yaml`],
      /^tests\/fixtures\/landscape\/bundled\.yaml:\d+:\d+ /,
    ],
    [[`${dir}/small.yml`, '--include', 'everything'], /^--include takes "members", got "everything"$/],
    [['--frobnicate'], /^unknown option --frobnicate$/],
    [[], /^missing the landscape file$/],
  ])('%j: one clear error, exit code 1, nothing on stdout', (args, error) => {
    // Later options win: a test's own --mapping replaces the fixture's.
    const { status, stdout, stderr } = cli(...fixtureArgs, ...args);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toMatch(error);
  });
});
