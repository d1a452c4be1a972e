import { useState } from 'preact/hooks';
import type { OrderItem } from '../domain/index.ts';
import { useEnv } from './env.ts';

interface Props {
  item: OrderItem;
  currency: string | null;
}

/** One item: image and name (linked when the link is http(s)), seller, gift, prices. */
export function OrderItemRow({ item, currency }: Props) {
  const { t, format } = useEnv();
  const [imageFailed, setImageFailed] = useState(false);
  // Both are http(s) or null already (the API's mapping, api/map-order.ts).
  const image = imageFailed ? null : item.imageUrl;
  const link = item.detailUrl;
  const name = item.name ?? t('value.unavailable');
  const quantity = item.quantity;
  const wasHigher = item.listPrice !== null && item.unitPrice !== null && item.listPrice > item.unitPrice;
  return (
    <tr class="item-row">
      <th scope="row" class="item-product">
        {image ? (
          // The name stands beside it, so the picture is decorative; a broken one becomes the placeholder.
          <img
            class="item-image"
            src={image}
            alt=""
            loading="lazy"
            decoding="async"
            width={64}
            height={64}
            onError={() => setImageFailed(true)}
          />
        ) : (
          <span class="item-image item-image-missing" aria-hidden="true" />
        )}
        <span class="item-text">
          {link ? (
            <a class="item-name" href={link}>
              {name}
            </a>
          ) : (
            <span class="item-name">{name}</span>
          )}
          <span class="item-seller">{t('items.soldBy', { seller: item.sellerName ?? t('value.unavailable') })}</span>
          {item.isGift && <span class="item-gift">{t('items.gift')}</span>}
        </span>
      </th>
      <td class="item-quantity" data-label={t('items.quantity')}>
        {quantity === null ? t('value.unavailable') : String(quantity)}
      </td>
      <td class="item-price" data-label={t('items.unitPrice')}>
        {wasHigher && (
          <>
            <s class="item-list-price" aria-hidden="true">
              {format.money(item.listPrice, currency)}
            </s>
            <span class="visually-hidden">
              {t('items.listPrice', { price: format.money(item.listPrice, currency) })}
            </span>{' '}
          </>
        )}
        <span class="item-unit-price">{format.money(item.unitPrice, currency)}</span>
      </td>
      <td class="item-line-price" data-label={t('totals.total')}>
        {format.money(item.linePrice, currency)}
      </td>
    </tr>
  );
}
