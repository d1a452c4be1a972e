/**
 * The status timeline as the shopper sees it: the current step's marker is a filled dot in
 * the accent colour inside a ring, in every engine. Read from the screenshot, not from styles:
 * WebKitGTK once drew it as an empty ring (it drops an inset box-shadow whose spread is half
 * the box or more) while its computed styles said otherwise.
 */
import type { ProbeWindow } from '../driver/page.ts';
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

export const timelineMarker: Scenario = async ({ open, seller }, s) => {
  const order = await seller.findOrder(
    'on its way (a current step in the timeline)',
    (candidate) => candidate.status === 'handling',
  );
  const page = await open('plain.html');
  let marker: Marker | null = null;

  await s.step('an order on its way opens, and its timeline has a current step', async () => {
    await waitForList(page);
    await openOrder(page, order.orderId);
    await page.waitFor({ css: '.timeline-step[data-state="current"] .timeline-marker' });
    await page.mouseMove(0, 0);
    marker = await page.evaluate(
      (target) => {
        const found = (window as unknown as ProbeWindow).__e2e.find(target);
        if (!(found instanceof HTMLElement)) return null;
        found.scrollIntoView({ block: 'center' });
        const rect = found.getBoundingClientRect();
        const root = found.closest('.my-orders');
        return {
          x: rect.left + rect.width / 2,
          y: rect.top + rect.height / 2,
          size: rect.width,
          accent: getComputedStyle(found).borderTopColor,
          background: root ? getComputedStyle(root).backgroundColor : '',
        };
      },
      { css: '.timeline-step[data-state="current"] .timeline-marker' },
    );
    assert(marker, 'no current marker');
  });

  await s.check('the screenshot shows the current marker filled: its centre is in the accent colour', async () => {
    const found = marker as Marker | null;
    assert(found, 'no marker measured');
    const image = decodePng(await page.screenshot('timeline-current'));
    const scale = image.width / (await page.viewport()).width;
    const centre = pixel(image, found.x * scale, found.y * scale);
    const accent = parseRgb(found.accent);
    const background = parseRgb(found.background);
    assert(
      colourDistance(accent, background) > TOLERANCE,
      `accent ${found.accent} and background ${found.background} are too close to tell apart`,
    );
    assert(
      colourDistance(centre, accent) <= TOLERANCE,
      `the centre of the ${found.size} px marker is rgb(${centre.join(', ')}), not the accent ${found.accent}${
        colourDistance(centre, background) <= TOLERANCE ? ' but the background: an empty ring' : ''
      }`,
    );
  });
};
