/**
 * The contract validators themselves: VTEX's published examples pass, the null rule of
 * docs/domain.md, "Decisions for the edges" holds for properties only, the one erratum is handled, and mutated
 * bodies fail (the negative control that proves the validators can fail at all).
 */
import { describe, expect, test } from 'vitest';
import {
  publishedExamples,
  validateDetailResponse,
  validateExtension,
  validateListResponse,
  validateOrderDetailContract,
  validateSellerReceipt,
} from '../../support/vtex-contract.ts';

type Json = { [key: string]: unknown };

const examples = publishedExamples();

function clone(value: unknown): Json {
  return structuredClone(value) as Json;
}

function at(root: Json, ...path: Array<string | number>): Json {
  let node: unknown = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node as Json;
}

/** VTEX's detail example plus what our extension adds, so only the mutation under test can fail. */
function ourDetail(): Json {
  return { ...clone(examples.detail), cancellationRequests: [] };
}

/** The package shape VTEX's real responses carry (the published schema says `string`). */
function realPackage(): Json {
  return {
    type: 'Output',
    invoiceNumber: 'NFe-00002',
    invoiceValue: 4450,
    invoiceUrl: null,
    issuanceDate: '2019-02-01T00:00:00.0000000+00:00',
    courier: 'Correios',
    trackingNumber: 'BR123456789',
    trackingUrl: 'https://tracking.example/BR123456789',
    items: [{ itemIndex: 0, quantity: 1, price: 4450 }],
    courierStatus: {
      finished: true,
      deliveredDate: '2019-02-04T10:00:00+00:00',
      data: [{ city: 'Rio de Janeiro', state: 'RJ', description: 'Delivered', date: '2019-02-04T10:00:00+00:00' }],
    },
    cfop: null,
  };
}

describe('VTEX published examples', () => {
  test('the list example validates against Userorderslist', () => {
    expect(validateListResponse(examples.list)).toEqual({ valid: true, errors: [] });
  });

  test('the detail example validates against Userorderdetails', () => {
    expect(validateDetailResponse(examples.detail)).toEqual({ valid: true, errors: [] });
  });

  test('the detail example lacks only our cancellationRequests extension', () => {
    // VTEX's example predates cancellation requests on the shopper detail; with the property
    // present (null or an array) it satisfies our contract too.
    const result = validateOrderDetailContract(examples.detail);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([expect.stringContaining("must have required property 'cancellationRequests'")]);
    expect(validateOrderDetailContract({ ...clone(examples.detail), cancellationRequests: null }).valid).toBe(true);
  });

  test('the seller receipts and error bodies VTEX publishes validate', () => {
    expect(validateSellerReceipt('cancel', examples.cancelReceipt).valid).toBe(true);
    expect(validateSellerReceipt('invoice', examples.invoiceReceipt).valid).toBe(true);
    expect(examples.errorBodies).toHaveLength(2);
    for (const body of examples.errorBodies)
      expect(validateExtension('ErrorBody', body)).toEqual({ valid: true, errors: [] });
  });
});

describe('every property may be null, nothing else may', () => {
  test('required properties set to null pass (cancellationData, totals, value, paging)', () => {
    const detail = ourDetail();
    Object.assign(detail, { cancellationData: null, totals: null, value: null, packageAttachment: null });
    at(detail, 'items', 0).price = null;
    expect(validateOrderDetailContract(detail)).toEqual({ valid: true, errors: [] });
    const list = clone(examples.list);
    list.paging = null;
    at(list, 'list', 0).totalValue = null;
    expect(validateListResponse(list).valid).toBe(true);
  });

  test('array elements and the root may not be null', () => {
    const detail = ourDetail();
    at(detail, 'totals')[0] = null;
    expect(validateDetailResponse(detail).valid).toBe(false);
    const list = clone(examples.list);
    at(list, 'list')[0] = null;
    expect(validateListResponse(list).valid).toBe(false);
    expect(validateListResponse(null).valid).toBe(false);
    expect(validateDetailResponse(null).valid).toBe(false);
  });
});

describe('the packages erratum', () => {
  test('a real package object validates; the published string form no longer does', () => {
    const detail = ourDetail();
    detail.packageAttachment = { packages: [realPackage()] };
    expect(validateOrderDetailContract(detail)).toEqual({ valid: true, errors: [] });
    detail.packageAttachment = { packages: ['NFe-00002'] };
    expect(validateDetailResponse(detail).valid).toBe(false);
  });

  test('package fields are typed: invoiceValue as a string, quantity as a string, a missing courierStatus fail', () => {
    const mutations: Array<(pkg: Json) => void> = [
      (pkg) => {
        pkg.invoiceValue = '4450';
      },
      (pkg) => {
        pkg.invoiceValue = 44.5;
      },
      (pkg) => {
        at(pkg, 'items', 0).quantity = '1';
      },
      (pkg) => {
        delete pkg.courierStatus;
      },
      (pkg) => {
        at(pkg, 'courierStatus').finished = 'yes';
      },
    ];
    for (const mutate of mutations) {
      const pkg = realPackage();
      mutate(pkg);
      const detail = ourDetail();
      detail.packageAttachment = { packages: [pkg] };
      expect(validateDetailResponse(detail).valid, mutate.toString()).toBe(false);
    }
  });
});

