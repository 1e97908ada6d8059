/**
 * A second site for the embed tests (localhost on a free port, another origin than the map on
 * 127.0.0.1): a blog post built around the snippet the app's embed dialog produces, and a
 * page with hostile global CSS around the custom element. Run by Playwright's webServer.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { SECURITY_HEADERS } from '../../scripts/securityHeaders.ts';
import { parseEmbedParams } from '../../src/lib/url/embedParams.ts';
import { embedSnippet } from '../../src/lib/url/embedSnippet.ts';
import { HOST_ORIGIN, MAP_ORIGIN } from './ports.ts';

export const MAP_URL = `${MAP_ORIGIN}/`;
const PORT = Number(new URL(HOST_ORIGIN).port);

const page = (title: string, body: string, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body>${body}</body></html>`;

const filler = Array.from(
  { length: 12 },
  (_, i) => `<p>Paragraph ${i + 1} of a long blog post about observability.</p>`,
).join('');

const HOSTILE_CSS = `<style>
  * { color: #f0f !important; font: 40px/3 serif !important; box-sizing: content-box !important; }
  div, p, button, canvas, aside, ul, li { border: 6px dotted red !important; padding: 20px !important; display: inline !important; }
  canvas { visibility: hidden !important; }
  :root { --text: red; --bg: lime; --surface: yellow; direction: rtl; }
  cloud-native-map {
    --text: #f0f !important; --text-muted: #f0f; --bg: lime; --surface: yellow; --border: red;
    --accent: red; --font: 30px/3 serif; --dot: red; --maturity-colour: red;
    direction: rtl !important; unicode-bidi: bidi-override !important; writing-mode: vertical-rl !important;
  }
</style>`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.yaml': 'application/yaml',
  '.svg': 'image/svg+xml',
};
const SUB_PATH = '/tools/map/';

/** The built site under a sub-path, as a static host would serve it. */
async function serveDist(pathname: string, response: import('node:http').ServerResponse) {
  const relative = normalize(pathname.slice(SUB_PATH.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join('dist', relative.endsWith('/') ? `${relative}index.html` : relative));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    response.setHeader('Content-Type', TYPES[extname(relative)] ?? 'application/octet-stream');
    response.end(body);
  } catch {
    response.statusCode = 404;
    response.end('not found');
  }
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://localhost:${PORT}`);
  if (url.pathname.startsWith(SUB_PATH)) {
    void serveDist(url.pathname, response);
    return;
  }
  const params = parseEmbedParams(url.search);
  if (url.pathname === '/blog.html') {
    const snippet = embedSnippet({ appUrl: MAP_URL, params, problemNames: params.problems });
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(page('A blog post', `<h1>Observability, mapped</h1>${filler}${snippet}${filler}`));
  } else if (url.pathname === '/element.html' || url.pathname === '/far.html') {
    const attributes = [...url.searchParams].map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('');
    // far.html: the element 3000 px below the fold (embedLazy.spec.ts).
    const before =
      url.pathname === '/far.html'
        ? '<section style="display: block !important; height: 3000px !important"></section>'
        : '';
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(
      page(
        'A page with hostile CSS',
        `<h1>Custom element</h1>${before}<cloud-native-map${attributes}></cloud-native-map><p id="after">After the map.</p>`,
        `${HOSTILE_CSS}<script type="module" src="${MAP_URL}cloud-native-map.js"></script>`,
      ),
    );
  } else {
    response.statusCode = 404;
    response.end('not found');
  }
}).listen(PORT, 'localhost', () => console.log(`host pages on http://localhost:${PORT}`));
