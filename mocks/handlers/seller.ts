/** The seller's OMS endpoints (app key and token), which drive the flow in the demo and tests. */
import { http, type RequestHandler } from 'msw';
import { isoDate, RECEIPT_DATE_STYLE } from '../dates.ts';
import { denyCancellation, sellerCancel } from '../flow/cancellation.ts';
import { unauthorized } from '../flow/errors.ts';
import { addInvoice, startHandling, updateTracking } from '../flow/fulfillment.ts';
import { cancellationVerdict } from '../flow/verdict.ts';
import { isSeller } from '../http/auth.ts';
import { optionalBoolean, readJsonObject, requireText } from '../http/body.ts';
import { parseInvoice, parseTracking } from '../http/seller-bodies.ts';
import { mintReceipt } from '../ids.ts';
import type { OrderRecord } from '../model.ts';
import type { MockEndpoint } from '../types.ts';
import { detailView } from '../views/detail.ts';
import { type BackendContext, flowContext } from './context.ts';
import { param, type RouteInfo, route } from './route.ts';
import { ORDER_NOT_FOUND } from './shopper.ts';

export function requireSeller(info: RouteInfo): void {
  if (!isSeller(info.request))
    throw unauthorized('Unauthorized access: X-VTEX-API-AppKey and X-VTEX-API-AppToken are required');
}

type SellerAction = (order: OrderRecord, info: RouteInfo, context: BackendContext) => Promise<Response>;

/** Auth, then the order (any shopper's), then the action. */
function sellerRoute(context: BackendContext, endpoint: MockEndpoint, action: SellerAction) {
  return route(context, endpoint, (info) => {
    requireSeller(info);
    const order = context.store.read(param(info, 'orderId'), context.clock.now(), context.settings);
    if (!order) throw ORDER_NOT_FOUND;
    return action(order, info, context);
  });
}

function receipt(
  context: BackendContext,
  order: OrderRecord,
  now: number,
  value = mintReceipt(context.prng),
): Response {
  return context.respond.json({ date: isoDate(now, RECEIPT_DATE_STYLE), orderId: order.orderId, receipt: value });
}

const PVT = '*/api/oms/pvt/orders/:orderId';

export function sellerHandlers(context: BackendContext): RequestHandler[] {
  return [
    // VTEX's seller "Get order": the console needs item ids, prices and a package's events.
    http.get(
      PVT,
      sellerRoute(context, 'seller-order', async (order) =>
        context.respond.json(detailView(order, cancellationVerdict(order).allowed)),
      ),
    ),
    http.post(
      `${PVT}/cancel`,
      sellerRoute(context, 'seller-cancel', async (order, info) => {
        const body = await readJsonObject(info.request);
        const reason = requireText(body, 'reason');
        const requestedByUser = optionalBoolean(body, 'requestedByUser') ?? false;
        const flow = flowContext(context);
        sellerCancel(order, reason, requestedByUser, flow);
        return receipt(context, order, flow.now);
      }),
    ),
    http.post(
      `${PVT}/deny-cancellation-request`,
      sellerRoute(context, 'deny-cancellation-request', async (order, info) => {
        const body = await readJsonObject(info.request);
        const requestId = body.cancellationRequestId;
        const id = typeof requestId === 'string' ? requestId : '';
        const denyReason = requireText(body, 'denyReason');
        denyCancellation(order, id, denyReason, flowContext(context));
        return context.respond.empty(200);
      }),
    ),
    http.post(
      `${PVT}/start-handling`,
      sellerRoute(context, 'start-handling', async (order) => {
        startHandling(order, flowContext(context));
        return context.respond.empty(204);
      }),
    ),
    http.post(
      `${PVT}/invoice`,
      sellerRoute(context, 'invoice', async (order, info) => {
        const input = parseInvoice(await readJsonObject(info.request));
        const flow = flowContext(context);
        return receipt(context, order, flow.now, addInvoice(order, input, flow));
      }),
    ),
    http.put(
      `${PVT}/invoice/:invoiceNumber/tracking`,
      sellerRoute(context, 'tracking', async (order, info) => {
        const input = parseTracking(await readJsonObject(info.request));
        const flow = flowContext(context);
        return receipt(context, order, flow.now, updateTracking(order, param(info, 'invoiceNumber'), input, flow));
      }),
    ),
  ];
}