describe('negative control: mutated responses fail', () => {
  const detailMutations: Record<string, (detail: Json) => void> = {
    'value as a string': (d) => {
      d.value = '4450';
    },
    'value as a fraction': (d) => {
      d.value = 44.5;
    },
    'required orderId removed': (d) => {
      delete d.orderId;
    },
    'required cancellationData removed': (d) => {
      delete d.cancellationData;
    },
    'allowCancellation missing': (d) => {
      delete d.allowCancellation;
    },
    'allowCancellation null (our extension wants a boolean)': (d) => {
      d.allowCancellation = null;
    },
    'allowCancellation as a string': (d) => {
      d.allowCancellation = 'true';
    },
    'items[0].quantity as "1"': (d) => {
      at(d, 'items', 0).quantity = '1';
    },
    'totals[0].value as a string': (d) => {
      at(d, 'totals', 0).value = '100';
    },
    'totals as an object': (d) => {
      d.totals = { Items: 100 };
    },
    'cancellationData.RequestedByUser as a string': (d) => {
      at(d, 'cancellationData').RequestedByUser = 'true';
    },
    'cancellationRequests entry without id': (d) => {
      d.cancellationRequests = [
        { reason: 'x', cancellationRequestDate: '2026-06-15T12:00:00Z', requestedByUser: true, deniedBySeller: false },
      ];
    },
    'cancellationRequests as an object': (d) => {
      d.cancellationRequests = {};
    },
  };
  for (const [name, mutate] of Object.entries(detailMutations)) {
    test(`detail: ${name}`, () => {
      const detail = ourDetail();
      mutate(detail);
      const result = validateOrderDetailContract(detail);
      expect(result.valid).toBe(false);
      expect(result.errors.length).toBeGreaterThan(0);
    });
  }

  const listMutations: Record<string, (list: Json) => void> = {
    'totalValue as a string': (l) => {
      at(l, 'list', 0).totalValue = '1160';
    },
    'required paging removed': (l) => {
      delete l.paging;
    },
    'paging.total as a fraction': (l) => {
      at(l, 'paging').total = 1.5;
    },
    'required orderId of a row removed': (l) => {
      delete at(l, 'list', 0).orderId;
    },
    'a row item quantity as "1"': (l) => {
      at(l, 'list', 2, 'items', 0).quantity = '1';
    },
    'list as an object': (l) => {
      l.list = {};
    },
  };
  for (const [name, mutate] of Object.entries(listMutations)) {
    test(`list: ${name}`, () => {
      const list = clone(examples.list);
      mutate(list);
      expect(validateListResponse(list).valid).toBe(false);
    });
  }
});

describe('extensions VTEX does not publish', () => {
  test('user-cancel-request response', () => {
    const ok = { orderId: '1-01', status: 'cancellation-requested', cancellationRequestId: 'r1' };
    expect(validateExtension('UserCancelRequestResponse', ok).valid).toBe(true);
    expect(validateExtension('UserCancelRequestResponse', { ...ok, status: 'handling' }).valid).toBe(false);
    expect(validateExtension('UserCancelRequestResponse', { status: 'canceled' }).valid).toBe(false);
  });

  test('request bodies: reason 1 to 500 characters, deny needs id and reason', () => {
    expect(validateExtension('UserCancelRequestBody', { reason: 'Changed my mind' }).valid).toBe(true);
    expect(validateExtension('UserCancelRequestBody', { reason: '' }).valid).toBe(false);
    expect(validateExtension('UserCancelRequestBody', { reason: 'x'.repeat(501) }).valid).toBe(false);
    expect(
      validateExtension('DenyCancellationRequestBody', { cancellationRequestId: 'r1', denyReason: 'Shipped' }).valid,
    ).toBe(true);
    expect(validateExtension('DenyCancellationRequestBody', { cancellationRequestId: 'r1' }).valid).toBe(false);
  });

  test('error bodies: a VTEX error object passes, plain text and a bare message fail', () => {
    expect(
      validateExtension('ErrorBody', { error: { code: 'OMS007', message: 'Order Not Found', exception: null } }).valid,
    ).toBe(true);
    expect(validateExtension('ErrorBody', 'Order Not Found').valid).toBe(false);
    expect(validateExtension('ErrorBody', { message: 'Order Not Found' }).valid).toBe(false);
    expect(validateExtension('ErrorBody', { error: { code: 7, message: 'x' } }).valid).toBe(false);
  });
});
