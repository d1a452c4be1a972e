/**
 * A fixture order's past: payment approval, invoices and tracking, cancellation requests and
 * the cancellation itself, placed between the order's creation and now.
 */
import { DAY, HOUR, isoDate, MINUTE } from '../dates.ts';
import { mintReceipt, mintUuid } from '../ids.ts';
import type { CurrencyCode, OrderRecord, PackageRecord, TrackingEventRecord } from '../model.ts';
import type { Prng } from '../prng.ts';
import type { BuildContext } from './build-order.ts';
import { type OrderSpec, PAID_STATUSES } from './spec.ts';
import { STORES } from './stores.ts';

type Step = 'posted' | 'transit' | 'out' | 'delivered';

const STEP_TEXT: Record<CurrencyCode, Record<Step, string>> = {
  BRL: {
    posted: 'Objeto postado',
    transit: 'Objeto em trânsito - por favor aguarde',
    out: 'Objeto saiu para entrega ao destinatário',
    delivered: 'Objeto entregue ao destinatário',
  },
  USD: {
    posted: 'Shipment information sent to carrier',
    transit: 'In transit',
    out: 'Out for delivery',
    delivered: 'Delivered, front door',
  },
  EUR: { posted: 'Envío admitido', transit: 'En tránsito', out: 'En reparto', delivered: 'Entregado' },
};

const HUBS: Record<CurrencyCode, { city: string; state: string }> = {
  BRL: { city: 'Cajamar', state: 'SP' },
  USD: { city: 'Louisville', state: 'KY' },
  EUR: { city: 'Coslada', state: 'M' },
};

function trackingFor(prng: Prng, currency: CurrencyCode): { number: string; url: string } {
  switch (currency) {
    case 'BRL': {
      const number = `QB${prng.digits(9)}BR`;
      return { number, url: `https://rastreamento.correios.com.br/app/index.php?objeto=${number}` };
    }
    case 'USD': {
      const number = `1Z${prng.hex(16)}`;
      return { number, url: `https://www.ups.com/track?tracknum=${number}` };
    }
    case 'EUR': {
      const number = `ES${prng.digits(12)}`;
      return { number, url: `https://www.seur.com/livetracking/?segOnlineIdentificador=${number}` };
    }
  }
}

export function invoiceNumberFor(prng: Prng, currency: CurrencyCode): string {
  return currency === 'BRL'
    ? `NFe-${prng.digits(6)}`
    : currency === 'USD'
      ? `INV-${prng.digits(7)}`
      : `FAC-${prng.digits(6)}`;
}

function buildPackage(
  order: OrderRecord,
  spec: OrderSpec,
  prng: Prng,
  now: number,
  start: number,
): { pkg: PackageRecord; times: number[] } {
  const issuedAt = start + Math.min(DAY, Math.round((now - start) * 0.4));
  const partial = spec.invoice === 'partial';
  const invoiced = partial ? order.items.slice(0, 1) : order.items;
  const invoiceNumber = invoiceNumberFor(prng, order.currency);
  const at = (ms: number): string => isoDate(ms, order.dateStyle);
  const event = (step: Step, ms: number, local: boolean): TrackingEventRecord => {
    const place = local
      ? { city: order.shipping.address.city, state: order.shipping.address.state }
      : HUBS[order.currency];
    return { ...place, description: STEP_TEXT[order.currency][step], date: at(ms) };
  };
  const times = [issuedAt];
  let courierStatus: PackageRecord['courierStatus'] = null;
  let tracking: { number: string; url: string } | null = null;
  if (spec.tracking) {
    tracking = trackingFor(prng, order.currency);
    // The journey runs from the invoice to its delivery, or to now while under way: every
    // step is a share of that span, so the steps stay in order however short or long it is.
    const delivered = spec.tracking === 'delivered';
    const journey = delivered ? Math.min(4 * DAY, Math.round((now - issuedAt) * 0.8)) : now - issuedAt;
    const step = (share: number, cap: number): number => issuedAt + Math.round(Math.min(journey * share, cap));
    const data = [event('posted', step(0.1, 2 * HOUR), false), event('transit', step(0.4, 2 * DAY), false)];
    let deliveredDate: string | null = null;
    if (delivered) {
      const deliveredAt = issuedAt + journey;
      data.push(event('out', deliveredAt - Math.round(Math.min(journey * 0.1, 5 * HOUR)), true));
      data.push(event('delivered', deliveredAt, true));
      deliveredDate = at(deliveredAt);
      times.push(deliveredAt);
    }
    courierStatus = { finished: spec.tracking === 'delivered', deliveredDate, data: data.reverse() };
  }
  const pkg: PackageRecord = {
    type: 'Output',
    invoiceNumber,
    invoiceValue: partial ? invoiced.reduce((sum, item) => sum + item.sellingPrice * item.quantity, 0) : order.value,
    invoiceUrl: `https://invoices.${STORES[order.currency].hostname}.com/${invoiceNumber}.pdf`,
    issuanceDate: at(issuedAt),
    courier: order.shipping.courierName,
    trackingNumber: tracking?.number ?? null,
    trackingUrl: tracking?.url ?? null,
    items: invoiced.map((item) => ({
      itemIndex: order.items.indexOf(item),
      quantity: item.quantity,
      price: item.sellingPrice,
    })),
    courierStatus,
    receipt: mintReceipt(prng),
  };
  return { pkg, times };
}

export function applyHistory(order: OrderRecord, spec: OrderSpec, { prng, now }: BuildContext): void {
  const paidBeforeCancel =
    (spec.status === 'canceled' || spec.status === 'cancel') && spec.cancellation?.by !== 'payment';
  const approvedAfter =
    spec.approvedAfter !== undefined
      ? spec.approvedAfter
      : PAID_STATUSES.has(spec.status) || paidBeforeCancel
        ? prng.int(1, 20) * MINUTE
        : null;
  const times = [order.creationDate];
  if (approvedAfter !== null) {
    order.authorizedDate = order.creationDate + approvedAfter;
    times.push(order.authorizedDate);
  }
  if (spec.invoice) {
    const { pkg, times: packageTimes } = buildPackage(
      order,
      spec,
      prng,
      now,
      order.authorizedDate ?? order.creationDate,
    );
    order.packages.push(pkg);
    times.push(...packageTimes);
    if (spec.status === 'invoiced') order.invoicedDate = packageTimes[0] ?? null;
  }
  if (spec.request) {
    const request = spec.request;
    const requestedAt = now - request.ago;
    const deniedAt = request.state === 'denied' ? requestedAt + (request.deniedAfter ?? DAY) : null;
    order.cancellationRequests.push({
      id: mintUuid(prng),
      reason: request.reason,
      requestedAt,
      requestedByUser: true,
      state: request.state,
      previousStatus: request.previousStatus,
      deniedReason: request.state === 'denied' ? (request.deniedReason ?? null) : null,
      deniedAt,
    });
    times.push(requestedAt, ...(deniedAt === null ? [] : [deniedAt]));
  }
  if (spec.cancellation) {
    const { by, ago, reason } = spec.cancellation;
    const date = now - ago;
    order.cancellation = {
      byUser: by === 'user' || by === 'deadline',
      bySystem: by === 'system' || by === 'payment' || by === 'deadline',
      bySellerNotification: by === 'seller',
      byPaymentNotification: by === 'payment',
      reason,
      date,
    };
    times.push(date);
    if (spec.status === 'cancel') order.cancelCompletesAt = now + (spec.cancelCompletesIn ?? 10 * MINUTE);
  }
  order.lastChange = Math.min(now, Math.max(...times));
}
