import { describe, expect, test } from 'vitest';
import { pageShowsPurchase, purchaseRelation } from '../../../src/domain/index.ts';

const order = (orderId: string, orderGroup: string | null = orderId.replace(/-\d+$/, '')) => ({ orderId, orderGroup });

describe('purchaseRelation: what the data proves of a split purchase', () => {
  test('-02 names -01; -03 names -01 and -02, in order, with their written width', () => {
    expect(purchaseRelation(order('808-02'))).toEqual({ orderGroup: '808', siblings: ['808-01'] });
    expect(purchaseRelation(order('808-03'))?.siblings).toEqual(['808-01', '808-02']);
    expect(purchaseRelation(order('808-2'))?.siblings).toEqual(['808-1']);
  });

  test('-01 alone proves nothing; with a sibling it has been shown, it names that one', () => {
    expect(purchaseRelation(order('808-01'))).toBeNull();
    expect(purchaseRelation(order('808-01'), [order('808-01'), order('808-02'), order('999-02')])).toEqual({
      orderGroup: '808',
      siblings: ['808-02'],
    });
  });

  test('shown siblings and implied ones are merged once, ordered by number', () => {
    const seen = [order('808-04'), order('808-01'), order('808-03')];
    expect(purchaseRelation(order('808-03'), seen)?.siblings).toEqual(['808-01', '808-02', '808-04']);
  });

  test('no group, or an id that is not {group}-NN: only orders shown with the same group count', () => {
    expect(purchaseRelation(order('808-02', null))).toBeNull();
    expect(purchaseRelation(order('odd-id', 'grp'))).toBeNull();
    expect(purchaseRelation(order('odd-id', 'grp'), [order('grp-01', 'grp')])?.siblings).toEqual(['grp-01']);
  });
});

describe('pageShowsPurchase: when the loaded page already shows the whole purchase', () => {
  const rows = ['100-01', '808-01', '808-02', '200-01', '300-01'].map((id) => order(id));
  const page = { rows, hasPrevious: true, hasNext: true, filtered: false };

  test('a purchase with rows of other purchases on both sides is all there', () => {
    expect(pageShowsPurchase('808-01', page)).toBe(true);
    expect(pageShowsPurchase('808-02', page)).toBe(true);
    expect(pageShowsPurchase('200-01', page)).toBe(true);
  });

  test('at an edge with a page beyond it, its other orders may be there: not shown', () => {
    expect(pageShowsPurchase('100-01', page)).toBe(false);
    expect(pageShowsPurchase('300-01', page)).toBe(false);
    expect(pageShowsPurchase('100-01', { ...page, hasPrevious: false })).toBe(true);
    expect(pageShowsPurchase('300-01', { ...page, hasNext: false })).toBe(true);
  });

  test('a purchase filling the page to its edge, a filtered page, or an order not on it: not shown', () => {
    expect(pageShowsPurchase('808-01', { ...page, rows: rows.slice(1, 3), hasPrevious: false })).toBe(false);
    expect(pageShowsPurchase('808-01', { ...page, filtered: true })).toBe(false);
    expect(pageShowsPurchase('999-01', page)).toBe(false);
  });
});
