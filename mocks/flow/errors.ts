/**
 * A refusal of the flow, carried to the HTTP layer as a VTEX-style error body. The codes
 * follow VTEX's OMS style (`OMS007` is VTEX's own "Order Not Found"); the others are ours.
 */
export type FlowErrorStatus = 400 | 401 | 404 | 409;

export class FlowError extends Error {
  constructor(
    readonly status: FlowErrorStatus,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'FlowError';
  }
}

export const ERROR_CODES = {
  unauthorized: '1',
  badRequest: 'OMS001',
  wrongStatus: 'OMS003',
  notFound: 'OMS007',
  cannotCancel: 'OMS011',
  requestPending: 'OMS012',
  unknownCancellationRequest: 'OMS013',
  unknownInvoice: 'OMS014',
} as const;

export function badRequest(message: string): FlowError {
  return new FlowError(400, ERROR_CODES.badRequest, message);
}

export function unauthorized(message: string): FlowError {
  return new FlowError(401, ERROR_CODES.unauthorized, message);
}
