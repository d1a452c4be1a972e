/**
 * The browser suite: the size gate, then every scenario in one Chromium (a context per
 * scenario) against the built widget on host pages served with the mock backend. Writes its
 * counts for scripts/test.mjs and returns them.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { SESSION_COOKIE } from '../../mocks/index.ts';
import { ensureChromium, launchBrowser } from './browser.ts';
import { assert, type Counts, Results } from './harness.ts';
import { type Scenario, startScenario } from './scenario-env.ts';
import { accessibility } from './scenarios/accessibility.ts';
import { deepLinks } from './scenarios/deep-links.ts';
import { flow } from './scenarios/flow.ts';
import { hostileCss } from './scenarios/hostile-css.ts';
import { keyboardOnly } from './scenarios/keyboard.ts';
import { partsOnDemand, trustedTypesHost } from './scenarios/parts-on-demand.ts';
import { sriPinned, sriTamperedPart } from './scenarios/sri-chain.ts';
import { strictCsp } from './scenarios/strict-csp.ts';
import { twoInstances } from './scenarios/two-instances.ts';
import { viewports } from './scenarios/viewports.ts';
import { type StoreServer, startStoreServer } from './server.ts';
import {
  describeParts,
  describeSize,
  measureBundle,
  measureParts,
  SCRIPT_TAG_GZIP_BUDGET_BYTES,
  SCRIPT_TAG_GZIP_TARGET_BYTES,
} from './size-gate.ts';
import { SCREENSHOT_DIR } from './widget.ts';

export const SCENARIOS: ReadonlyArray<readonly [string, Scenario]> = [
  ['the flow: list, filter, detail, cancel, seller approves and denies', flow],
  ['strict CSP host', strictCsp],
  ['hostile host CSS', hostileCss],
  ['two instances, two locales, one page', twoInstances],
  ['keyboard only: the cancel flow', keyboardOnly],
  ['accessibility (axe-core), light and dark', accessibility],
  ['narrow screen (360 px) and desktop', viewports],
  ['SRI chain: a store pins the script, the script pins its parts', sriPinned],
  ['SRI chain: a tampered part is refused, the widget shows its error panel', sriTamperedPart],
  ['parts on demand: the list without them, the order view on intent, once', partsOnDemand],
  ['Trusted Types host: the list works, an order says it could not load', trustedTypesHost],
  ['deep links: a link opens its order, history moves, the page survives a reload', deepLinks],
];

export interface RunOptions {
  root: string;
  distDir: string;
  countsFile: string;
  /** Only scenarios whose name contains this text (for working on one). */
  only?: string;
}

export async function runE2e(options: RunOptions): Promise<Counts> {
  const results = new Results();
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });

  await results.scenario('size gate', async (s) => {
    await s.check('the script-tag bundle fits its gzip -9 budget', async () => {
      const report = measureBundle(join(options.distDir, 'my-orders.js'));
      console.log(`  ${describeSize(report)}`);
      assert(report.withinBudget, `over budget by ${report.gzipBytes - report.budgetBytes} bytes`);
    });
    await s.check('the gate is at or under the 28 KiB target (size-budget.json may only lower it)', async () => {
      assert(
        SCRIPT_TAG_GZIP_BUDGET_BYTES <= SCRIPT_TAG_GZIP_TARGET_BYTES && SCRIPT_TAG_GZIP_TARGET_BYTES <= 28 * 1024,
        `gate ${SCRIPT_TAG_GZIP_BUDGET_BYTES} B, target ${SCRIPT_TAG_GZIP_TARGET_BYTES} B`,
      );
    });
    await s.check('the lazy parts (dist/parts/*.js, summed) fit their gzip -9 budget', async () => {
      const report = measureParts(join(options.distDir, 'parts'));
      console.log(`  ${describeParts(report)}`);
      assert(report.withinBudget, `over budget by ${report.gzipBytes - report.budgetBytes} bytes`);
    });
  });

  let browser: Browser | null = null;
  let server: StoreServer | null = null;
  const selected = SCENARIOS.filter(([name]) => !options.only || name.includes(options.only));
  await results.scenario('browser', async (s) => {
    await s.step('Chromium is installed and starts', async () => {
      browser = await launchBrowser(ensureChromium());
    });
    await s.step('the store server listens on 127.0.0.1', async () => {
      server = await startStoreServer({
        pagesDir: join(options.root, 'tests', 'e2e', 'pages'),
        distDir: options.distDir,
      });
      console.log(`  serving ${server.origin}`);
    });
    await s.step('the host pages sign in the mock’s main shopper', async () => {
      const session = readFileSync(join(options.root, 'tests', 'e2e', 'pages', 'session.js'), 'utf8');
      const token = (server as StoreServer | null)?.backend.shoppers.main.sessionToken ?? '';
      assert(
        token !== '' && session.includes(`${SESSION_COOKIE}=${token};`),
        `pages/session.js does not set ${SESSION_COOKIE}=${token}`,
      );
    });
  });

  try {
    if (browser && server) {
      for (const [name, scenario] of selected) {
        const session = startScenario(browser, server);
        await results.scenario(name, async (s) => {
          try {
            await scenario(session.env, s);
          } finally {
            await session.finish(s);
          }
        });
        await session.close();
      }
    }
  } finally {
    await (server as StoreServer | null)?.close();
    await (browser as Browser | null)?.close();
  }

  const counts = results.counts();
  mkdirSync(dirname(options.countsFile), { recursive: true });
  writeFileSync(options.countsFile, JSON.stringify(counts));
  const failedChecks = results.checks.filter((check) => check.state === 'failed');
  if (failedChecks.length > 0) {
    console.log('\nFailed browser checks:');
    for (const check of failedChecks) console.log(`  - [${check.scenario}] ${check.name}`);
  }
  console.log(`\nScreenshots: ${SCREENSHOT_DIR}`);
  console.log(
    `e2e: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`,
  );
  return counts;
}
