/**
 * The app's first module: it asks for the catalog's prebuilt JSON before the rest of the code is
 * evaluated (earlyPrebuilt.ts). Only the map's own site is asked: another site's catalog waits for the
 * reader's go-ahead, and its JSON would not be trusted anyway (openCatalog.ts).
 */
import { sourceFor } from './lib/load/catalogSource.ts';
import { requestPrebuiltEarly } from './lib/load/earlyPrebuilt.ts';
import { prebuiltUrl } from './lib/load/prebuilt.ts';
import { parseViewParams } from './lib/url/viewParams.ts';

const source = sourceFor(parseViewParams(location.search).catalog, location.href);
const json = source.crossOrigin ? undefined : prebuiltUrl(new URL(source.location, location.href).href);
if (json) requestPrebuiltEarly(json);
