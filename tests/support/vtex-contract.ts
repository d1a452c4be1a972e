/**
 * Contract validators for the wire, built from VTEX's published OpenAPI
 * (`tests/contract/vtex/orders-api.subset.json`, provenance in that folder's README.md) and our
 * extensions (`tests/contract/vtex/extensions.schema.json`).
 *
 * How the OpenAPI 3.0 component schemas become JSON Schema (draft-07, ajv strict mode):
 * - `$ref: '#/components/schemas/X'` becomes `#/definitions/X` of one compiled root.
 * - Annotation keywords that validate nothing (description, title, example...) are dropped;
 *   anything else ajv does not know makes strict mode throw, so nothing is silently ignored.
 * - docs/domain.md, "Decisions for the edges", "every property allowed to be null": every schema in a `properties`
 *   position (inline or `$ref`) also accepts `null`. Only properties: array items, the
 *   response root and the referenced components themselves stay non-null unless the spec
 *   marks them `nullable: true`, because VTEX's real responses null fields, not elements
 *   (a `totals` array holding `null` would break every reader).
 * - `required`, `type` and `enum` are kept exactly as published: a required property must be
 *   present (null is a value), and a non-null value must have the published type.
 * - Unknown properties stay allowed (OpenAPI's default; VTEX sends many undocumented ones).
 * - One erratum is patched, in `patchPublishedErrata` below, and nothing else is loosened.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

type JsonSchema = { [keyword: string]: unknown };

export interface ContractResult {
  valid: boolean;
  errors: string[];
}

export type ExtensionName =
  | 'CancellationRequest'
  | 'OrderDetailExtension'
  | 'UserCancelRequestBody'
  | 'UserCancelRequestResponse'
  | 'DenyCancellationRequestBody'
  | 'ErrorBody';

// A path, not a URL, so this also loads under happy-dom (whose global URL node:fs does not take).
const VTEX_CONTRACT = resolve(dirname(fileURLToPath(import.meta.url)), '../contract/vtex');
const ROOT_ID = 'vtex-orders-api';

/** OpenAPI keywords that only annotate; dropping them changes no verdict. */
const ANNOTATIONS = new Set(['description', 'title', 'example', 'examples', 'deprecated', 'externalDocs', 'xml']);

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(resolve(VTEX_CONTRACT, file), 'utf8'));
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(schema: unknown, ...path: string[]): JsonSchema {
  let node = schema;
  for (const key of path) {
    if (!isSchema(node)) throw new Error(`vtex-contract: no ${path.join('.')} in the spec`);
    node = node[key];
  }
  if (!isSchema(node)) throw new Error(`vtex-contract: ${path.join('.')} is not a schema`);
  return node;
}

/** Adds `null` to what a schema accepts, keeping every other constraint. */
function orNull(schema: JsonSchema): JsonSchema {
  if (typeof schema.type === 'string' && schema.$ref === undefined) {
    const nullable: JsonSchema = { ...schema, type: [schema.type, 'null'] };
    if (Array.isArray(schema.enum)) nullable.enum = [...schema.enum, null];
    return nullable;
  }
  if (Object.keys(schema).length === 0) return schema;
  return { anyOf: [schema, { type: 'null' }] };
}

function toJsonSchema(openApi: unknown, isProperty: boolean): JsonSchema {
  if (!isSchema(openApi)) throw new Error('vtex-contract: a schema must be an object');
  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(openApi)) {
    if (ANNOTATIONS.has(keyword) || keyword === 'nullable') continue;
    if (keyword === '$ref') {
      out.$ref = String(value).replace('#/components/schemas/', '#/definitions/');
    } else if (keyword === 'properties' && isSchema(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, prop]) => [name, toJsonSchema(prop, true)]),
      );
    } else if (keyword === 'items') {
      out.items = toJsonSchema(value, false);
    } else {
      out[keyword] = value;
    }
  }
  return isProperty || openApi.nullable === true ? orNull(out) : out;
}

/**
 * ERRATUM (the only one): VTEX publishes `PackageAttachment.packages.items` as `{type: string}`,
 * but its real responses and its own docs carry package objects. We replace exactly that items
 * schema by the real package shape (written in OpenAPI style, so the null rule applies to its
 * properties like everywhere else). `invoiceValue` is integer cents, like all money.
 */
