/**
 * A storefront whose CSS attacks everything: `* { all: unset !important }`, `!important`
 * colours, fonts and spacing, and a fixed header at z-index 9999 across the upper part of the
 * screen. The widget must look exactly as on a plain page, and its open dialog must sit above
 * the header. One comparison also turns on the common `html { font-size: 62.5% }` rem trick.
 */
import { type NamedElements, type StyleSnapshot, snapshotStyles, styleDifferences } from '../computed-styles.ts';
import type { TestPage } from '../driver/page.ts';
import { assert } from '../harness.ts';
import type { Scenario } from '../scenario-env.ts';
import { cancelButton, cancelDialog, openOrder, waitForList } from '../widget.ts';

const LIST_ELEMENTS: NamedElements = {
  'host element': ':host',
  'widget root': '.my-orders',
  'list heading': '.order-list h2',
  'filter label': '.order-filters label',
  'status select': '.order-filters select',
  'search input': '.order-filters input[type="search"]',
  'Search button': '.order-filters .button-primary',
  'order rows': 'ol.order-rows',
  'row card': '.order-row-card',
  'row button': '.order-row-open',
  'status badge': '.order-row .status-badge',
  'row total': '.order-row-money',
};

const DETAIL_ELEMENTS: NamedElements = {
  'back button': '.detail-back',
  'detail heading': '.detail-heading',
  'cancellation heading': '.cancel-section h3',
  countdown: '.grace-countdown',
  'cancel button': '.cancel-open',
};

const DIALOG_ELEMENTS: NamedElements = {
  dialog: 'dialog.cancel-dialog',
  'dialog title': 'dialog.cancel-dialog h3',
  'dialog consequence': '.cancel-consequence',
  'reasons legend': '.cancel-reasons legend',
  'reason label': '.cancel-reason',
  'reason radio': '.cancel-reason input',
  'confirm button': '.cancel-dialog-actions .button-primary',
  'keep button': '.cancel-dialog-actions .button:not(.button-primary)',
};

interface Snapshots {
  plain: StyleSnapshot;
  remTrick: StyleSnapshot;
}

/** Styles with the pointer parked away from the widget (hover would differ between hosts). */
async function snapshot(page: TestPage, elements: NamedElements, withRemTrick: boolean): Promise<Snapshots> {
  await page.mouseMove(0, 0);
  const plain = await snapshotStyles(page, elements);
  if (!withRemTrick) return { plain, remTrick: plain };
  await page.evaluate(() => document.documentElement.classList.add('rem-trick'), null);
  const remTrick = await snapshotStyles(page, elements);
  await page.evaluate(() => document.documentElement.classList.remove('rem-trick'), null);
  return { plain, remTrick };
}

/** List, detail and open dialog of one order; styles of each state. */
async function walk(page: TestPage, orderId: string, hostile: boolean): Promise<Snapshots> {
  await waitForList(page);
  const list = await snapshot(page, LIST_ELEMENTS, hostile);
  await openOrder(page, orderId);
  const detail = await snapshot(page, DETAIL_ELEMENTS, hostile);
  await page.click(cancelButton());
  await page.waitFor(cancelDialog(orderId));
  const dialog = await snapshot(page, DIALOG_ELEMENTS, hostile);
  return {
    plain: { ...list.plain, ...detail.plain, ...dialog.plain },
    remTrick: { ...list.remTrick, ...detail.remTrick, ...dialog.remTrick },
  };
}

interface Coverage {
  overlaps: boolean;
  points: { name: string; topIsHost: boolean; insideDialog: boolean; hit: string }[];
}

/** Whether the fixed header overlaps the open dialog, and what is on top at chosen points. */
function dialogCoverage(page: TestPage): Promise<Coverage> {
  return page.evaluate(() => {
    const host = document.querySelector('my-orders');
    const dialog = host?.shadowRoot?.querySelector('dialog[open]');
    const header = document.querySelector('header.site-header');
    if (!host?.shadowRoot || !dialog || !header) throw new Error('widget, open dialog or header not found');
    const d = dialog.getBoundingClientRect();
    const h = header.getBoundingClientRect();
    const overlap = {
      left: Math.max(d.left, h.left),
      right: Math.min(d.right, h.right),
      top: Math.max(d.top, h.top),
      bottom: Math.min(d.bottom, h.bottom),
    };
    const overlaps = overlap.left < overlap.right && overlap.top < overlap.bottom;
    const probes: [string, number, number][] = [['dialog centre', (d.left + d.right) / 2, (d.top + d.bottom) / 2]];
    if (overlaps)
      probes.push([
        'centre of the part under the header',
        (overlap.left + overlap.right) / 2,
        (overlap.top + overlap.bottom) / 2,
      ]);
    const points = probes.map(([name, x, y]) => {
      const top = document.elementFromPoint(x, y);
      const inner = host.shadowRoot?.elementFromPoint(x, y) ?? null;
      return {
        name,
        topIsHost: top === host,
        insideDialog: inner !== null && dialog.contains(inner),
        hit: top ? `${top.localName}${top.className ? `.${String(top.className)}` : ''}` : 'nothing',
      };
    });
    return { overlaps, points };
  }, null);
}

export const hostileCss: Scenario = async ({ open, seller }, s) => {
  const order = await seller.findOrder(
    'inside the grace period',
    (candidate) => candidate.status === 'window-to-cancel' && candidate.allowCancellation,
  );
  let plain: Snapshots | null = null;
  let hostile: Snapshots | null = null;
  let hostilePage: TestPage | null = null;

  await s.step('on a plain host: list, detail and dialog', async () => {
    const page = await open('plain.html');
    plain = await walk(page, order.orderId, false);
  });
  await s.step('on the hostile host: list, detail and dialog', async () => {
    const page = await open('hostile.html');
    hostilePage = page;
    hostile = await walk(page, order.orderId, true);
    await page.screenshot('hostile-dialog');
  });

  await s.check('the fixed z-index 9999 header does not cover the open dialog', async () => {
    assert(hostilePage, 'no hostile page');
    const coverage = await dialogCoverage(hostilePage);
    // Without an overlap the check below would prove nothing.
    assert(coverage.overlaps, 'the header does not overlap the dialog: the page no longer tests this');
    const covered = coverage.points.filter((point) => !point.topIsHost || !point.insideDialog);
    assert(covered.length === 0, covered.map((point) => `${point.name}: topmost is ${point.hit}`).join('\n'));
  });
  const differences = (which: keyof Snapshots): string[] => {
    assert(plain && hostile, 'missing snapshots');
    return styleDifferences((plain as Snapshots).plain, (hostile as Snapshots)[which]);
  };
  await s.check('computed styles of the widget’s elements match the plain host (list, detail, dialog)', async () => {
    const found = differences('plain');
    assert(found.length === 0, `${found.length} difference(s):\n${found.join('\n')}`);
  });
  await s.check('they still match with the host’s root font-size at 62.5% (the rem trick)', async () => {
    const found = differences('remTrick');
    assert(found.length === 0, `${found.length} difference(s):\n${found.join('\n')}`);
  });
  // WebKitGTK kept a page's `* { font-family: ... !important }` on the host despite
  // `:host { all: initial !important }`; the host now names its font, which this catches.
  await s.check('the host element’s own font-family is not the page’s either', async () => {
    const found = differences('plain').filter((line) => line.startsWith('host element font-family:'));
    assert(found.length === 0, found.join('\n'));
  });
};
