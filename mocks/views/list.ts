/** `GET /api/oms/user/orders`: VTEX's `Userorderslist`, newest first, last two years only. */
import type { WireOrderList, WireOrderListItem, WireStat } from '../../src/contract/vtex-orders.ts';
import { isoDate, TWO_YEARS } from '../dates.ts';
import type { OrderRecord } from '../model.ts';
import { fullName, SHOPPERS } from '../seed/people.ts';
import { STORES } from '../seed/stores.ts';
import type { ListQuery } from './list-query.ts';

function totalItems(order: OrderRecord): number {
  return order.items.reduce((sum, item) => sum + item.quantity, 0);
}

export function listRow(order: OrderRecord): WireOrderListItem {
  const at = (ms: number | null): string | null => (ms === null ? null : isoDate(ms, order.dateStyle));
  const shipped = order.status !== 'canceled' && order.status !== 'cancel';
  return {
    orderId: order.orderId,
    creationDate: isoDate(order.creationDate, order.dateStyle),
    clientName: fullName(SHOPPERS[order.shopper]),
    items: order.listItemsNull
      ? null
      : order.items.map((item) => ({
          seller: item.sellerId,
          quantity: item.quantity,
          description: item.name,
          ean: item.ean,
          refId: item.refId,
          id: item.skuId,
          productId: item.productId,
          sellingPrice: item.sellingPrice,
          price: item.price,
        })),
    totalValue: order.value,
    paymentNames: order.payment.paymentSystemName,
    status: order.status,
    statusDescription: STORES[order.currency].statusDescriptions[order.status],
    marketPlaceOrderId: '',
    sequence: order.sequence,
    salesChannel: '1',
    affiliateId: '',
    origin: 'Marketplace',
    workflowInErrorState: false,
    workflowInRetry: false,
    lastMessageUnread: null,
    ShippingEstimatedDate: shipped ? at(order.shipping.estimateDate) : null,
    ShippingEstimatedDateMax: null,
    ShippingEstimatedDateMin: null,
    orderIsComplete: order.isCompleted,
    listId: null,
    listType: null,
    authorizedDate: at(order.authorizedDate),
    callCenterOperatorName: null,
    totalItems: totalItems(order),
    currencyCode: order.listCurrencyNull ? null : order.currency,
  };
}

/** Solr-style stats over the whole filtered set; VTEX types every figure as an integer. */
function stat(values: number[]): WireStat {
  const count = values.length;
  const sum = values.reduce((a, b) => a + b, 0);
  const sumOfSquares = values.reduce((a, b) => a + b * b, 0);
  const mean = count ? sum / count : 0;
  const variance = count > 1 ? Math.max(0, (sumOfSquares - count * mean * mean) / (count - 1)) : 0;
  return {
    Count: count,
    Max: count ? Math.max(...values) : 0,
    Mean: Math.round(mean),
    Min: count ? Math.min(...values) : 0,
    Missing: 0,
    StdDev: Math.round(Math.sqrt(variance)),
    Sum: sum,
    SumOfSquares: sumOfSquares,
    Facets: {},
  };
}

function matches(order: OrderRecord, query: ListQuery, now: number): boolean {
  if (order.creationDate < now - TWO_YEARS) return false;
  if (query.statuses.length > 0 && !query.statuses.includes(order.status)) return false;
  if (query.createdFrom !== null && order.creationDate < query.createdFrom) return false;
  if (query.createdTo !== null && order.creationDate > query.createdTo) return false;
  const text = query.text;
  if (
    text !== null &&
    !order.orderId.toLowerCase().includes(text) &&
    !order.items.some((item) => item.name.toLowerCase().includes(text))
  )
    return false;
  return true;
}

export function listView(orders: readonly OrderRecord[], query: ListQuery, now: number): WireOrderList {
  const found = orders
    .filter((order) => matches(order, query, now))
    .sort((a, b) => b.creationDate - a.creationDate || (a.orderId < b.orderId ? 1 : -1));
  const start = (query.page - 1) * query.perPage;
  return {
    list: found.slice(start, start + query.perPage).map(listRow),
    facets: [],
    paging: {
      total: found.length,
      pages: Math.ceil(found.length / query.perPage),
      currentPage: query.page,
      perPage: query.perPage,
    },
    stats: {
      stats: {
        totalValue: stat(found.map((order) => order.value)),
        totalItems: stat(found.map(totalItems)),
      },
    },
  };
}
