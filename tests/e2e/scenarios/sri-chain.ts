/**
 * The SRI chain in a real browser: a store pins the script tag (`integrity` +
 * `crossorigin="anonymous"`), the script pins each lazy part it loads. Pinned, an order opens
 * with its part checked; from a CDN that altered a part (tests/e2e/server.ts, TAMPERED_DIST),
 * the browser refuses the part and the widget shows its error panel, nothing uncaught. The
 * store server puts the build's hash into the pages (SRI_PLACEHOLDER), as a store would.
 */
import { createHash } from 'node:crypto';
import type { ProbeWindow, TestPage } from '../driver/page.ts';
import { assert, assertEqual } from '../harness.ts';
import type { Scenario, ScenarioEnv } from '../scenario-env.ts';
import { type LoggedRequest, TAMPERED_DIST } from '../server.ts';
import { detailHeading, en, openOrder, rowButton, waitForList } from '../widget.ts';

async function fetchOk(origin: string, path: string): Promise<Buffer> {
  const response = await fetch(`${origin}${path}`);
  assert(response.ok, `GET ${path} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

async function buildIntegrity(env: ScenarioEnv): Promise<string> {
  return (await fetchOk(env.server.origin, '/dist/my-orders.sri.txt')).toString('utf8').trim();
}

async function partScripts(page: TestPage) {
  return (await page.addedScripts()).filter((script) => script.src.includes('/parts/'));
}

async function refusedParts(page: TestPage): Promise<number> {
  return (await page.addedScripts()).filter(
    (script) => script.src.includes(`${TAMPERED_DIST}parts/`) && script.outcome === 'error',
  ).length;
}

async function storeTag(page: TestPage): Promise<{ integrity: string; crossOrigin: string | null }> {
  return page.evaluate(() => {
    const tag = document.querySelector<HTMLScriptElement>('script[src$="my-orders.js"]');
    return { integrity: tag?.integrity ?? '', crossOrigin: tag?.crossOrigin ?? null };
  }, null);
}

export const sriPinned: Scenario = async (env, s) => {
  const integrity = await buildIntegrity(env);
  const page = await env.open('sri.html');

  await s.step(
    'the store’s tag pins the script with the build’s sha384 and crossorigin, and the list loads',
    async () => {
      const tag = await storeTag(page);
      assertEqual(tag.integrity, integrity, 'integrity of the store’s tag');
      assertEqual(tag.crossOrigin, 'anonymous', 'crossorigin of the store’s tag');
      await waitForList(page);
    },
  );

  const order = await env.seller.findOrder('of any kind', () => true);
  await s.step('an order opens: its view arrives in a lazy part', async () => {
    await openOrder(page, order.orderId);
  });
  await page.screenshot('sri-pinned-detail');

  await s.check(
    'each part was loaded once, pinned by its sha256 and with crossorigin="anonymous", like the store’s tag',
    async () => {
      const parts = await partScripts(page);
      assert(parts.length > 0, 'no part script element was added');
      const sources = parts.map((part) => part.src);
      assertEqual(new Set(sources).size, sources.length, `part loads (${sources.join(', ')}): one per part`);
      for (const part of parts) {
        const path = new URL(part.src).pathname;
        assert(path.startsWith('/dist/parts/'), `a part came from ${path}, not beside the script`);
        const served = await fetchOk(env.server.origin, path);
        assertEqual(
          part.integrity,
          `sha256-${createHash('sha256').update(served).digest('base64')}`,
          `integrity of ${path}`,
        );
        assertEqual(part.crossOrigin, 'anonymous', `crossorigin of ${path}`);
        assertEqual(part.outcome, 'loaded', `outcome of ${path}`);
      }
    },
  );

  await s.check('no part’s script element stays in the document once it loaded', async () => {
    const left = await page.evaluate(() => document.querySelectorAll('script[src*="/parts/"]').length, null);
    assertEqual(left, 0, 'part script elements in the document');
  });
};

export const sriTamperedPart: Scenario = async (env, s) => {
  const page = await env.open('sri-tampered.html');
  const partRequests = (): LoggedRequest[] =>
    env.server.requests.filter((request) => request.path.startsWith(`${TAMPERED_DIST}parts/`));

  await s.step('the script itself is intact (its pin holds), so the list loads', async () => {
    await waitForList(page);
  });

  const order = await env.seller.findOrder('of any kind', () => true);
  const panel = { css: '.order-detail [role="alert"]' };
  const retry = { in: panel, role: 'button', name: en('error.retry') };
  await s.step(
    'opening an order: the altered part is refused, and the widget shows its error panel instead of the order',
    async () => {
      await page.click(rowButton(order.orderId));
      await page.waitFor(detailHeading(order.orderId));
      await page.waitFor(panel);
      await page.waitFor(retry);
      assert(partRequests().length > 0, 'no request for a part reached /tampered/dist/parts/');
    },
  );
  await page.screenshot('sri-tampered-part');

  await s.check('the part was served (200) and the browser refused to run it: its script element failed', async () => {
    const served = partRequests();
    assert(
      served.length > 0 && served.every((request) => request.status === 200),
      `part responses: ${served.map((request) => request.status).join(', ')}`,
    );
    const tampered = (await page.addedScripts()).filter((script) => script.src.includes(`${TAMPERED_DIST}parts/`));
    assert(tampered.length > 0, 'no part script element was added');
    const ran = tampered.filter((script) => script.outcome !== 'error');
    assert(ran.length === 0, `not refused: ${ran.map((script) => `${script.src} (${script.outcome})`).join(', ')}`);
  });

  await s.check('“Try again” fetches the part again (a refused load is not cached) and the panel stays', async () => {
    const before = partRequests().length;
    const refusedBefore = await refusedParts(page);
    await page.click(retry);
    await page.waitForFunction(
      (count) =>
        (window as unknown as ProbeWindow).__e2e.addedScripts.filter(
          (script) => script.src.includes('/tampered/dist/parts/') && script.outcome === 'error',
        ).length > count,
      refusedBefore,
      'the retried part to be refused too',
    );
    assert(partRequests().length > before, `part requests: ${before} before the retry, ${partRequests().length} after`);
    await page.waitFor(retry);
  });

  // The browser reports each refusal in its console; they are this scenario's point, not a defect.
  const errors = await page.syncErrors();
  const refusals = errors.filter((line) => /integrity/i.test(line) && line.includes(`${TAMPERED_DIST}parts/`));
  errors.splice(0, errors.length, ...errors.filter((line) => !refusals.includes(line)));
  await s.check(
    'the browser reported each refusal for its integrity (one console report per load)',
    async () => {
      assertEqual(refusals.length, partRequests().length, `integrity refusals (${refusals[0] ?? 'none'})`);
    },
    { needs: 'browser-console' },
  );
};
