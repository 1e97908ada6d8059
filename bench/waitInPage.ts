/**
 * Waiting for a page without loading Playwright into it. `page.waitForSelector` and `waitForFunction`
 * first evaluate Playwright's injected script (~330 kB) in the page: at 4× CPU that evaluation was a
 * 110–220 ms main-thread task in the middle of the load being measured, counted in its longest task, its
 * blocking time and its time to interactive. Here the condition is polled by a timer in the page itself,
 * through a bare CDP `Runtime.evaluate`, so the page runs nothing of the bench's but the check.
 */
import type { Page } from '@playwright/test';

/**
 * An expression for `Runtime.evaluate` with `awaitPromise`: a timer in the page checks `condition` every
 * 50 ms and resolves to `value` once it holds, or to `timedOut` after `timeoutMs`.
 */
export function pollInPage(
  condition: string,
  value = 'true',
  timeoutMs = 60_000,
  timedOut = 'false',
): string {
  return `new Promise((resolve) => {
    const until = Date.now() + ${timeoutMs};
    const check = () => {
      if (${condition}) resolve(${value});
      else if (Date.now() > until) resolve(${timedOut});
      else setTimeout(check, 50);
    };
    check();
  })`;
}

/** Resolves once `condition` (a JavaScript expression) is truthy in the page; throws after `timeoutMs`. */
export async function waitInPage(page: Page, condition: string, timeoutMs = 60_000): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: pollInPage(condition, 'true', timeoutMs),
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails)
      throw new Error(
        `bench: waiting for ${condition}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
      );
    if (result.value !== true) throw new Error(`bench: ${condition} did not hold within ${timeoutMs} ms`);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Our map, its first frame drawn (MapView's data-ready, set with the interactive mark). */
export const MAP_READY = `document.querySelector('[aria-roledescription="map"][data-ready="true"]')`;
