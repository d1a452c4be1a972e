/** Request bodies: JSON parsing and the field checks every endpoint shares. */
import { badRequest } from '../flow/errors.ts';

/** Domain.md section 5: a reason is 1 to 500 Unicode code points after trimming. */
export const MAX_REASON_CODE_POINTS = 500;

export type JsonObject = Record<string, unknown>;

/** Parses the body as a JSON object; an empty body counts as `{}` when `optional`. */
export async function readJsonObject(request: Request, optional = false): Promise<JsonObject> {
  const text = await request.text();
  if (text.trim() === '' && optional) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw badRequest('The request body must be a JSON object');
  return value as JsonObject;
}

/** A required free-text field (reason, denyReason), trimmed. */
export function requireText(body: JsonObject, field: string): string {
  const value = body[field];
  if (value === undefined || value === null) throw badRequest(`${field} is required`);
  if (typeof value !== 'string') throw badRequest(`${field} must be a string`);
  const trimmed = value.trim();
  if (trimmed === '') throw badRequest(`${field} must not be empty`);
  if ([...trimmed].length > MAX_REASON_CODE_POINTS)
    throw badRequest(`${field} must be at most ${MAX_REASON_CODE_POINTS} characters`);
  return trimmed;
}

export function optionalString(body: JsonObject, field: string): string | null {
  const value = body[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw badRequest(`${field} must be a string`);
  return value;
}

export function optionalBoolean(body: JsonObject, field: string): boolean | null {
  const value = body[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'boolean') throw badRequest(`${field} must be a boolean`);
  return value;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
