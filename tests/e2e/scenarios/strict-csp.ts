/**
 * A store with a strict Content-Security-Policy (`default-src 'self'` as a header: no inline
 * script or style, no eval), and a store with a nonce-based policy (scripts and styles need
 * the page's nonce), each in a page of its own. The widget must load, style itself and run
 * the cancel dialog without a single violation; under the nonce policy its parts must carry
 * the nonce, and without constructed stylesheets its `<style>` elements must too.
 */
import type { TestPage, Violation } from '../driver/page.ts';
import { assert, assertEqual, type ScenarioContext } from '../harness.ts';
import type { Scenario, ScenarioEnv } from '../scenario-env.ts';
import { NONCE_CSP, PAGE_NONCE, STRICT_CSP } from '../server.ts';
import { cancelButton, cancelDialog, en, inDialog, openOrder, waitForList } from '../widget.ts';

/** One line per distinct violation. */
function describe(list: readonly Violation[]): string {
  const lines = list.map(
    (v) => `${v.directive} blocked ${v.blocked || '(inline)'}${v.sample ? ` "${v.sample}"` : ''} at ${v.where}`,
  );
  return [...new Set(lines)].join('\n');
}

/** A browser's own report of something the policy refused (Chromium and Firefox word it differently). */
const isPolicyReport = (line: string): boolean => /Content.Security.Policy/i.test(line);

/** A refused item image, as the browser reports it (the violation checks count these). */
const isRefusedImage = (line: string): boolean =>
  isPolicyReport(line) && /img-src|Loading the image|image/i.test(line) && !/style/i.test(line);

async function widgetStyled(page: TestPage): Promise<void> {
  const styles = await page.evaluate(() => {
    const root = document.querySelector('my-orders')?.shadowRoot;
    const button = root?.querySelector('.order-filters .button-primary');
    const widget = root?.querySelector('.my-orders');
    return {
      minHeight: button ? getComputedStyle(button).minHeight : '',
      font: widget ? getComputedStyle(widget).fontFamily : '',
    };
  }, null);
  assertEqual(styles.minHeight, '44px', 'min-height of the Search button');
  assert(styles.font.startsWith('system-ui'), `font-family of the widget root: ${styles.font}`);
}

/** Opens an order inside the grace period, then its dialog; types a reason and keeps the order. */
async function dialogRoundTrip(env: ScenarioEnv, page: TestPage): Promise<void> {
  const order = await env.seller.findOrder(
    'inside the grace period',
    (candidate) => candidate.status === 'window-to-cancel' && candidate.allowCancellation,
  );
  await openOrder(page, order.orderId);
  await page.waitFor({ css: '.grace-countdown' });
  await page.click(cancelButton());
  await page.waitFor(cancelDialog(order.orderId));
  await page.check(inDialog(order.orderId, { role: 'radio', name: en('cancel.reason.other') }));
  await page.fill(
    inDialog(order.orderId, { role: 'textbox', name: en('cancel.dialog.otherLabel') }),
    'Testing under a strict policy',
  );
  await page.click(inDialog(order.orderId, { role: 'button', name: en('cancel.dialog.keep') }));
  await page.waitFor(cancelDialog(order.orderId), { state: 'hidden' });
}

/** The two violation checks: the widget's own code, and everything (item images included). */
async function noViolations(page: TestPage, s: ScenarioContext, label: string): Promise<void> {
  await s.check(`${label}: no securitypolicyviolation from the widget’s scripts, styles or requests`, async () => {
    const seen = (await page.violations()).filter((violation) => violation.directive !== 'img-src');
    assert(seen.length === 0, `${seen.length} violation(s):\n${describe(seen)}`);
  });
  await s.check(`${label}: no securitypolicyviolation at all (item images included)`, async () => {
    const seen = await page.violations();
    const images = seen.some((violation) => violation.directive === 'img-src')
      ? '\n(img-src: an item image outside the image hosts the policy names)'
      : '';
    assert(seen.length === 0, `${seen.length} violation(s):\n${describe(seen)}${images}`);
  });
  // The browser also reports each refused image; the check above counts them.
  const errors = await page.syncErrors();
  errors.splice(0, errors.length, ...errors.filter((line) => !isRefusedImage(line)));
}

