/**
 * The prebuilt JSON's request, sent before the page's code has finished evaluating. The app's first
 * module sends it (src/earlyRequest.ts) and openCatalog takes the answer when it asks for the same
 * address: the download then runs while the code is evaluated (at 4× CPU that is half a second) instead
 * of after it. A request is taken once; a later load of the same catalog asks the server again.
 */

const early = new Map<string, Promise<Response | undefined>>();

function request(url: string): Promise<Response | undefined> {
  // A network failure is the same as no JSON: the YAML is used.
  return fetch(url, { credentials: 'omit' }).catch(() => undefined);
}

/** Sends the request for `url` now, unless one is already waiting to be taken. */
export function requestPrebuiltEarly(url: string): void {
  if (!early.has(url)) early.set(url, request(url));
}

/** The response for `url` (its headers; the body is still to read): the early request's, or a new one. */
export function prebuiltResponse(url: string): Promise<Response | undefined> {
  const waiting = early.get(url);
  early.delete(url);
  return waiting ?? request(url);
}
