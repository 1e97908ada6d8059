/** embed.html: the map alone, for an iframe in someone else's page. */
import { mount } from 'svelte';
import { parseEmbedParams } from '../lib/url/embedParams.ts';
import EmbedApp from './EmbedApp.svelte';
import { whenNear } from './whenNear.ts';
import './embed.css';

const params = parseEmbedParams(location.search);
if (params.theme !== 'auto') document.documentElement.dataset.theme = params.theme;
const target = document.getElementById('embed')!;
// The iframe may be on the host's page long before the reader scrolls to it: start only near the viewport.
whenNear(target, () =>
  mount(EmbedApp, {
    target,
    props: {
      params,
      defaultCatalog: new URL('catalog.yaml', location.href).href,
      appUrl: new URL('./', location.href).href,
      reportHeight: true,
    },
  }),
);
