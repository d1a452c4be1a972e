/**
 * English, the reference catalog, part one: the words the list and the widget's frame need,
 * inside the script. The order view's words (en-order.ts) come with the order view. Every other
 * locale must carry every key of both (checked by the type).
 */
import type { enOrder } from './en-order.ts';

export const en = {
  'widget.label': 'My orders',
  'live.listLoaded': {
    one: 'Showing {count} order, page {page} of {pages}.',
    other: 'Showing {count} orders, page {page} of {pages}.',
  },
  'live.noOrders': 'You have no orders yet.',
  'live.noResults': 'No orders match these filters.',
  'live.orderLoaded': 'Order {orderId} opened.',

  'list.heading': 'Your orders',
  'list.loading': 'Loading your orders…',
  'list.updated': 'Updated {time}',
  'list.updatedNow': 'Updated just now',
  'list.olderNote': 'The store decides how far back your order history goes.',
  'list.localFilterNote': 'This store only searches the orders already loaded, so results may be incomplete.',
  'list.empty.title': 'You have no orders yet',
  'list.empty.body': 'When you buy something, your order will appear here.',
  'list.noResults.title': 'No orders match these filters',
  'list.noResults.body': 'Try another status, date range or search.',
  'list.row.open': 'Order {orderId}',
  'list.row.placedOn': 'Placed on {date}',
  'list.row.total': 'Total',
  'list.row.items': { one: '{count} item', other: '{count} items' },
  'list.row.moreItems': { one: 'and {count} more', other: 'and {count} more' },
  'list.row.noItemNames': 'Item details are in the order',
  'list.row.arrivingBy': 'Arriving by {date}',
  'list.row.expectedBy': 'Expected by {date}',
  'list.row.deliveredOn': 'Delivered {date}',
  'list.row.related': {
    one: 'Part of purchase {group}, with {count} other order',
    other: 'Part of purchase {group}, with {count} other orders',
  },

  'pagination.label': 'Order pages',
  'pagination.previous': 'Previous page',
  'pagination.next': 'Next page',
  'pagination.status': 'Page {page} of {pages}',

  'filters.label': 'Filter orders',
  'filters.status': 'Status',
  'filters.status.all': 'All statuses',
  'filters.from': 'Placed from',
  'filters.to': 'Placed until',
  'filters.text': 'Order number or product',
  'filters.search': 'Search',
  'filters.clear': 'Clear filters',

  'stage.placed': 'Order placed',
  'stage.pending-approval': 'Pending approval',
  'stage.payment-pending': 'Payment pending',
  'stage.payment-approved': 'Payment approved',
  'stage.payment-denied': 'Payment denied',
  'stage.preparing': 'Preparing',
  'stage.shipped': 'Shipped',
  'stage.delivered': 'Delivered',
  'stage.cancellation-requested': 'Cancellation requested',
  'stage.canceling': 'Canceling',
  'stage.canceled': 'Canceled',
  'stage.replaced': 'Replaced by a changed order',
  'stage.creation-error': 'Not completed',
  'stage.unknown': 'Processing',

  'detail.back': 'Back to orders',
  'detail.heading': 'Order {orderId}',
  'detail.loading': 'Loading order…',

  'error.unauthorized.title': 'Please sign in',
  'error.unauthorized.body': 'Your session has ended. Sign in to see your orders.',
  'error.signIn': 'Sign in',
  'error.forbidden.title': 'Access denied',
  'error.forbidden.body': 'This account cannot see these orders. Try signing in again.',
  'error.not-found.title': 'Order not found',
  'error.not-found.body': 'We could not find this order in your account. It may belong to another account.',
  'error.conflict.title': 'The order changed',
  'error.conflict.body': 'The order changed while you were looking at it. Try again to see it as it is now.',
  'error.rate-limited.title': 'Too many requests',
  'error.rate-limited.body': 'The store is busy. Try again in a moment.',
  'error.network.title': 'You seem to be offline',
  'error.network.body': 'Check your connection and try again.',
  'error.timeout.title': 'The store is taking too long',
  'error.timeout.body': 'The request took too long. Try again.',
  'error.server.title': 'Something went wrong at the store',
  'error.server.body': 'The store could not answer right now. Try again in a moment.',
  'error.bad-response.title': 'We could not read the store’s answer',
  'error.bad-response.body':
    'The store sent something unexpected. Try again; if it keeps happening, contact the store.',
  'error.list-not-found.title': 'Your order history is not available',
  'error.list-not-found.body':
    'The store did not find it just now. Try again; if it keeps happening, contact the store.',
  'error.widget-files.title': 'This part of the page did not load',
  'error.widget-files.body': 'Your browser could not load the widget’s files. Try again.',
  'error.wait': 'You can try again {when}.',
  'error.retry': 'Try again',
  'error.backToList': 'Back to orders',

  'value.unavailable': 'Unavailable',
} as const satisfies Record<string, string | { one?: string; other: string; zero?: string }>;

export type MessageKey = keyof typeof en | keyof typeof enOrder;
export type Messages = { [K in MessageKey]: string | { one?: string; other: string; zero?: string } };
