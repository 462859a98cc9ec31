import type { Locator, Page } from 'playwright-core';

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as someone with only a keyboard would;
 * fails when it is not in the tab order within `max` presses.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 120 } = {}): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await isFocused(target)) return;
  }
  throw new Error(`Could not reach ${target.toString()} with ${backwards ? 'Shift+Tab' : 'Tab'} in ${max} presses`);
}
