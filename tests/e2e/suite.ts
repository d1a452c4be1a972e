/**
 * The browser suite on Node's test runner, one engine per process (tests/e2e/entry.mjs): the
 * engine starts, the store server listens, then every scenario runs in that engine, written
 * once against the driver layer (driver/). The size gate, which needs no browser, is a suite
 * of its own. scripts/e2e.mjs runs them and prints a line per engine.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SESSION_COOKIE } from '../../mocks/index.ts';
import { EngineMissing, launchEngine } from './driver/engines.ts';
import { ENGINE_NAMES, type Engine, type EngineName } from './driver/types.ts';
import { assert, StepFailed, scenarioContext } from './harness.ts';
import { type Scenario, startScenario } from './scenario-env.ts';
import { accessibility } from './scenarios/accessibility.ts';
import { deepLinks } from './scenarios/deep-links.ts';
import { demoPage } from './scenarios/demo-page.ts';
import { flow } from './scenarios/flow.ts';
import { hostileCss } from './scenarios/hostile-css.ts';
import { keyboardOnly } from './scenarios/keyboard.ts';
import { partsOnDemand, trustedTypesHost } from './scenarios/parts-on-demand.ts';
import { sriPinned, sriTamperedPart } from './scenarios/sri-chain.ts';
import { nonceHost, nonceStyleElement, strictCsp } from './scenarios/strict-csp.ts';
import { timelineMarker } from './scenarios/timeline.ts';
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
  ['nonce-based CSP host: the parts carry the nonce', nonceHost],
  ['nonce-based CSP host without constructed stylesheets: nonced <style> elements', nonceStyleElement],
  ['hostile host CSS', hostileCss],
  ['two instances, two locales, one page', twoInstances],
  ['keyboard only: the cancel flow', keyboardOnly],
  ['accessibility (axe-core), light and dark devices', accessibility],
  ['narrow screen (360 px) and desktop', viewports],
  ['the timeline’s current step, as drawn', timelineMarker],
  ['SRI chain: a store pins the script, the script pins its parts', sriPinned],
  ['SRI chain: a tampered part is refused, the widget shows its error panel', sriTamperedPart],
  ['parts on demand: the list first, the order view once the page is idle, once', partsOnDemand],
  ['Trusted Types host: the list works, an order says it could not load', trustedTypesHost],
  ['deep links: a link opens its order, history moves, the page survives a reload', deepLinks],
  ['the demo page: the seller console beside the widget from 1280 px, its clock moves the widget’s', demoPage],
];

/** What one process runs: an engine's scenarios, or the size gate. */
export type SuiteKind = EngineName | 'size-gate';

export const SUITE_KINDS: readonly SuiteKind[] = ['size-gate', ...ENGINE_NAMES];

export interface SuiteOptions {
  root: string;
  /** The built widget under test (dist/ unless E2E_DIST_DIR names another copy). */
  distDir: string;
  kind: SuiteKind;
  /** Only scenarios whose name contains this text (for working on one). */
  only?: string;
  /** A missing engine fails (CI) rather than printing how to install it (a developer's machine). */
  requireEngines: boolean;
}

/** Most a scenario may take before node:test gives up on it (its own waits time out well before). */
const SCENARIO_TIMEOUT_MS = 300_000;

function registerSizeGate(distDir: string): void {
  test('size gate', async (t) => {
    await t.test('the script-tag bundle fits its gzip -9 budget', () => {
      const report = measureBundle(join(distDir, 'my-orders.js'));
      t.diagnostic(describeSize(report));
      assert(report.withinBudget, `over budget by ${report.gzipBytes - report.budgetBytes} bytes`);
    });
    await t.test('the gate is at most 30 KiB (it rose once, for issue #10, and never rises again)', () => {
      assert(
        SCRIPT_TAG_GZIP_BUDGET_BYTES <= 30 * 1024 && SCRIPT_TAG_GZIP_TARGET_BYTES <= SCRIPT_TAG_GZIP_BUDGET_BYTES,
        `gate ${SCRIPT_TAG_GZIP_BUDGET_BYTES} B, target ${SCRIPT_TAG_GZIP_TARGET_BYTES} B`,
      );
    });
    await t.test('the lazy parts (dist/parts/*.js, summed) fit their gzip -9 budget', () => {
      const report = measureParts(join(distDir, 'parts'));
      t.diagnostic(describeParts(report));
      assert(report.withinBudget, `over budget by ${report.gzipBytes - report.budgetBytes} bytes`);
    });
  });
}

function registerEngine(name: EngineName, options: SuiteOptions): void {
  const { distDir } = options;
  const selected = SCENARIOS.filter(([scenario]) => !options.only || scenario.includes(options.only));
  test(name, { timeout: SCENARIO_TIMEOUT_MS * (selected.length + 1) }, async (t) => {
    let engine: Engine | null = null;
    let server: StoreServer | null = null;
    try {
      try {
        engine = await launchEngine(name);
      } catch (error) {
        if (error instanceof EngineMissing && !options.requireEngines) {
          console.log(`\n${error.message}\n`);
          t.skip(`${name} is not installed: ${error.command}`);
          return;
        }
        throw error;
      }
      const started = engine;
      t.diagnostic(started.version);
      rmSync(join(SCREENSHOT_DIR, name), { recursive: true, force: true });
      server = await startStoreServer({ pagesDir: join(options.root, 'tests', 'e2e', 'pages'), distDir });
      const store = server;
      t.diagnostic(`store server ${store.origin}`);
      await t.test('the host pages sign in the mock’s main shopper', () => {
        const session = readFileSync(join(options.root, 'tests', 'e2e', 'pages', 'session.js'), 'utf8');
        const token = store.backend.shoppers.main.sessionToken;
        assert(
          token !== '' && session.includes(`${SESSION_COOKIE}=${token};`),
          `pages/session.js does not set ${SESSION_COOKIE}=${token}`,
        );
      });
      for (const [scenarioName, scenario] of selected) {
        await t.test(scenarioName, { timeout: SCENARIO_TIMEOUT_MS }, async (st) => {
          const s = scenarioContext(st, name, started.capabilities);
          const session = startScenario(started, store, SCREENSHOT_DIR, scenarioName);
          try {
            await scenario(session.env, s);
          } catch (error) {
            if (!(error instanceof StepFailed)) {
              await st.test('scenario ran to its end', () => {
                throw error;
              });
            }
          } finally {
            await session.finish(s);
            await session.close();
          }
        });
      }
    } finally {
      await server?.close();
      await engine?.close();
    }
  });
}

export function registerSuite(options: SuiteOptions): void {
  if (options.kind === 'size-gate') registerSizeGate(options.distDir);
  else registerEngine(options.kind, options);
}
