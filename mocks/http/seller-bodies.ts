/** Bodies of the seller's invoice and tracking calls, checked field by field (400 otherwise). */
import { parseTime } from '../dates.ts';
import { badRequest } from '../flow/errors.ts';
import type { InvoiceInput, TrackingInput } from '../flow/fulfillment.ts';
import type { TrackingEventRecord } from '../model.ts';
import { isObject, type JsonObject, optionalBoolean, optionalString } from './body.ts';

function requireString(body: JsonObject, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '') throw badRequest(`${field} is required`);
  return value;
}

function requireDate(body: JsonObject, field: string): string {
  const value = requireString(body, field);
  if (parseTime(value) === null) throw badRequest(`${field} must be an ISO 8601 date`);
  return value;
}

function positiveInteger(value: unknown, field: string, allowZero = false): number {
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < (allowZero ? 0 : 1)) {
    throw badRequest(`${field} must be a ${allowZero ? 'non-negative' : 'positive'} integer (cents, no separator)`);
  }
  return number;
}

export function parseInvoice(body: JsonObject): InvoiceInput {
  const type = body.type;
  if (type !== 'Output' && type !== 'Input') throw badRequest('type must be Output or Input');
  if (!Array.isArray(body.items) || body.items.length === 0) throw badRequest('items must list the invoiced SKUs');
  const items = body.items.map((line: unknown, index) => {
    if (!isObject(line) || typeof line.id !== 'string') throw badRequest(`items[${index}].id is required`);
    return {
      id: line.id,
      quantity: positiveInteger(line.quantity, `items[${index}].quantity`),
      price: positiveInteger(line.price, `items[${index}].price`, true),
    };
  });
  return {
    type,
    issuanceDate: requireDate(body, 'issuanceDate'),
    invoiceNumber: requireString(body, 'invoiceNumber'),
    invoiceValue: positiveInteger(body.invoiceValue, 'invoiceValue'),
    items,
    courier: optionalString(body, 'courier'),
    trackingNumber: optionalString(body, 'trackingNumber') || null,
    trackingUrl: optionalString(body, 'trackingUrl') || null,
    invoiceUrl: optionalString(body, 'invoiceUrl') || null,
  };
}

function trackingEvent(value: unknown, index: number): TrackingEventRecord {
  if (!isObject(value)) throw badRequest(`events[${index}] must be an object`);
  const text = (field: string): string | null => optionalString(value, field);
  const date = text('date');
  if (date !== null && parseTime(date) === null) throw badRequest(`events[${index}].date must be an ISO 8601 date`);
  return { city: text('city'), state: text('state'), description: text('description'), date };
}

export function parseTracking(body: JsonObject): TrackingInput {
  const isDelivered = optionalBoolean(body, 'isDelivered');
  if (isDelivered === null) throw badRequest('isDelivered is required');
  const deliveredDate = optionalString(body, 'deliveredDate');
  if (deliveredDate !== null && parseTime(deliveredDate) === null)
    throw badRequest('deliveredDate must be an ISO 8601 date');
  const events = body.events ?? [];
  if (!Array.isArray(events)) throw badRequest('events must be an array');
  return { isDelivered, deliveredDate, events: events.map(trackingEvent) };
}
