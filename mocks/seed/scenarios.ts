/**
 * The fixture matrix: one spec per case the widget must show (every status of the flow,
 * the grace period, split purchases, pickup, three currencies, invoices and tracking,
 * cancellation requests pending, denied and approved, incomplete and very old orders).
 * Times are "ago" from the clock's now, so the window cases exist after every reset.
 */
import { DAY, HOUR, MINUTE } from '../dates.ts';
import type { OrderSpec } from './spec.ts';

const SECOND = 1000;

export const MAIN_SCENARIOS: readonly OrderSpec[] = [
  // Inside the grace period (30 minutes by default).
  {
    shopper: 'main',
    status: 'window-to-cancel',
    currency: 'BRL',
    createdAgo: 9 * MINUTE,
    approvedAfter: 4 * MINUTE,
    payment: 'creditCard',
  },
  {
    shopper: 'main',
    status: 'window-to-cancel',
    currency: 'USD',
    createdAgo: 22 * MINUTE,
    approvedAfter: 2 * MINUTE,
    channel: 'pickup-in-point',
  },
  {
    shopper: 'main',
    status: 'window-to-cancel',
    currency: 'BRL',
    createdAgo: 14 * MINUTE,
    approvedAfter: 2 * MINUTE,
    splitKey: 'split-window',
    sellerId: '1',
  },
  {
    shopper: 'main',
    status: 'window-to-cancel',
    currency: 'BRL',
    createdAgo: 14 * MINUTE,
    approvedAfter: 2 * MINUTE,
    splitKey: 'split-window',
    sellerId: 'techworld',
  },
  // Before and around payment.
  { shopper: 'main', status: 'order-created', currency: 'BRL', createdAgo: 40 * SECOND },
  { shopper: 'main', status: 'payment-approved', currency: 'EUR', createdAgo: 3 * MINUTE, approvedAfter: 3 * MINUTE },
  { shopper: 'main', status: 'payment-pending', currency: 'BRL', createdAgo: DAY + 2 * HOUR, payment: 'bankInvoice' },
  { shopper: 'main', status: 'payment-denied', currency: 'USD', createdAgo: 2 * DAY, payment: 'creditCard' },
  {
    shopper: 'main',
    status: 'payment-pending',
    currency: 'BRL',
    createdAgo: 3 * HOUR,
    payment: 'creditCard',
    incomplete: true,
  },
  // After the grace period.
  { shopper: 'main', status: 'ready-for-handling', currency: 'BRL', createdAgo: 3 * HOUR, approvedAfter: 10 * MINUTE },
  { shopper: 'main', status: 'ready-for-handling', currency: 'USD', createdAgo: DAY, channel: 'pickup-in-point' },
  { shopper: 'main', status: 'start-handling', currency: 'BRL', createdAgo: DAY + 5 * HOUR },
  { shopper: 'main', status: 'handling', currency: 'EUR', createdAgo: 2 * DAY },
  // Invoices: partial, being verified, shipped, delivered.
  {
    shopper: 'main',
    status: 'handling',
    currency: 'BRL',
    createdAgo: 3 * DAY,
    itemCount: 3,
    invoice: 'partial',
    tracking: 'in-transit',
  },
  { shopper: 'main', status: 'invoice', currency: 'USD', createdAgo: 2 * DAY + 4 * HOUR, invoice: 'full' },
  {
    shopper: 'main',
    status: 'invoiced',
    currency: 'BRL',
    createdAgo: 5 * DAY,
    invoice: 'full',
    tracking: 'in-transit',
  },
  {
    shopper: 'main',
    status: 'invoiced',
    currency: 'USD',
    createdAgo: 20 * DAY,
    invoice: 'full',
    tracking: 'delivered',
    gift: true,
  },
  {
    shopper: 'main',
    status: 'invoiced',
    currency: 'EUR',
    createdAgo: 35 * DAY,
    invoice: 'full',
    tracking: 'delivered',
    channel: 'pickup-in-point',
  },
  // Cancellation requests: pending, denied (kept with the seller's reason), approved.
  {
    shopper: 'main',
    status: 'cancellation-requested',
    currency: 'BRL',
    createdAgo: 4 * DAY,
    request: {
      state: 'pending',
      ago: 2 * DAY,
      previousStatus: 'handling',
      reason: 'Encontrei o produto mais barato em outra loja.',
    },
  },
  {
    shopper: 'main',
    status: 'handling',
    currency: 'BRL',
    createdAgo: 8 * DAY,
    request: {
      state: 'denied',
      ago: 6 * DAY,
      previousStatus: 'handling',
      reason: 'Comprei por engano.',
      deniedReason: 'O pedido já foi separado e embalado no nosso centro de distribuição.',
      deniedAfter: 5 * HOUR,
    },
  },
  {
    shopper: 'main',
    status: 'canceled',
    currency: 'USD',
    createdAgo: 10 * DAY,
    request: {
      state: 'accepted',
      ago: 9 * DAY,
      previousStatus: 'ready-for-handling',
      reason: 'The delivery date is too late for me.',
    },
    cancellation: { by: 'user', ago: 8 * DAY, reason: 'The delivery date is too late for me.' },
  },
  // Canceling and canceled.
  {
    shopper: 'main',
    status: 'cancel',
    currency: 'BRL',
    createdAgo: 15 * MINUTE,
    approvedAfter: 3 * MINUTE,
    cancelCompletesIn: 10 * MINUTE,
    request: { state: 'accepted', ago: MINUTE, previousStatus: 'window-to-cancel', reason: 'Desisti da compra.' },
    cancellation: { by: 'user', ago: MINUTE, reason: 'Desisti da compra.' },
  },
  {
    shopper: 'main',
    status: 'canceled',
    currency: 'BRL',
    createdAgo: 15 * DAY,
    approvedAfter: 5 * MINUTE,
    request: {
      state: 'accepted',
      ago: 15 * DAY - 20 * MINUTE,
      previousStatus: 'window-to-cancel',
      reason: 'Escolhi o tamanho errado.',
    },
    cancellation: { by: 'user', ago: 15 * DAY - 20 * MINUTE, reason: 'Escolhi o tamanho errado.' },
  },
  {
    shopper: 'main',
    status: 'canceled',
    currency: 'EUR',
    createdAgo: 40 * DAY,
    cancellation: { by: 'payment', ago: 40 * DAY - HOUR, reason: 'Pago denegado por la entidad emisora.' },
  },
  {
    shopper: 'main',
    status: 'canceled',
    currency: 'BRL',
    createdAgo: 60 * DAY,
    cancellation: { by: 'seller', ago: 58 * DAY, reason: 'Produto sem estoque no momento do faturamento.' },
  },
  {
    shopper: 'main',
    status: 'canceled',
    currency: 'BRL',
    createdAgo: 75 * DAY,
    request: {
      state: 'accepted',
      ago: 72 * DAY,
      previousStatus: 'handling',
      reason: 'O prazo de entrega mudou e não vou estar em casa.',
    },
    cancellation: { by: 'deadline', ago: 42 * DAY, reason: 'O prazo de entrega mudou e não vou estar em casa.' },
  },
  // List quirks: rows with `items: null`, a split purchase already delivered, old rows without currency.
  {
    shopper: 'main',
    status: 'invoiced',
    currency: 'BRL',
    createdAgo: 90 * DAY,
    invoice: 'full',
    tracking: 'delivered',
    listItemsNull: true,
  },
  {
    shopper: 'main',
    status: 'invoiced',
    currency: 'USD',
    createdAgo: 200 * DAY,
    invoice: 'full',
    tracking: 'delivered',
    listItemsNull: true,
  },
  {
    shopper: 'main',
    status: 'invoiced',
    currency: 'BRL',
    createdAgo: 45 * DAY,
    invoice: 'full',
    tracking: 'delivered',
    splitKey: 'split-delivered',
    sellerId: '1',
  },
  {
    shopper: 'main',
    status: 'invoiced',
    currency: 'BRL',
    createdAgo: 45 * DAY,
    invoice: 'full',
    tracking: 'delivered',
    splitKey: 'split-delivered',
    sellerId: 'casaecozinha',
  },
  {
    shopper: 'main',
    status: 'invoiced',
    currency: 'BRL',
    createdAgo: 600 * DAY,
    invoice: 'full',
    tracking: 'delivered',
    listCurrencyNull: true,
  },
  // Older than two years: in the store, never in the list.
  {
    shopper: 'main',
    status: 'invoiced',
    currency: 'BRL',
    createdAgo: 800 * DAY,
    invoice: 'full',
    tracking: 'delivered',
    listCurrencyNull: true,
  },
];

export const SECOND_SCENARIOS: readonly OrderSpec[] = [
  {
    shopper: 'second',
    status: 'window-to-cancel',
    currency: 'USD',
    createdAgo: 12 * MINUTE,
    approvedAfter: 2 * MINUTE,
  },
  { shopper: 'second', status: 'ready-for-handling', currency: 'BRL', createdAgo: 2 * DAY },
  {
    shopper: 'second',
    status: 'invoiced',
    currency: 'EUR',
    createdAgo: 30 * DAY,
    invoice: 'full',
    tracking: 'delivered',
  },
  {
    shopper: 'second',
    status: 'canceled',
    currency: 'BRL',
    createdAgo: 50 * DAY,
    cancellation: { by: 'seller', ago: 49 * DAY, reason: 'Endereço fora da área de entrega.' },
  },
];

/** The main shopper's orders within two years: scenarios plus seeded filler, about 60. */
export const MAIN_LISTED_TARGET = 60;
