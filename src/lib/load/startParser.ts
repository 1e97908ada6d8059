/**
 * Parses and lays out catalog bytes in a Worker (parseWorker.ts), so the page stays responsive however big
 * the catalog. The result comes with the layout's start positions, which already show every cluster in
 * place, and `settled`, the finished layout a moment later. Where a Worker cannot start, the same work
 * runs here.
 */
import type { CatalogError } from '../catalog/errors.ts';
import type { Catalog } from '../catalog/types.ts';
import type { LayoutData } from '../graph/toLayout.ts';
import { recordImport, type ImportReport } from './importReport.ts';
import type { ParseRequest, WorkerMessage } from './workerMessages.ts';

export type WorkerResult =
  | { ok: true; catalog: Catalog; layout: LayoutData; settled: Promise<LayoutData> }
  | { ok: false; errors: CatalogError[] };

export interface Parser {
  parse(bytes: Uint8Array, file: string): Promise<WorkerResult>;
  /** Ends the Worker when it was not needed after all (the prebuilt catalog was used). */
  stop(): void;
}

/** Starts the Worker (and the download of its script) before the bytes are there. */
export function startParser(): Parser {
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = undefined;
  }
  const onPage = async (bytes: Uint8Array, file: string): Promise<WorkerResult> => {
    const { parseCatalogAndLayout } = await import('./parseAndLayout.ts');
    const result = await parseCatalogAndLayout(bytes, file);
    if (!result.ok) return result;
    if (result.report) recordImport(result.catalog, result.report);
    return {
      ok: true,
      catalog: result.catalog,
      layout: result.layout,
      settled: Promise.resolve(result.layout),
    };
  };
  const parse = (bytes: Uint8Array, file: string): Promise<WorkerResult> => {
    const running = worker;
    if (!running) return onPage(bytes, file);
    return new Promise((resolve) => {
      let settle: (layout: LayoutData) => void = () => {};
      const settled = new Promise<LayoutData>((done) => (settle = done));
      let report: ImportReport | undefined;
      running.onmessage = (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.type === 'imported') {
          report = message.report;
        } else if (message.type === 'settled') {
          running.terminate();
          settle(message.layout);
        } else if (message.type === 'parsed') {
          if (report) recordImport(message.catalog, report);
          resolve({ ok: true, catalog: message.catalog, layout: message.layout, settled });
        } else {
          running.terminate();
          resolve({ ok: false, errors: message.errors });
        }
      };
      running.onerror = () => {
        running.terminate();
        void onPage(bytes, file).then(resolve);
      };
      const request: ParseRequest = { bytes, file };
      running.postMessage(request);
    });
  };
  return { parse, stop: () => worker?.terminate() };
}
