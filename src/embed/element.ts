/**
 * `<cloud-native-map problem="tracing,logging" theme="auto"></cloud-native-map>`: the embed as a
 * custom element, for hosts that allow a script tag. It renders into a shadow root with its own
 * stylesheet, so the host page's CSS cannot break it and it cannot break the host. Attributes are the
 * embed's parameters; changing one redraws the map. It starts (downloads its catalog, draws) only when
 * it comes near the viewport.
 */
import { mount, unmount } from 'svelte';
import { parseEmbedParams } from '../lib/url/embedParams.ts';
import EmbedApp from './EmbedApp.svelte';
import { whenNear } from './whenNear.ts';
import './element.css';

const ATTRIBUTES = [
  'problem',
  'maturity',
  'article',
  'q',
  'select',
  'theme',
  'controls',
  'height',
  'tour',
  'catalog',
];
// Files next to this script: the stylesheet, the catalog, the full app.
const here = (file: string) => new URL(file, import.meta.url).href;

class CloudNativeMapElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  #app: ReturnType<typeof mount> | undefined;
  #stopWaiting = () => {};

  connectedCallback() {
    this.#stopWaiting();
    this.#stopWaiting = whenNear(this, () => this.#render());
  }

  disconnectedCallback() {
    this.#stopWaiting();
    if (this.#app) void unmount(this.#app);
    this.#app = undefined;
  }

  attributeChangedCallback() {
    if (this.isConnected && this.#app) this.#render();
  }

  #render() {
    if (this.#app) void unmount(this.#app);
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = here('cloud-native-map.css');
    const target = document.createElement('div');
    shadow.replaceChildren(style, target);
    const search = new URLSearchParams();
    for (const name of ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value !== null) search.set(name, value);
    }
    this.#app = mount(EmbedApp, {
      target,
      props: {
        params: parseEmbedParams(search.toString()),
        defaultCatalog: here('catalog.yaml'),
        appUrl: here('./'),
      },
    });
  }
}

if (!customElements.get('cloud-native-map')) customElements.define('cloud-native-map', CloudNativeMapElement);
