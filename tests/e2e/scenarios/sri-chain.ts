/**
 * The SRI chain in a real browser: a store pins the script tag (`integrity` +
 * `crossorigin="anonymous"`), the script pins each lazy part it loads. Pinned, an order opens
 * with its part checked; from a CDN that altered a part (tests/e2e/server.ts, TAMPERED_DIST),
 * the browser refuses the part and the widget shows its error panel, nothing uncaught.
 */
import { createHash } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { assert, assertEqual } from '../harness.ts';
import type { OpenedPage, Scenario, ScenarioEnv } from '../scenario-env.ts';
import { TAMPERED_DIST } from '../server.ts';
import { detailHeading, en, openOrder, rowButton, screenshot, waitForList } from '../widget.ts';

/** What the pages carry in place of the hash; the scenario serves them with the build's. */
const PLACEHOLDER = 'sha384-FROM-THE-BUILD';

interface AddedScript {
  src: string;
  integrity: string;
  crossOrigin: string | null;
}

async function fetchOk(origin: string, path: string): Promise<Buffer> {
  const response = await fetch(`${origin}${path}`);
  assert(response.ok, `GET ${path} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/**
 * Opens `name` served with the build's integrity in place of the placeholder, recording every
 * script element added to the document (the loader removes a part's once it settled).
 */
async function openPinned(env: ScenarioEnv, name: string): Promise<OpenedPage & { integrity: string }> {
  const integrity = (await fetchOk(env.server.origin, '/dist/my-orders.sri.txt')).toString('utf8').trim();
  const opened = await env.open(name, {}, async (context: BrowserContext) => {
    await context.route(`**/pages/${name}`, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      assert(html.includes(PLACEHOLDER), `pages/${name} has no ${PLACEHOLDER} to replace`);
      await route.fulfill({ response, body: html.replace(PLACEHOLDER, integrity) });
    });
    await context.addInitScript(() => {
      const added: AddedScript[] = [];
      Object.defineProperty(window, '__addedScripts', { value: added });
      new MutationObserver((records) => {
        for (const node of records.flatMap((record) => [...record.addedNodes])) {
          if (node instanceof HTMLScriptElement)
            added.push({ src: node.src, integrity: node.integrity, crossOrigin: node.crossOrigin });
        }
      }).observe(document, { childList: true, subtree: true });
    });
  });
  return { ...opened, integrity };
}

function addedParts(page: Page): Promise<AddedScript[]> {
  return page.evaluate(() =>
    (window as unknown as { __addedScripts: AddedScript[] }).__addedScripts.filter((script) =>
      script.src.includes('/parts/'),
    ),
  );
}

async function storeTag(page: Page): Promise<{ integrity: string; crossOrigin: string | null }> {
  return page.evaluate(() => {
    const tag = document.querySelector<HTMLScriptElement>('script[src$="my-orders.js"]');
    return { integrity: tag?.integrity ?? '', crossOrigin: tag?.crossOrigin ?? null };
  });
}

export const sriPinned: Scenario = async (env, s) => {
  const { page, integrity } = await openPinned(env, 'sri.html');

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
  await screenshot(page, 'sri-pinned-detail');

  await s.check(
    'each part was loaded once, pinned by its sha256 and with crossorigin="anonymous", like the store’s tag',
    async () => {
      const parts = await addedParts(page);
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
      }
    },
  );

  await s.check('no part’s script element stays in the document once it loaded', async () => {
    const left = await page.evaluate(() => document.querySelectorAll('script[src*="/parts/"]').length);
    assertEqual(left, 0, 'part script elements in the document');
  });
};

export const sriTamperedPart: Scenario = async (env, s) => {
  const { page, errors } = await openPinned(env, 'sri-tampered.html');
  const partRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes(`${TAMPERED_DIST}parts/`)) partRequests.push(request.url());
  });

  await s.step('the script itself is intact (its pin holds), so the list loads', async () => {
    await waitForList(page);
  });

  const order = await env.seller.findOrder('of any kind', () => true);
  const panel = page.locator('.order-detail [role="alert"]');
  await s.step(
    'opening an order: the altered part is refused, and the widget shows its error panel instead of the order',
    async () => {
      await rowButton(page, order.orderId).click();
      await detailHeading(page, order.orderId).waitFor();
      await panel.waitFor();
      await panel.getByRole('button', { name: en('error.retry'), exact: true }).waitFor();
      assert(partRequests.length > 0, 'no request for a part reached /tampered/dist/parts/');
    },
  );
  await screenshot(page, 'sri-tampered-part');

  await s.check('“Try again” fetches the part again (a refused load is not cached) and the panel stays', async () => {
    const before = partRequests.length;
    const again = page.waitForRequest((request) => request.url().includes(`${TAMPERED_DIST}parts/`));
    await panel.getByRole('button', { name: en('error.retry'), exact: true }).click();
    await (await again).response();
    await panel.waitFor();
    assert(partRequests.length > before, `part requests: ${before} before the retry, ${partRequests.length} after`);
  });

  // Chromium logs each refusal as a console error; they are this scenario's point, not a defect.
  const refusals = errors.filter(
    (line) =>
      line.startsWith('console.error:') && line.includes('integrity') && line.includes(`${TAMPERED_DIST}parts/`),
  );
  errors.splice(0, errors.length, ...errors.filter((line) => !refusals.includes(line)));
  await s.check('the browser refused the part for its integrity (one console report per load)', async () => {
    assertEqual(refusals.length, partRequests.length, `integrity refusals (${refusals[0] ?? 'none'})`);
  });
};
