import type { Address } from '../domain/index.ts';
import { useEnv } from './env.ts';

interface Props {
  address: Address | null;
  /** The receiver's name belongs to a shipping address, not to a pickup point. */
  withReceiver?: boolean;
}

function joined(parts: Array<string | null>, separator: string): string | null {
  const present = parts.filter((part): part is string => part !== null);
  return present.length === 0 ? null : present.join(separator);
}

/** An address as lines of text: receiver; street, number, complement; neighborhood; city, state and postal code. */
export function PostalAddress({ address, withReceiver = false }: Props) {
  const { t } = useEnv();
  const lines = address
    ? [
        withReceiver && address.receiverName !== null ? t('delivery.receiver', { name: address.receiverName }) : null,
        joined([address.street, address.number, address.complement], ', '),
        address.neighborhood,
        joined([joined([address.city, address.state], ' - '), address.postalCode], ', '),
      ].filter((line): line is string => line !== null)
    : [];
  if (lines.length === 0) return <span class="postal-address">{t('value.unavailable')}</span>;
  return (
    <span class="postal-address">
      {lines.map((line) => (
        <span key={line} class="postal-address-line">
          {line}
        </span>
      ))}
    </span>
  );
}
