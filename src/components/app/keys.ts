/** True when a key press belongs to a text field (so "/" types a slash there instead of jumping to search). */
export function isTextField(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
}

export interface GlobalKeyActions {
  focusSearch(): void;
  /** Each returns whether it did something, so Esc closes one thing at a time. */
  closeDetails(): boolean;
  leaveTour(): boolean;
  stepTour(delta: 1 | -1): boolean;
}

/**
 * The page's shortcuts: "/" and Ctrl/Cmd+K go to the search box; Esc closes the details, then leaves
 * the tour; the left and right arrows step through the tour, except where they already mean something
 * (a text field, the map).
 */
export function handleGlobalKey(event: KeyboardEvent, actions: GlobalKeyActions): void {
  const inMap = (event.target as HTMLElement | null)?.getAttribute?.('role') === 'application';
  if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    actions.focusSearch();
  } else if (event.key === '/' && !isTextField(event.target)) {
    event.preventDefault();
    actions.focusSearch();
  } else if (event.key === 'Escape') {
    if (!actions.closeDetails()) actions.leaveTour();
  } else if (
    (event.key === 'ArrowRight' || event.key === 'ArrowLeft') &&
    !isTextField(event.target) &&
    !inMap
  ) {
    if (actions.stepTour(event.key === 'ArrowRight' ? 1 : -1)) event.preventDefault();
  }
}
