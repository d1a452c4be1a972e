/**
 * The status timeline as the shopper sees it: the current step's marker is a filled dot in
 * the accent colour inside a ring, in every engine. Read from the screenshot, not from styles:
 * WebKitGTK once drew it as an empty ring (it drops an inset box-shadow whose spread is half
 * the box or more) while its computed styles said otherwise.
 */
import type { ProbeWindow, TestPage } from '../driver/page.ts';
import { assert } from '../harness.ts';
import { colourDistance, decodePng, parseRgb, pixel } from '../png.ts';
import type { Scenario } from '../scenario-env.ts';
import { openOrder, waitForList } from '../widget.ts';

/** How far (one channel, 0–255) the centre may be from the accent colour: anti-aliasing, colour management. */
const TOLERANCE = 40;

interface Marker {
  x: number;
  y: number;
  size: number;
  accent: string;
  background: string;
}

const MARKER = { css: '.timeline-step[data-state="current"] .timeline-marker' };

/** Brings the marker into view and says where it is and what colours it should show. */
function measure(page: TestPage): Promise<Marker | null> {
  return page.evaluate((target) => {
    const found = (window as unknown as ProbeWindow).__e2e.find(target);
    if (!(found instanceof HTMLElement)) return null;
    let rect = found.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) {
      found.scrollIntoView({ block: 'center' });
      rect = found.getBoundingClientRect();
    }
    const root = found.closest('.my-orders');
    return {
      x: rect.left + rect.width / 2,
      y: rect.top + rect.height / 2,
      size: rect.width,
      accent: getComputedStyle(found).borderTopColor,
      background: root ? getComputedStyle(root).backgroundColor : '',
    };
  }, MARKER);
}

const samePlace = (a: Marker | null, b: Marker | null): boolean =>
  a !== null && b !== null && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;

export const timelineMarker: Scenario = async ({ open, seller }, s) => {
  const order = await seller.findOrder(
    'on its way (a current step in the timeline)',
    (candidate) => candidate.status === 'handling',
  );
  const page = await open('plain.html');

  await s.step('an order on its way opens, and its timeline has a current step', async () => {
    await waitForList(page);
    await openOrder(page, order.orderId);
    await page.waitFor(MARKER);
    await page.mouseMove(0, 0);
  });

  await s.check('the screenshot shows the current marker filled: its centre is in the accent colour', async () => {
    // The widget may still move the page (focus to the heading, late content): take the
    // screenshot when the marker is in the same place before and after it.
    let marker: Marker | null = null;
    let png: Buffer | null = null;
    for (let attempt = 0; attempt < 5 && !png; attempt += 1) {
      const before = await measure(page);
      const shot = await page.screenshot('timeline-current');
      const after = await measure(page);
      if (samePlace(before, after)) {
        marker = after;
        png = shot;
      } else await new Promise((resolve) => setTimeout(resolve, 300));
    }
    assert(marker && png, 'the marker kept moving between measurements and the screenshot');
    const image = decodePng(png);
    const scale = image.width / (await page.viewport()).width;
    const centre = pixel(image, marker.x * scale, marker.y * scale);
    const accent = parseRgb(marker.accent);
    const background = parseRgb(marker.background);
    assert(
      colourDistance(accent, background) > TOLERANCE,
      `accent ${marker.accent} and background ${marker.background} are too close to tell apart`,
    );
    assert(
      colourDistance(centre, accent) <= TOLERANCE,
      `the centre of the ${marker.size} px marker is rgb(${centre.join(', ')}), not the accent ${marker.accent}${
        colourDistance(centre, background) <= TOLERANCE ? ' but the background: an empty ring' : ''
      }`,
    );
  });
};
