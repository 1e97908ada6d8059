/**
 * The details panel's code (6 kB gzip with its styles), asked for on the first sign that a reader wants
 * details: a node hovered on the map or in the list, a finger or button pressed anywhere on the page (a
 * phone has no hover: the press of a tap comes a moment before its click), or a node selected (a click,
 * the keyboard, a search result, a link that selects one). A visit that only looks at the map never
 * downloads it. Once asked for, always the same promise.
 */
let code: Promise<typeof import('../details/DetailsPanel.svelte')> | undefined;

export const detailsCode = () => (code ??= import('../details/DetailsPanel.svelte'));

/** Asks for the code ahead of need; a failed download is left to the selection that needs it. */
export const prefetchDetails = () => void detailsCode().catch(() => {});

/** Whether the code was asked for already: it stays wanted when the pointer leaves the node. */
export const detailsAsked = () => code !== undefined;
