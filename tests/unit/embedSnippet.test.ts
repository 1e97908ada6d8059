import { describe, expect, test } from 'vitest';
import { parseEmbedParams, formatEmbedParams } from '../../src/lib/url/embedParams.ts';
import { embedSnippet, embedUrl, fallbackImageUrl, SANDBOX } from '../../src/lib/url/embedSnippet.ts';

const appUrl = 'https://maps.example.org/tools/map/';

describe('embed parameters', () => {
  test('default to zoom controls and a 480 px map; clamp the height; ignore junk', () => {
    expect(parseEmbedParams('')).toMatchObject({ controls: 'zoom', height: 480, id: null });
    expect(parseEmbedParams('?controls=full&height=99999&id=post-1')).toMatchObject({
      controls: 'full',
      height: 2000,
      id: 'post-1',
    });
    expect(parseEmbedParams('?controls=everything&height=abc&id=<x>')).toMatchObject({
      controls: 'zoom',
      height: 480,
      id: null,
    });
  });

  test('round-trip through the query string', () => {
    const params = parseEmbedParams('?problem=tracing,logging&theme=dark&controls=search&height=420&tour=6');
    expect(parseEmbedParams(formatEmbedParams(params))).toEqual(params);
  });
});

describe('the embed snippet', () => {
  const params = parseEmbedParams('?problem=tracing,logging,metrics&theme=auto');
  const snippet = embedSnippet({
    appUrl,
    params,
    problemNames: ['Distributed tracing', 'Log aggregation', 'Metrics'],
  });

  test('is a titled, lazy, sandboxed iframe of the embed at that view', () => {
    expect(snippet).toContain(`src="${appUrl}embed.html?problem=tracing,logging,metrics"`);
    expect(snippet).toContain('title="Cloud Native Map: Distributed tracing, Log aggregation, Metrics"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('referrerpolicy="no-referrer"');
    expect(snippet).toContain(`sandbox="${SANDBOX}"`);
    expect(SANDBOX.split(' ')).not.toContain('allow-top-navigation');
  });

  test('carries a fallback image for readers without JavaScript, and credits the article', () => {
    expect(snippet).toMatch(
      /<noscript>.*<img src="https:\/\/maps\.example\.org\/tools\/map\/snapshots\/map\.svg"/s,
    );
    expect(snippet).toContain('Making Sense Out Of Cloud Native Buzz</a> by Ivan Velichko');
    expect(fallbackImageUrl(appUrl, parseEmbedParams('?problem=tracing'))).toBe(
      `${appUrl}snapshots/problem-tracing.svg`,
    );
    expect(fallbackImageUrl(appUrl, parseEmbedParams('?theme=dark'))).toBe(`${appUrl}snapshots/map-dark.svg`);
  });

  test("only listens to messages from the map's origin", () => {
    expect(snippet).toContain("event.origin !== 'https://maps.example.org'");
    expect(snippet).toContain("data.type !== 'cloud-native-map:resize'");
  });

  test('escapes what it puts in attributes', () => {
    const hostile = embedSnippet({ appUrl, params, problemNames: ['"><script>alert(1)</script>'] });
    expect(hostile).not.toContain('<script>alert');
    expect(hostile).toContain('&quot;&gt;&lt;script&gt;');
  });

  test('the embed URL keeps only non-default parameters', () => {
    expect(embedUrl(appUrl, parseEmbedParams('?controls=zoom&height=480'))).toBe(`${appUrl}embed.html`);
  });
});

describe('the custom element snippet', () => {
  test('is one tag with the view as attributes, and one module script from the map site', async () => {
    const { elementSnippet } = await import('../../src/lib/url/embedSnippet.ts');
    const snippet = elementSnippet(appUrl, parseEmbedParams('?problem=tracing,logging&theme=auto&q=a"b'));
    expect(snippet).toBe(
      '<cloud-native-map problem="tracing,logging" q="a&quot;b" theme="auto" controls="zoom" height="480"></cloud-native-map>\n' +
        `<script type="module" src="${appUrl}cloud-native-map.js"></script>`,
    );
  });
});
