/**
 * The page's theme follows the URL's `theme`; one picked in the app (not from a link) is remembered for the
 * next visit, the only thing the app keeps in the browser.
 */
import { onMount } from 'svelte';
import type { ThemeChoice } from '../../lib/url/viewParams.ts';
import type { ViewState } from '../../lib/view/viewState.svelte.ts';

const THEME_KEY = 'cloud-native-map:theme';

/** Call while a component initialises; returns how the theme picker sets a theme. */
export function followTheme(viewOf: () => ViewState): (choice: ThemeChoice) => void {
  onMount(() => {
    const view = viewOf();
    const stored = localStorage.getItem(THEME_KEY);
    if (view.params.theme === 'auto' && (stored === 'light' || stored === 'dark')) view.set('theme', stored);
  });
  $effect(() => {
    const root = document.documentElement;
    const { theme } = viewOf().params;
    if (theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = theme;
  });
  return (choice) => {
    const view = viewOf();
    view.set('theme', choice);
    if (choice === 'auto') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  };
}
