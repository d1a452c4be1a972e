/**
 * A timeline entry in words: its title, who acted, its state, its date and notes (reasons).
 * Kept apart from the markup so each entry kind reads as one small table of facts.
 */
import type { CancellationActor, TimelineEntry } from '../domain/index.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';

export type EntryState = 'done' | 'current' | 'upcoming' | 'failed';

export interface EntryWords {
  title: string;
  by: string | null;
  state: EntryState;
  /** null: this step carries no date (upcoming, or one VTEX never records). */
  date: Date | null;
  /** Whether a missing date should be said as unavailable. */
  dated: boolean;
  notes: string[];
}

const ACTOR_KEYS: Record<CancellationActor, MessageKey> = {
  shopper: 'timeline.byShopper',
  seller: 'timeline.byStore',
  payment: 'timeline.byPayment',
  system: 'timeline.bySystem',
};

function reason(t: Translate, text: string | null): string[] {
  return text === null ? [] : [t('timeline.reason', { reason: text })];
}

export function describeEntry(entry: TimelineEntry, t: Translate): EntryWords[] {
  switch (entry.kind) {
    case 'cancellation-request': {
      const requested: EntryWords = {
        title: t('stage.cancellation-requested'),
        by: t(entry.requestedByUser ? 'timeline.byShopper' : 'timeline.byStore'),
        state: entry.outcome === 'pending' ? 'current' : 'done',
        date: entry.requestedAt,
        dated: true,
        notes: [...reason(t, entry.reason), ...(entry.outcome === 'pending' ? [t('timeline.requestPending')] : [])],
      };
      if (entry.outcome === 'pending') return [requested];
      const decision: EntryWords =
        entry.outcome === 'denied'
          ? {
              title: t('timeline.cancellation-denied'),
              by: null,
              state: 'done',
              date: entry.decidedAt,
              dated: true,
              notes: entry.sellerReason === null ? [] : [t('timeline.sellerReason', { reason: entry.sellerReason })],
            }
          : {
              title: t('timeline.requestApproved'),
              by: null,
              state: 'done',
              date: entry.decidedAt,
              dated: true,
              notes: [],
            };
      return [requested, decision];
    }
    case 'canceled':
      return [
        {
          title: t('stage.canceled'),
          by: entry.requestedBy === null ? null : t(ACTOR_KEYS[entry.requestedBy]),
          state: entry.state,
          date: entry.date,
          dated: entry.state === 'done',
          notes: reason(t, entry.reason),
        },
      ];
    default: {
      const reached = entry.state === 'done';
      // A denied payment reads "Payment approval: Denied", with what the shopper can do about it.
      const denied = entry.kind === 'payment' && entry.state === 'failed';
      const title =
        entry.kind === 'payment' && !reached
          ? t('timeline.payment-waiting')
          : t(`stage.${entry.kind === 'payment' ? 'payment-approved' : entry.kind}`);
      // Shipped but not yet delivered: the order is on its way, since its invoice date.
      const travelling = entry.kind === 'shipped' && entry.state === 'current';
      // VTEX records no date for the start of preparation.
      return [
        {
          title,
          by: null,
          state: entry.state,
          date: entry.date,
          dated: (reached && entry.kind !== 'preparing') || travelling,
          notes: travelling ? [t('packages.inTransit')] : denied ? [t('timeline.paymentDenied.advice')] : [],
        },
      ];
    }
  }
}
