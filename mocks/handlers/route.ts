/**
 * Wraps a resolver with what every endpoint shares: the request log, the endpoint's fault,
 * and turning flow refusals (and surprises) into VTEX-style error responses.
 */
import type { HttpResponseResolver, PathParams } from 'msw';
import { respondWithFault } from '../faults/apply.ts';
import { FlowError } from '../flow/errors.ts';
import type { MockEndpoint } from '../types.ts';
import type { BackendContext } from './context.ts';

export interface RouteInfo {
  request: Request;
  params: PathParams;
  cookies: Record<string, string>;
}

export type RouteResolver = (info: RouteInfo) => Promise<Response> | Response;

export function param(info: RouteInfo, name: string): string {
  const value = info.params[name];
  return typeof value === 'string' ? value : '';
}

export function route(
  context: BackendContext,
  endpoint: MockEndpoint | 'control',
  resolve: RouteResolver,
): HttpResponseResolver {
  return async ({ request, params, cookies }) => {
    const info: RouteInfo = { request, params, cookies };
    const orderId = param(info, 'orderId');
    context.requests.push({
      endpoint,
      method: request.method,
      url: request.url,
      ...(orderId ? { orderId } : {}),
      at: context.clock.now(),
    });
    const run = async (): Promise<Response> => {
      try {
        return await resolve(info);
      } catch (error) {
        if (error instanceof FlowError) return context.respond.flowError(error);
        return context.respond.error(500, 'OMS500', error instanceof Error ? error.message : 'Internal Server Error');
      }
    };
    const fault = endpoint === 'control' ? null : context.faults.take(endpoint);
    return fault ? respondWithFault(fault, request, context.respond, run) : run();
  };
}
