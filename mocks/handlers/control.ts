/**
 * Mock-only controls under `/_mock/` (seller credentials): place orders, read every order,
 * move the clock, change settings, switch faults, reset. The demo's seller console uses them.
 */
import { http, type RequestHandler } from 'msw';
import { isoDate, parseTime, RECEIPT_DATE_STYLE } from '../dates.ts';
import { parseFault } from '../faults/parse.ts';
import { isMockEndpoint } from '../faults/registry.ts';
import { badRequest } from '../flow/errors.ts';
import { placeOrder } from '../flow/place-order.ts';
import { type JsonObject, readJsonObject } from '../http/body.ts';
import type { BuyerKey, CurrencyCode } from '../model.ts';
import { summaryView } from '../views/summary.ts';
import { type BackendContext, flowContext } from './context.ts';
import { param, type RouteInfo, type RouteResolver, route } from './route.ts';
import { requireSeller } from './seller.ts';

export interface ControlOptions {
  reset(seed?: number): void;
}

function stateView(context: BackendContext): Record<string, unknown> {
  const now = context.clock.now();
  return {
    now: isoDate(now, RECEIPT_DATE_STYLE),
    nowMs: now,
    clock: context.clock.mode,
    seed: context.seed,
    settings: { ...context.settings },
    faults: context.faults.list(),
  };
}

function boundedNumber(body: JsonObject, field: string, max: number): number | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max)
    throw badRequest(`${field} must be a number from 0 to ${max}`);
  return value;
}

function oneOf<T extends string>(value: unknown, choices: readonly T[], field: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw badRequest(`${field} must be one of ${choices.join(', ')}`);
}

export function controlHandlers(context: BackendContext, options: ControlOptions): RequestHandler[] {
  const control = (resolve: RouteResolver) =>
    route(context, 'control', (info: RouteInfo) => {
      requireSeller(info);
      return resolve(info);
    });
  return [
    http.get(
      '*/_mock/state',
      control(() => context.respond.json(stateView(context))),
    ),
    http.get(
      '*/_mock/orders',
      control(() => {
        const orders = context.store.readAll(context.clock.now(), context.settings);
        const newestFirst = [...orders].sort(
          (a, b) => b.creationDate - a.creationDate || (a.orderId < b.orderId ? 1 : -1),
        );
        return context.respond.json({ orders: newestFirst.map((order) => summaryView(order, context.settings)) });
      }),
    ),
    http.post(
      '*/_mock/orders',
      route(context, 'place-order', async (info) => {
        requireSeller(info);
        const body = await readJsonObject(info.request, true);
        const shopper = oneOf<BuyerKey>(body.shopper, ['main', 'second'], 'shopper', 'main');
        const currency = oneOf<CurrencyCode>(body.currency, ['BRL', 'USD', 'EUR'], 'currency', 'BRL');
        const order = placeOrder(context.store, shopper, currency, flowContext(context));
        return context.respond.json({ orderId: order.orderId, status: order.status }, 201);
      }),
    ),
    http.put(
      '*/_mock/settings',
      control(async (info) => {
        const body = await readJsonObject(info.request);
        const gracePeriodMinutes = boundedNumber(body, 'gracePeriodMinutes', 7 * 24 * 60);
        const writeLagMs = boundedNumber(body, 'writeLagMs', 10 * 60_000);
        if (gracePeriodMinutes !== undefined) context.settings.gracePeriodMinutes = gracePeriodMinutes;
        if (writeLagMs !== undefined) context.settings.writeLagMs = writeLagMs;
        return context.respond.json(stateView(context));
      }),
    ),
    http.post(
      '*/_mock/clock',
      control(async (info) => {
        const body = await readJsonObject(info.request);
        if (body.advanceMs !== undefined) {
          const advance = body.advanceMs;
          if (typeof advance !== 'number' || !Number.isFinite(advance) || advance < 0)
            throw badRequest('advanceMs must be a non-negative number');
          context.clock.advance(advance);
        } else if (body.set !== undefined) {
          const at = parseTime(body.set);
          if (at === null) throw badRequest('set must be epoch ms or an ISO 8601 date');
          context.clock.set(at);
        } else {
          throw badRequest('Send {advanceMs} or {set}');
        }
        return context.respond.json(stateView(context));
      }),
    ),
    http.put(
      '*/_mock/faults/:endpoint',
      control(async (info) => {
        const endpoint = param(info, 'endpoint');
        if (!isMockEndpoint(endpoint)) throw badRequest(`Unknown endpoint ${endpoint}`);
        const body = await readJsonObject(info.request);
        const fault = parseFault(body.fault);
        if (!fault) throw badRequest('fault is not a known MockFault');
        const times = body.times;
        if (times !== undefined && (typeof times !== 'number' || !Number.isInteger(times) || times < 1))
          throw badRequest('times must be a positive integer');
        context.faults.set(endpoint, fault, times === undefined ? undefined : { times });
        return context.respond.json(stateView(context));
      }),
    ),
    http.delete(
      '*/_mock/faults',
      control(() => {
        context.faults.clear();
        return context.respond.empty(204);
      }),
    ),
    http.delete(
      '*/_mock/faults/:endpoint',
      control((info) => {
        const endpoint = param(info, 'endpoint');
        if (!isMockEndpoint(endpoint)) throw badRequest(`Unknown endpoint ${endpoint}`);
        context.faults.clear(endpoint);
        return context.respond.empty(204);
      }),
    ),
    http.post(
      '*/_mock/reset',
      control(async (info) => {
        const body = await readJsonObject(info.request, true);
        const seed = body.seed;
        if (seed !== undefined && (typeof seed !== 'number' || !Number.isInteger(seed)))
          throw badRequest('seed must be an integer');
        options.reset(seed);
        return context.respond.json(stateView(context));
      }),
    ),
  ];
}
