/**
 * Small lookups the cancellation views share: why cancel is not offered (in the state's own
 * words), the reason labels offered, the store's help links made safe, and the live message
 * for a model announcement.
 */
import {
  type CancellabilityFacts,
  type NotCancellableReason,
  type OrderStage,
  safeHttpUrl,
  whyNotCancellable,
} from '../domain/index.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import { normaliseReasons } from '../state/cancel/draft.ts';
import type { CancelAnnouncement, CancelFailure } from '../state/cancel/model.ts';
import type { StoreConfig } from './env.ts';

/**
 * Why cancel is not offered, with the words of the order's own state: the domain's reason,
 * made precise where its sentence would be untrue or vague (a delivered order is not returned
 * "after it arrives"; an order before payment approval is still being confirmed).
 */
export type NotOfferedReason = NotCancellableReason | 'turned-off' | 'delivered' | 'confirming';

/** Stages before the payment is approved: the order is still being confirmed. */
const CONFIRMING = new Set<OrderStage>(['placed', 'pending-approval', 'payment-pending']);

/** `allowCancellation` alone decides whether cancel is offered (null); this only words a no. */
export function notOfferedReason(order: CancellabilityFacts, enabled: boolean): NotOfferedReason | null {
  const why = whyNotCancellable(order);
  if (why === null) return enabled ? null : 'turned-off';
  if (why === 'invoiced' && order.stage === 'delivered') return 'delivered';
  if (why === 'not-at-this-step' && CONFIRMING.has(order.stage)) return 'confirming';
  return why;
}

const DEFAULT_REASON_KEYS: readonly MessageKey[] = [
  'cancel.reason.mistake',
  'cancel.reason.price',
  'cancel.reason.delivery',
  'cancel.reason.change',
];

/** The store's reasons for this widget, else the locale's defaults ("Other" is added by the view). */
export function reasonLabels(store: StoreConfig, t: Translate): readonly string[] {
  const reasons = normaliseReasons(store.cancelReasons);
  if (!reasons) return DEFAULT_REASON_KEYS.map((key) => t(key));
  // "Other" is always the view's own last choice, with free text; a store's "Other" would repeat it.
  const other = t('cancel.reason.other').toLocaleLowerCase();
  return reasons.filter((label) => label.toLocaleLowerCase() !== other);
}

export type StoreLinkKind = 'contactUrl' | 'changeOrderUrl' | 'returnsUrl';

/** A store link with `{orderId}` filled in; only http(s) or a path on the page's origin. */
export function storeLink(store: StoreConfig, kind: StoreLinkKind, orderId: string): string | null {
  const raw = store[kind];
  if (!raw) return null;
  return safeHttpUrl(raw.replaceAll('{orderId}', encodeURIComponent(orderId)), store.origin ?? null);
}

export function announcementText(announcement: CancelAnnouncement, t: Translate): string {
  const text = t(`cancel.live.${announcement.kind}`, { orderId: announcement.orderId });
  const reason = announcement.kind === 'denied' && announcement.denyReason;
  return reason ? `${text} ${t('timeline.reason', { reason })}` : text;
}

/**
 * Whether sending again can help: not once the order moved on, nor for sign-in or access problems.
 * "Not confirmed" can: the order was read and shows no request (a late write meets the retry as a
 * 409 that finds the shopper's own request, a success).
 */
export function canRetry(failure: CancelFailure | null): boolean {
  if (failure === null || failure.kind === 'unconfirmed') return true;
  return failure.kind === 'error' && !['unauthorized', 'forbidden', 'not-found'].includes(failure.error.code);
}
