/**
 * A link checker for a built site: every href, src and srcset in every HTML file must name a file in
 * the folder (a folder link needs its index.html) or leave the site (http:, https:, mailto:). Query
 * strings and fragments are ignored: `../../?problem=tracing` needs `index.html` at the root.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ATTRIBUTE = /\s(?:href|src|srcset)="([^"]*)"/g;

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/** Every link of one file that resolves to nothing, as `file: link`. */
export function brokenLinks(dir: string, file: string): string[] {
  const html = readFileSync(file, 'utf8');
  const broken: string[] = [];
  for (const [, raw] of html.matchAll(ATTRIBUTE)) {
    const value = raw!.replace(/&amp;/g, '&');
    const targets = value.includes(',') && !value.includes('?') ? value.split(',') : [value];
    for (const target of targets.map((t) => t.trim().split(/\s+/)[0]!)) {
      if (/^(https?:|mailto:)/.test(target) || target.startsWith('#')) continue;
      const path = decodeURIComponent(target.split(/[?#]/)[0]!);
      const absolute = resolve(dirname(file), path || '.');
      const found =
        absolute.startsWith(resolve(dir)) &&
        existsSync(absolute) &&
        (!statSync(absolute).isDirectory() || existsSync(join(absolute, 'index.html')));
      if (!found) broken.push(`${relative(dir, file)}: ${value}`);
    }
  }
  return broken;
}

export function checkSite(dir: string): { files: number; broken: string[] } {
  const files = htmlFiles(dir);
  return { files: files.length, broken: files.flatMap((file) => brokenLinks(dir, file)) };
}
