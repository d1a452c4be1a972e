/** The main shopper's ordinary past: delivered and canceled orders spread over two years. */
import { DAY, HOUR, MINUTE } from '../dates.ts';
import type { CurrencyCode } from '../model.ts';
import type { Prng } from '../prng.ts';
import type { OrderSpec } from './spec.ts';
import { MARKETPLACE_SELLERS } from './stores.ts';

const USER_REASONS: Record<CurrencyCode, readonly string[]> = {
  BRL: [
    'Comprei por engano.',
    'Encontrei um preço melhor.',
    'O prazo de entrega é muito longo.',
    'Quero mudar a forma de pagamento.',
  ],
  USD: [
    'Ordered by mistake.',
    'Found a better price elsewhere.',
    'Shipping takes too long.',
    'I need a different size.',
  ],
  EUR: ['Lo pedí por error.', 'Encontré un precio mejor.', 'El plazo de entrega es demasiado largo.'],
};

const SELLER_REASONS: Record<CurrencyCode, string> = {
  BRL: 'Produto sem estoque.',
  USD: 'Item out of stock.',
  EUR: 'Producto sin existencias.',
};

function pickCurrency(prng: Prng): CurrencyCode {
  const roll = prng.next();
  return roll < 0.6 ? 'BRL' : roll < 0.85 ? 'USD' : 'EUR';
}

function fillerSpec(prng: Prng, createdAgo: number, currency: CurrencyCode): OrderSpec {
  const base: OrderSpec = {
    shopper: 'main',
    status: 'invoiced',
    currency,
    createdAgo,
    channel: prng.chance(0.15) ? 'pickup-in-point' : 'delivery',
    listItemsNull: prng.chance(0.05),
    listCurrencyNull: createdAgo > 500 * DAY && prng.chance(0.5),
  };
  if (prng.chance(0.75)) return { ...base, invoice: 'full', tracking: 'delivered' };
  const kind = prng.pick(['user', 'seller', 'payment'] as const);
  if (kind === 'payment') {
    return {
      ...base,
      status: 'canceled',
      cancellation: { by: 'payment', ago: createdAgo - 2 * HOUR, reason: SELLER_REASONS[currency] },
    };
  }
  if (kind === 'seller') {
    return {
      ...base,
      status: 'canceled',
      cancellation: { by: 'seller', ago: createdAgo - 2 * DAY, reason: SELLER_REASONS[currency] },
    };
  }
  const reason = prng.pick(USER_REASONS[currency]);
  const ago = createdAgo - 20 * MINUTE;
  return {
    ...base,
    status: 'canceled',
    approvedAfter: 5 * MINUTE,
    request: { state: 'accepted', ago, previousStatus: 'window-to-cancel', reason },
    cancellation: { by: 'user', ago, reason },
  };
}

/** `count` specs, some of them split purchases (two sellers, one order group). */
export function fillerSpecs(prng: Prng, count: number): OrderSpec[] {
  const specs: OrderSpec[] = [];
  while (specs.length < count) {
    const createdAgo = prng.int(21, 700) * DAY + prng.int(0, 86_399) * 1000;
    const currency = pickCurrency(prng);
    const spec = fillerSpec(prng, createdAgo, currency);
    if (count - specs.length >= 2 && prng.chance(0.12)) {
      const splitKey = `filler-${specs.length}`;
      specs.push({ ...spec, splitKey, sellerId: '1' }, { ...spec, splitKey, sellerId: prng.pick(MARKETPLACE_SELLERS) });
    } else {
      specs.push(spec);
    }
  }
  return specs;
}
