/**
 * The script carries the list; the order view is a part it loads ahead of need. On a plain
 * page the list's request goes out before any part, the order view is fetched once the list is
 * on screen and the page idle, with no pointer on the rows (a touch screen has none), so a click
 * finds it there, and it is fetched once. On a page that enforces Trusted Types,
 * where a script element's `src` needs a policy the widget does not have, the list still works
 * and opening an order says it could not load, with a retry: the page itself is unharmed.
 * What was fetched is read from the store server's log (the same in every engine).
 */
import { assert, assertEqual } from '../harness.ts';
import type { Scenario, ScenarioEnv } from '../scenario-env.ts';
import { detailHeading, en, rowButton, rowIds, waitForDetail, waitForList } from '../widget.ts';

const PARTS = '/dist/parts/';

/** The parts fetched since the scenario started, by file name. */
function partsFetched(env: ScenarioEnv): string[] {
  return env.server.requests
    .filter((request) => request.path.startsWith(PARTS))
    .map((request) => request.path.slice(PARTS.length));
}

const isOrderPart = (name: string) => name.startsWith('order-part-');

export const partsOnDemand: Scenario = async (env, s) => {
  const page = await env.open('plain.html');

  await s.step('the list loads with the script alone: its request goes out before any part', async () => {
    await waitForList(page);
    const paths = env.server.requests.map((request) => request.path);
    const list = paths.findIndex((path) => path.startsWith('/api/oms/user/orders'));
    const part = paths.findIndex((path) => path.startsWith(PARTS));
    assert(list >= 0 && (part < 0 || list < part), `requests in order: ${paths.join(', ')}`);
  });
  const [first] = await rowIds(page);
  assert(first, 'the list has no rows');
  await s.step('with no pointer on the rows, the order view is fetched once the page is idle', async () => {
    const deadline = Date.now() + 20_000;
    while (!partsFetched(env).some(isOrderPart) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assertEqual(partsFetched(env).filter(isOrderPart).length, 1, 'order view fetches');
  });
  await s.step('opening the order uses the view already here: it is fetched once', async () => {
    await page.click(rowButton(first));
    await waitForDetail(page, first);
    await page.click({ role: 'button', name: en('detail.back') });
    await waitForList(page);
    const [, second] = await rowIds(page);
    assert(second, 'the list has one row only');
    await page.click(rowButton(second));
    await waitForDetail(page, second);
    assertEqual(partsFetched(env).filter(isOrderPart).length, 1, 'order view fetches');
    assertEqual(
      partsFetched(env)
        .filter((name) => !isOrderPart(name))
        .join(', '),
      '',
      'other parts fetched (English, no deep links)',
    );
  });
};

export const trustedTypesHost: Scenario = async (env, s) => {
  const page = await env.open('trusted-types.html');
  const enforced = await page.evaluate(() => 'trustedTypes' in window, null);

  await s.check('the page is served enforcing Trusted Types', async () => {
    assertEqual(page.headers['content-security-policy'], "require-trusted-types-for 'script'", 'CSP header');
  });
  await s.step('the list loads (the script itself needs no policy)', async () => {
    await waitForList(page);
  });
  const notEnforced = enforced ? null : 'this engine has no Trusted Types (window.trustedTypes is missing)';
  await s.check(
    'opening an order says it could not load, offers a retry and the way back',
    async () => {
      const [first] = await rowIds(page);
      assert(first, 'the list has no rows');
      await page.click(rowButton(first));
      await page.waitFor(detailHeading(first));
      const panel = { css: '.order-detail [role="alert"]' };
      await page.waitFor(panel);
      await page.waitFor({ in: panel, role: 'button', name: en('error.retry') });
      await page.click({ in: panel, role: 'button', name: en('error.backToList') });
      await waitForList(page);
    },
    { notPossible: notEnforced },
  );
  await s.check(
    'the page heard the refusal: a require-trusted-types-for violation for the part’s script URL',
    async () => {
      const violations = await page.violations();
      assert(
        violations.some((violation) => violation.directive === 'require-trusted-types-for'),
        `violations: ${violations.map((violation) => violation.directive).join(', ') || 'none'}`,
      );
    },
    { notPossible: notEnforced },
  );
  // The browser reports each refused assignment in its console: this scenario's point.
  const errors = await page.syncErrors();
  const refused = errors.filter((line) => /TrustedScriptURL|Trusted.?Type/i.test(line));
  errors.splice(0, errors.length, ...errors.filter((line) => !refused.includes(line)));
  await s.check(
    'the browser reported the refused script URL for Trusted Types, and nothing else went wrong',
    async () => {
      assert(refused.length > 0, 'no Trusted Types report in the console');
    },
    { needs: 'browser-console', notPossible: notEnforced },
  );
};
