/**
 * The embed's query string: every view parameter of the app, plus how much
 * chrome to show and how tall the map is. `?problem=tracing,logging&theme=auto&controls=zoom&height=420`.
 */
import { formatViewParams, parseViewParams, type ViewParams } from './viewParams.ts';

export const CONTROLS = ['none', 'zoom', 'search', 'full'] as const;
export type Controls = (typeof CONTROLS)[number];

export interface EmbedParams extends ViewParams {
  controls: Controls;
  /** Height of the map in CSS pixels; the embed's content is this plus a credit line (and details when open). */
  height: number;
  /** Echoed in resize messages, so a page with several embeds can tell them apart. */
  id: string | null;
}

export const DEFAULT_HEIGHT = 480;
const MIN_HEIGHT = 200;
const MAX_HEIGHT = 2000;

export function parseEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const controls = params.get('controls');
  const height = Number(params.get('height'));
  const id = params.get('id');
  return {
    ...parseViewParams(search),
    controls: (CONTROLS as readonly string[]).includes(controls ?? '') ? (controls as Controls) : 'zoom',
    height:
      Number.isFinite(height) && height > 0
        ? Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(height)))
        : DEFAULT_HEIGHT,
    id: id && /^[\w-]{1,64}$/.test(id) ? id : null,
  };
}

/** The embed's query string for a view (defaults left out). */
export function formatEmbedParams(params: EmbedParams): string {
  const extra: Record<string, string> = {};
  if (params.controls !== 'zoom') extra.controls = params.controls;
  if (params.height !== DEFAULT_HEIGHT) extra.height = String(params.height);
  if (params.id) extra.id = params.id;
  return formatViewParams(params, extra);
}
