import { describe, expect, test } from 'vitest';
import { buildReorderUrl } from '../../../src/domain/index.ts';

const shoe = { skuId: '256', quantity: 2, sellerId: '1', isGift: false };
const sock = { skuId: '31', quantity: 1, sellerId: 'seller-b', isGift: false };
const gift = { skuId: '99', quantity: 1, sellerId: '1', isGift: true };

describe('buildReorderUrl', () => {
  test('repeats sku, qty and seller per item, then the sales channel', () => {
    expect(buildReorderUrl([shoe, sock], { salesChannel: '1' })).toBe(
      '/checkout/cart/add?sku=256&qty=2&seller=1&sku=31&qty=1&seller=seller-b&sc=1',
    );
  });

  test('gifts are left out (the promotion adds them again)', () => {
    expect(buildReorderUrl([shoe, gift])).toBe('/checkout/cart/add?sku=256&qty=2&seller=1');
  });

  test('a configurable base, also one that already has a query', () => {
    expect(buildReorderUrl([shoe], { base: 'https://shop.example/checkout/cart/add' })).toBe(
      'https://shop.example/checkout/cart/add?sku=256&qty=2&seller=1',
    );
    expect(buildReorderUrl([shoe], { base: '/cart/add?redirect=true', salesChannel: '2' })).toBe(
      '/cart/add?redirect=true&sku=256&qty=2&seller=1&sc=2',
    );
  });

  test('values are encoded', () => {
    expect(buildReorderUrl([{ skuId: 'a&b', quantity: 1, sellerId: 's 1' }])).toBe(
      '/checkout/cart/add?sku=a%26b&qty=1&seller=s+1',
    );
  });

  test('items that cannot be added (no sku, no seller, no quantity) are skipped; none left -> null', () => {
    const broken = [
      { skuId: null, quantity: 1, sellerId: '1' },
      { skuId: '1', quantity: 0, sellerId: '1' },
      { skuId: '1', quantity: null, sellerId: '1' },
      { skuId: '1', quantity: 1, sellerId: null },
    ];
    expect(buildReorderUrl(broken)).toBeNull();
    expect(buildReorderUrl([gift])).toBeNull();
    expect(buildReorderUrl([...broken, sock])).toBe('/checkout/cart/add?sku=31&qty=1&seller=seller-b');
  });
});
