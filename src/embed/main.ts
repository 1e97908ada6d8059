/** embed.html: the map alone, for an iframe in someone else's page. */
import { mount } from 'svelte';
import { parseEmbedParams } from '../lib/url/embedParams.ts';
import EmbedApp from './EmbedApp.svelte';
import './embed.css';

const params = parseEmbedParams(location.search);
if (params.theme !== 'auto') document.documentElement.dataset.theme = params.theme;
mount(EmbedApp, {
  target: document.getElementById('embed')!,
  props: {
    params,
    defaultCatalog: new URL('catalog.yaml', location.href).href,
    appUrl: new URL('./', location.href).href,
    reportHeight: true,
  },
});
