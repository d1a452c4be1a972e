/**
 * The shopper's endpoints. Signed in by the session cookie only; another shopper's order is
 * answered exactly like a missing one (VTEX's OMS007 body), so nothing of it leaks.
 */
import { http, type RequestHandler } from 'msw';
import { requestCancellation } from '../flow/cancellation.ts';
import { ERROR_CODES, FlowError, unauthorized } from '../flow/errors.ts';
import { cancellationVerdict } from '../flow/verdict.ts';
import { shopperFromCookies } from '../http/auth.ts';
import { readJsonObject, requireText } from '../http/body.ts';
import type { OrderRecord, ShopperRecord } from '../model.ts';
import { detailView } from '../views/detail.ts';
import { listView } from '../views/list.ts';
import { parseListQuery } from '../views/list-query.ts';
import { type BackendContext, flowContext } from './context.ts';
import { param, type RouteInfo, route } from './route.ts';

export const ORDER_NOT_FOUND = new FlowError(404, ERROR_CODES.notFound, 'Order Not Found');

function signedIn(info: RouteInfo): ShopperRecord {
  const shopper = shopperFromCookies(info.cookies);
  if (!shopper) throw unauthorized('Unauthorized access: sign in to see your orders');
  return shopper;
}

function ownOrder(context: BackendContext, shopper: ShopperRecord, orderId: string, now: number): OrderRecord {
  const order = context.store.read(orderId, now, context.settings);
  if (!order || order.shopper !== shopper.key) throw ORDER_NOT_FOUND;
  return order;
}

export function shopperHandlers(context: BackendContext): RequestHandler[] {
  return [
    http.get(
      '*/api/oms/user/orders',
      route(context, 'list', (info) => {
        const shopper = signedIn(info);
        const query = parseListQuery(new URL(info.request.url));
        const now = context.clock.now();
        const orders = shopper.key === 'empty' ? [] : context.store.readShopper(shopper.key, now, context.settings);
        return context.respond.json(listView(orders, query, now));
      }),
    ),
    http.get(
      '*/api/oms/user/orders/:orderId',
      route(context, 'detail', (info) => {
        const shopper = signedIn(info);
        const order = ownOrder(context, shopper, param(info, 'orderId'), context.clock.now());
        return context.respond.json(detailView(order, cancellationVerdict(order).allowed));
      }),
    ),
    http.post(
      '*/api/checkout/pub/orders/:orderId/user-cancel-request',
      route(context, 'user-cancel-request', async (info) => {
        const shopper = signedIn(info);
        const flow = flowContext(context);
        const order = ownOrder(context, shopper, param(info, 'orderId'), flow.now);
        const reason = requireText(await readJsonObject(info.request), 'reason');
        const result = requestCancellation(order, reason, flow);
        return context.respond.json({ orderId: order.orderId, ...result });
      }),
    ),
  ];
}
