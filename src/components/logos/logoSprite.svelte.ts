/**
 * The logo sprite in the browser: downloaded once, from our own origin, only when a catalog with logos
 * is shown, and only after the map's first view is drawn (the `cloud-native-map:interactive` mark), in
 * idle time, so logos never compete with the first view. Until then every logo is simply absent.
 */
import type { SpriteIcon } from '../../lib/logos/logoSprite.ts';
import { readLogoSprite } from '../../lib/logos/readLogoSprite.ts';
import type { drawLogos } from '../map/drawLogos.ts';

/** Set by scripts/vite-logos.ts: the sprite's file beside the page, or '' when no catalog has logos. */
const SPRITE: string = import.meta.env.LOGO_SPRITE ?? '';
const FIRST_VIEW = 'cloud-native-map:interactive';
/** Node radius on screen (CSS px) from which a logo is drawn: a mark of about 14 px. */
const LOGO_FROM_RADIUS = 13;

let icons = $state.raw<Record<string, SpriteIcon> | null>(null);
// The map's painter for logos comes with the sprite, so the first view carries none of its code.
let painter: typeof drawLogos | undefined;
let requested = false;
// A cache of parsed paths, not state: nothing redraws because a path was parsed.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const shapes = new Map<string, Path2D>();

function afterFirstView(run: () => void) {
  const idle = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(run, { timeout: 2000 })
      : setTimeout(run, 200);
  if (performance.getEntriesByName(FIRST_VIEW, 'mark').length > 0) return void idle();
  if (typeof PerformanceObserver === 'undefined') return void addEventListener('load', idle, { once: true });
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(FIRST_VIEW).length === 0) return;
    observer.disconnect();
    idle();
  });
  observer.observe({ type: 'mark', buffered: true });
}

async function download() {
  try {
    const [response, module] = await Promise.all([
      fetch(new URL(SPRITE, document.baseURI), { credentials: 'same-origin' }),
      import('../map/drawLogos.ts'),
    ]);
    painter = module.drawLogos;
    if (response.ok) icons = readLogoSprite(await response.json())?.icons ?? null;
  } catch {
    // No logos is the catalog without logos: nothing to report to the reader.
  }
}

/** Ask for the sprite (a component that shows a logo does); it arrives after the first view. */
export function wantLogos(): void {
  if (requested || !SPRITE || typeof document === 'undefined') return;
  requested = true;
  afterFirstView(() => void download());
}

/** The icon of `slug` once the sprite is here (reactive: readers update when it arrives). */
export function logoIcon(slug: string | undefined): SpriteIcon | undefined {
  if (!slug) return undefined;
  wantLogos();
  return icons?.[slug];
}

export interface MapLogos {
  /** Node radius on screen (CSS px) from which a logo is drawn inside the node. */
  fromRadius: number;
  draw: typeof drawLogos;
  icon(slug: string): SpriteIcon | undefined;
  /** The mark as a canvas path in its 24 × 24 box, made once per slug. */
  shape(slug: string): Path2D | undefined;
}

type LogoGraph = { nodes: ReadonlyArray<{ logo?: string }> };
const withLogos = new WeakMap<LogoGraph, boolean>();

/** What the map draws logos from, or null until the sprite is here or when `graph` has no logo at all. */
export function mapLogos(graph: LogoGraph): MapLogos | null {
  let has = withLogos.get(graph);
  if (has === undefined) withLogos.set(graph, (has = graph.nodes.some((node) => node.logo)));
  if (!has) return null;
  wantLogos();
  const loaded = icons;
  if (!loaded || !painter) return null;
  return {
    fromRadius: LOGO_FROM_RADIUS,
    draw: painter,
    icon: (slug) => loaded[slug],
    shape(slug) {
      let shape = shapes.get(slug);
      const icon = loaded[slug];
      if (!shape && icon) shapes.set(slug, (shape = new Path2D(icon.path)));
      return shape;
    },
  };
}
