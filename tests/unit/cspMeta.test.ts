import { expect, test } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  withCspMeta,
} from '../../scripts/securityHeaders.ts';

test('the meta policy is the header policy without what a meta tag cannot hold', () => {
  expect(META_CONTENT_SECURITY_POLICY).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  expect(CONTENT_SECURITY_POLICY).toContain('frame-ancestors');
  expect(CONTENT_SECURITY_POLICY.startsWith(META_CONTENT_SECURITY_POLICY)).toBe(true);
});

test('the meta tag goes first in <head>, once, and a page with its own policy keeps it', () => {
  const page =
    '<!doctype html><html><head><meta charset="utf-8" /><script src="a.js"></script></head></html>';
  const tagged = withCspMeta(page);
  expect(tagged.indexOf('Content-Security-Policy')).toBeLessThan(tagged.indexOf('<script'));
  expect(tagged.indexOf('Content-Security-Policy')).toBeGreaterThan(tagged.indexOf('<head>'));
  expect(withCspMeta(tagged)).toBe(tagged);
  const own =
    '<head lang="en"><meta http-equiv="Content-Security-Policy" content="default-src \'none\'" /></head>';
  expect(withCspMeta(own)).toBe(own);
});
