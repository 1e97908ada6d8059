import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../scripts/securityHeaders.ts';

test('the policy is strict: only this site, no inline code, no eval', () => {
  const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d]));
  expect(directives['default-src']).toBe("default-src 'self'");
  expect(directives['script-src']).toBe("script-src 'self'");
  expect(directives['style-src']).toBe("style-src 'self'");
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*\.|data:/);
});

test('the deployment guide and the _headers example give the headers the tests run under', () => {
  const guide = readFileSync('docs/deployment.md', 'utf8');
  const example = readFileSync('docs/_headers.example', 'utf8');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(guide).toContain(`${name}: ${value}`);
    expect(example).toContain(`${name}: ${value}`);
  }
});

test('embed.html carries the same script and style policy in a meta tag, for hosts without headers', () => {
  const html = readFileSync('embed.html', 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(meta).toContain("default-src 'self'; script-src 'self'; style-src 'self'");
});
