/**
 * A store with a strict Content-Security-Policy (`default-src 'self'` as a header: no inline
 * script or style, no eval), in a browser context of its own. The widget must load, style
 * itself and run the cancel dialog without a single violation.
 */
import type { Page } from 'playwright-core';
import { assert, assertEqual } from '../harness.ts';
import type { Scenario } from '../scenario-env.ts';
import { STRICT_CSP } from '../server.ts';
import { cancelButton, cancelDialog, en, openOrder, screenshot, waitForList } from '../widget.ts';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  where: string;
}

function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);
}

/** One line per distinct violation. */
function describe(list: readonly Violation[]): string {
  const lines = list.map(
    (v) => `${v.directive} blocked ${v.blocked || '(inline)'}${v.sample ? ` "${v.sample}"` : ''} at ${v.where}`,
  );
  return [...new Set(lines)].join('\n');
}

export const strictCsp: Scenario = async ({ open, seller }, s) => {
  const { page, headers, errors } = await open('strict-csp.html', {}, async (context) => {
    // Registered before the page's first script, so no violation can happen unseen.
    await context.addInitScript(() => {
      const seen: Violation[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener(
        'securitypolicyviolation',
        (event) =>
          seen.push({
            directive: event.violatedDirective,
            blocked: event.blockedURI,
            sample: event.sample,
            where: `${event.sourceFile}:${event.lineNumber}`,
          }),
        true,
      );
    });
  });

  await s.check('the host page is served with the strict policy', async () => {
    assertEqual(headers['content-security-policy'], STRICT_CSP, 'Content-Security-Policy');
  });
  await s.step('the list loads under the policy', async () => {
    await waitForList(page);
  });
  await s.check('the widget’s own CSS applied (constructed stylesheet): 44 px buttons, its font stack', async () => {
    const styles = await page.locator('.order-filters .button-primary').evaluate((button) => {
      const root = button.closest('.my-orders');
      return { minHeight: getComputedStyle(button).minHeight, font: root ? getComputedStyle(root).fontFamily : '' };
    });
    assertEqual(styles.minHeight, '44px', 'min-height of the Search button');
    assert(styles.font.startsWith('system-ui'), `font-family of the widget root: ${styles.font}`);
  });
  await screenshot(page, 'csp-list');

  const order = await seller.findOrder(
    'inside the grace period',
    (candidate) => candidate.status === 'window-to-cancel' && candidate.allowCancellation,
  );
  await s.step('an order opens and its cancel dialog opens and closes', async () => {
    await openOrder(page, order.orderId);
    await page.locator('.grace-countdown').waitFor();
    await cancelButton(page).click();
    const dialog = cancelDialog(page, order.orderId);
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: en('cancel.reason.other'), exact: true }).check();
    await dialog
      .getByRole('textbox', { name: en('cancel.dialog.otherLabel'), exact: true })
      .fill('Testing under a strict policy');
    await dialog.getByRole('button', { name: en('cancel.dialog.keep'), exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  // Two checks, so a report says which kind: the widget's own code (scripts, styles, eval,
  // fetch) and, separately, the item images whose URLs come from the store's catalog.
  await s.check('no securitypolicyviolation from the widget’s scripts, styles or requests', async () => {
    const seen = (await violations(page)).filter((violation) => violation.directive !== 'img-src');
    assert(seen.length === 0, `${seen.length} violation(s):\n${describe(seen)}`);
  });
  await s.check('no securitypolicyviolation at all (item images included)', async () => {
    const seen = await violations(page);
    const images = seen.some((violation) => violation.directive === 'img-src')
      ? '\n(img-src: an item image outside the image hosts the policy names)'
      : '';
    assert(seen.length === 0, `${seen.length} violation(s):\n${describe(seen)}${images}`);
  });
  // Chromium also logs each refused image as a console error; the check above counts them.
  const refusedImage = (line: string): boolean =>
    line.startsWith('console.error: Loading the image') && line.includes('Content Security Policy');
  errors.splice(0, errors.length, ...errors.filter((line) => !refusedImage(line)));

  await s.check(
    'the policy is enforced and the listener hears violations (an inline style attribute is refused)',
    async () => {
      const before = (await violations(page)).length;
      const errorsBefore = errors.length;
      const applied = await page.evaluate(() => {
        const probe = document.createElement('p');
        document.body.append(probe);
        probe.setAttribute('style', 'color: rgb(1, 2, 3)');
        const color = getComputedStyle(probe).color;
        probe.remove();
        return color === 'rgb(1, 2, 3)';
      });
      assert(!applied, 'an inline style attribute applied: the page is not under the policy');
      await page.waitForFunction(
        (count) => (window as unknown as { __cspViolations: unknown[] }).__cspViolations.length > count,
        before,
      );
      // Chromium logs the probe's refusal as a console error: it is this check's, not the widget's.
      const probeErrors = errors.splice(errorsBefore);
      assert(
        probeErrors.every((line) => line.includes('Content Security Policy')),
        `unexpected errors: ${probeErrors.join('\n')}`,
      );
    },
  );
};