function patchPublishedErrata(components: JsonSchema): void {
  const packages = child(components, 'PackageAttachment', 'properties', 'packages');
  const published = child(packages, 'items');
  if (published.type !== 'string') throw new Error('vtex-contract: the packages erratum is gone; remove the patch');
  const str = { type: 'string' };
  packages.items = {
    type: 'object',
    required: [
      'type',
      'invoiceNumber',
      'invoiceValue',
      'invoiceUrl',
      'issuanceDate',
      'courier',
      'trackingNumber',
      'trackingUrl',
      'items',
      'courierStatus',
    ],
    properties: {
      type: str,
      invoiceNumber: str,
      invoiceValue: { type: 'integer' },
      invoiceUrl: str,
      issuanceDate: str,
      courier: str,
      trackingNumber: str,
      trackingUrl: str,
      items: {
        type: 'array',
        items: {
          type: 'object',
          required: ['itemIndex', 'quantity'],
          properties: { itemIndex: { type: 'integer' }, quantity: { type: 'integer' } },
        },
      },
      courierStatus: {
        type: 'object',
        required: ['finished', 'deliveredDate', 'data'],
        properties: {
          finished: { type: 'boolean' },
          deliveredDate: str,
          data: {
            type: 'array',
            items: { type: 'object', properties: { city: str, state: str, description: str, date: str } },
          },
        },
      },
    },
  };
}

function buildAjv(): Ajv {
  const spec = readJson('orders-api.subset.json');
  const components = structuredClone(child(spec, 'components', 'schemas'));
  patchPublishedErrata(components);
  const definitions = Object.fromEntries(
    Object.entries(components).map(([name, schema]) => [name, toJsonSchema(schema, false)]),
  );
  const ajv = new Ajv({ strict: true, allErrors: true });
  ajv.addSchema({ $id: ROOT_ID, definitions });
  ajv.addSchema(child(readJson('extensions.schema.json')));
  return ajv;
}

const ajv = buildAjv();
const compiled = new Map<string, ValidateFunction>();

/** Compiles once per key; `schema` defaults to a reference into the compiled roots. */
function run(key: string, json: unknown, schema: () => JsonSchema = () => ({ $ref: key })): ContractResult {
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(schema());
    compiled.set(key, validate);
  }
  if (validate(json) === true) return { valid: true, errors: [] };
  return { valid: false, errors: describeErrors(validate.errors) };
}

function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
}

/** `GET /api/oms/user/orders` 200 body against VTEX's `Userorderslist`. */
export function validateListResponse(json: unknown): ContractResult {
  return run(`${ROOT_ID}#/definitions/Userorderslist`, json);
}

/** `GET /api/oms/user/orders/{orderId}` 200 body against VTEX's `Userorderdetails` only. */
export function validateDetailResponse(json: unknown): ContractResult {
  return run(`${ROOT_ID}#/definitions/Userorderdetails`, json);
}

/** A shape VTEX does not publish, against `extensions.schema.json`. */
export function validateExtension(name: ExtensionName, json: unknown): ContractResult {
  return run(`my-orders-vtex-extensions#/definitions/${name}`, json);
}

/** What our backend's detail must satisfy: VTEX's schema and `OrderDetailExtension`. */
export function validateOrderDetailContract(json: unknown): ContractResult {
  const vtex = validateDetailResponse(json);
  const extension = validateExtension('OrderDetailExtension', json);
  return {
    valid: vtex.valid && extension.valid,
    errors: [...vtex.errors, ...extension.errors.map((e) => `extension: ${e}`)],
  };
}

/** Seller receipts (`cancel`, `invoice` 200) against the response schema VTEX publishes on that path. */
export function validateSellerReceipt(operation: 'cancel' | 'invoice', json: unknown): ContractResult {
  const path = `/api/oms/pvt/orders/{orderId}/${operation}`;
  return run(`receipt:${operation}`, json, () =>
    toJsonSchema(
      child(
        readJson('orders-api.subset.json'),
        'paths',
        path,
        'post',
        'responses',
        '200',
        'content',
        'application/json',
        'schema',
      ),
      false,
    ),
  );
}

export interface PublishedExamples {
  list: unknown;
  detail: unknown;
  cancelReceipt: unknown;
  invoiceReceipt: unknown;
  /** start-handling's 401 and 409 examples: VTEX's own error bodies. */
  errorBodies: unknown[];
}

/** VTEX's published example bodies, for the self-test of these validators. */
export function publishedExamples(): PublishedExamples {
  const spec = readJson('orders-api.subset.json');
  const example = (path: string, method: string, status: string): unknown =>
    child(spec, 'paths', path, method, 'responses', status, 'content', 'application/json').example;
  const pvt = '/api/oms/pvt/orders/{orderId}';
  return {
    list: example('/api/oms/user/orders', 'get', '200'),
    detail: example('/api/oms/user/orders/{orderId}', 'get', '200'),
    cancelReceipt: example(`${pvt}/cancel`, 'post', '200'),
    invoiceReceipt: example(`${pvt}/invoice`, 'post', '200'),
    errorBodies: [example(`${pvt}/start-handling`, 'post', '401'), example(`${pvt}/start-handling`, 'post', '409')],
  };
}
