/**
 * Every response the mock sends goes through here, so each one (errors included) carries a
 * `Date` header from the mock clock, and error bodies have VTEX's shape.
 */
import { HttpResponse } from 'msw';
import type { WireErrorBody } from '../../src/contract/vtex-orders.ts';
import { httpDate } from '../dates.ts';
import type { FlowError } from '../flow/errors.ts';
import type { MockClock } from '../types.ts';

export interface Responder {
  json(body: unknown, status?: number, headers?: Record<string, string>): Response;
  error(status: number, code: string, message: string, headers?: Record<string, string>): Response;
  flowError(error: FlowError): Response;
  empty(status: number, headers?: Record<string, string>): Response;
  raw(body: string, status: number, contentType: string, headers?: Record<string, string>): Response;
}

export function errorBody(code: string, message: string): WireErrorBody {
  return { error: { code, message, exception: null } };
}

export function createResponder(clock: MockClock): Responder {
  const headers = (extra: Record<string, string> = {}, contentType?: string): Headers => {
    const result = new Headers({ Date: httpDate(clock.now()), ...extra });
    if (contentType) result.set('Content-Type', contentType);
    return result;
  };
  const raw = (body: string, status: number, contentType: string, extra?: Record<string, string>): Response =>
    new HttpResponse(body, { status, headers: headers(extra, contentType) });
  const json = (body: unknown, status = 200, extra?: Record<string, string>): Response =>
    raw(JSON.stringify(body), status, 'application/json; charset=utf-8', extra);
  const error = (status: number, code: string, message: string, extra?: Record<string, string>): Response =>
    json(errorBody(code, message), status, extra);
  return {
    json,
    error,
    flowError: (flowError) => error(flowError.status, flowError.code, flowError.message),
    empty: (status, extra) => new HttpResponse(null, { status, headers: headers(extra) }),
    raw,
  };
}