export const strictCsp: Scenario = async (env, s) => {
  const page = await env.open('strict-csp.html');

  await s.check('the host page is served with the strict policy', async () => {
    assertEqual(page.headers['content-security-policy'], STRICT_CSP, 'Content-Security-Policy');
  });
  await s.step('the list loads under the policy', async () => {
    await waitForList(page);
  });
  await s.check('the widget’s own CSS applied (constructed stylesheet): 44 px buttons, its font stack', async () => {
    await widgetStyled(page);
  });
  await page.screenshot('csp-list');
  await s.step('an order opens and its cancel dialog opens and closes', async () => {
    await dialogRoundTrip(env, page);
  });
  await noViolations(page, s, 'strict policy');

  await s.check(
    'the policy is enforced and the listener hears violations (an inline style attribute is refused)',
    async () => {
      const before = (await page.violations()).length;
      const errorsBefore = (await page.syncErrors()).length;
      const applied = await page.evaluate(() => {
        const probe = document.createElement('p');
        document.body.append(probe);
        probe.setAttribute('style', 'color: rgb(1, 2, 3)');
        const color = getComputedStyle(probe).color;
        probe.remove();
        return color === 'rgb(1, 2, 3)';
      }, null);
      assert(!applied, 'an inline style attribute applied: the page is not under the policy');
      await page.waitForFunction(
        (count) => (window as unknown as { __e2e: { violations: unknown[] } }).__e2e.violations.length > count,
        before,
        'a securitypolicyviolation event',
      );
      // The browser reports the probe's refusal itself: it is this check's, not the widget's.
      const errors = await page.syncErrors();
      const probeErrors = errors.splice(errorsBefore);
      assert(probeErrors.every(isPolicyReport), `unexpected errors: ${probeErrors.join('\n')}`);
    },
  );
};

export const nonceHost: Scenario = async (env, s) => {
  const page = await env.open('nonce.html');

  await s.check('the host page is served with the nonce policy', async () => {
    assertEqual(page.headers['content-security-policy'], NONCE_CSP, 'Content-Security-Policy');
  });
  await s.step('the list loads under the policy, styled', async () => {
    await waitForList(page);
    await widgetStyled(page);
  });
  await s.step('an order opens (its part carries the nonce) and its cancel dialog opens and closes', async () => {
    await dialogRoundTrip(env, page);
  });
  await s.check('every part the widget added carried the page’s nonce and ran', async () => {
    const parts = (await page.addedScripts()).filter((script) => script.src.includes('/parts/'));
    assert(parts.length > 0, 'no part script element was added');
    const wrong = parts.filter((part) => part.nonce !== PAGE_NONCE || part.outcome !== 'loaded');
    assert(wrong.length === 0, wrong.map((part) => `${part.src}: nonce "${part.nonce}", ${part.outcome}`).join('\n'));
  });
  await noViolations(page, s, 'nonce policy');
};

export const nonceStyleElement: Scenario = async (env, s) => {
  const page = await env.open('nonce-style-element.html');

  await s.step('without constructed stylesheets the list loads under the nonce policy', async () => {
    const adopted = await page.evaluate(() => 'adoptedStyleSheets' in ShadowRoot.prototype, null);
    assert(!adopted, 'the page still has constructed stylesheets: it tests nothing');
    await waitForList(page);
  });
  await s.check('the widget’s CSS came in <style> elements carrying the page’s nonce, and applied', async () => {
    const styles = await page.evaluate(() => {
      const root = document.querySelector('my-orders')?.shadowRoot;
      return [...(root?.querySelectorAll('style') ?? [])].map((style) => style.nonce);
    }, null);
    assert(styles.length > 0, 'no <style> element in the shadow root');
    assert(
      styles.every((nonce) => nonce === PAGE_NONCE),
      `nonces of the widget’s <style> elements: ${styles.join(', ')}`,
    );
    await widgetStyled(page);
  });
  await page.screenshot('nonce-style-element-list');
  await s.step('an order opens (its CSS in one more nonced <style>) and the dialog opens and closes', async () => {
    await dialogRoundTrip(env, page);
    const count = await page.evaluate(
      () => document.querySelector('my-orders')?.shadowRoot?.querySelectorAll('style').length ?? 0,
      null,
    );
    assert(count >= 2, `${count} <style> element(s) in the shadow root with an order open`);
  });
  await noViolations(page, s, 'nonce policy, <style> fallback');
};
