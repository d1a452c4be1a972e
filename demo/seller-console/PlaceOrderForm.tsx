/** Places a fresh order: payment pending, approved a few seconds later, then the grace period. */
import { useId, useState } from 'preact/hooks';
import type { Currency, Shopper } from './console-actions.ts';
import type { ConsoleModel } from './console-model.ts';

const SHOPPERS: ReadonlyArray<{ value: Shopper; label: string }> = [
  { value: 'main', label: 'Main shopper' },
  { value: 'second', label: 'Second shopper' },
];
const CURRENCIES: readonly Currency[] = ['BRL', 'USD', 'EUR'];

export function PlaceOrderForm({ model }: { model: ConsoleModel }) {
  const id = useId();
  const [shopper, setShopper] = useState<Shopper>('main');
  const [currency, setCurrency] = useState<Currency>('BRL');

  function place(event: Event) {
    event.preventDefault();
    void model.actions.placeOrder(shopper, currency);
  }

  return (
    <form class="sc-row" onSubmit={place} aria-labelledby={`${id}-legend`}>
      <span id={`${id}-legend`} class="sc-row-title">
        New order
      </span>
      <label>
        Shopper
        <select
          value={shopper}
          onChange={(event) => setShopper(event.currentTarget.value === 'second' ? 'second' : 'main')}
        >
          {SHOPPERS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Currency
        <select
          value={currency}
          onChange={(event) => setCurrency(CURRENCIES.find((code) => code === event.currentTarget.value) ?? 'BRL')}
        >
          {CURRENCIES.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Place order</button>
    </form>
  );
}
