/**
 * A Worker that parses, validates and lays out a catalog off the main thread,
 * so a big catalog from a link or a dropped file never freezes the page.
 * Message in: `{ bytes, file }`; out: `{ ok, catalog, layout }` or `{ ok: false, errors }`.
 */
import { parseCatalogAndLayout } from './parseAndLayout.ts';

self.onmessage = (event: MessageEvent<{ bytes: Uint8Array; file: string }>) => {
  const { bytes, file } = event.data;
  const result = parseCatalogAndLayout(bytes, file);
  if (result.ok) {
    const positions = Float64Array.from(result.layout.positions);
    self.postMessage(
      { ...result, layout: { positions, bounds: result.layout.bounds } },
      { transfer: [positions.buffer] },
    );
  } else {
    self.postMessage(result);
  }
};
