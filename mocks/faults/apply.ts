/** What each fault does to a response (see MockFault in types.ts). */
import { delay, HttpResponse } from 'msw';
import type { Responder } from '../http/respond.ts';
import type { MockFault } from '../types.ts';

const BAD_GATEWAY_PAGE =
  '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n';

const STATUS_MESSAGES: Record<number, [code: string, message: string]> = {
  400: ['OMS001', 'Bad Request'],
  401: ['1', 'Unauthorized access'],
  403: ['OMS403', 'Forbidden: the credentials are not enabled to access the service'],
  404: ['OMS007', 'Order Not Found'],
  409: ['OMS003', 'Conflict'],
  429: ['OMS429', 'Too Many Requests'],
  500: ['OMS500', 'Internal Server Error'],
  503: ['OMS503', 'Service Unavailable'],
};

/** Resolves when the client aborts; never otherwise (the `hang` fault). */
function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * Answers a request under a fault. `proceed` runs the real handler: only latency and the
 * apply-then-* faults call it (the others answer instead of the backend, like a proxy would).
 */
export async function respondWithFault(
  fault: MockFault,
  request: Request,
  respond: Responder,
  proceed: () => Promise<Response>,
): Promise<Response> {
  switch (fault.kind) {
    case 'latency':
      await delay(fault.ms);
      return proceed();
    case 'status': {
      if (fault.status === 502) return respond.raw(BAD_GATEWAY_PAGE, 502, 'text/html; charset=utf-8');
      const retryAfter =
        fault.status === 429 || fault.retryAfterSeconds !== undefined
          ? { 'Retry-After': String(fault.retryAfterSeconds ?? 1) }
          : undefined;
      const [code, message] = STATUS_MESSAGES[fault.status] ?? ['OMS500', 'Error'];
      return respond.error(fault.status, code, message, retryAfter);
    }
    case 'network-error':
      return HttpResponse.error();
    case 'hang':
      await untilAborted(request.signal);
      return HttpResponse.error();
    case 'malformed-json':
      return respond.raw(
        '{"list":[{"orderId":"1172452900788-01","creationDate":"2026-06-1',
        200,
        'application/json; charset=utf-8',
      );
    case 'empty-body':
      return respond.empty(200);
    case 'wrong-shape':
      return respond.json({ orders: 'nope' });
    case 'apply-then-drop':
      await proceed();
      return HttpResponse.error();
    case 'apply-then-status':
      await proceed();
      return respondWithFault({ kind: 'status', status: fault.status }, request, respond, proceed);
    case 'apply-then-hang':
      await proceed();
      await untilAborted(request.signal);
      return HttpResponse.error();
  }
}
