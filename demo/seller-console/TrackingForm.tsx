/** Adds a courier event to one of the order's invoices, or marks its package delivered. */
import { useId, useState } from 'preact/hooks';
import type { MockOrderSummary } from '../../mocks/index.ts';
import type { ConsoleActions } from './console-actions.ts';

interface Props {
  order: MockOrderSummary;
  actions: ConsoleActions;
}

export function TrackingForm({ order, actions }: Props) {
  const id = useId();
  const [chosen, setChosen] = useState('');
  const [city, setCity] = useState('São Paulo');
  const [state, setState] = useState('SP');
  const [description, setDescription] = useState('');
  const invoiceNumber = order.invoiceNumbers.includes(chosen) ? chosen : (order.invoiceNumbers[0] ?? '');

  async function addEvent(event: Event) {
    event.preventDefault();
    const text = description.trim() || 'In transit';
    if (
      await actions.addTrackingEvent(order, invoiceNumber, {
        city: city.trim(),
        state: state.trim(),
        description: text,
      })
    )
      setDescription('');
  }

  return (
    <form class="sc-tracking" onSubmit={addEvent} aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`}>Tracking</h5>
      <label>
        Invoice
        <select value={invoiceNumber} onChange={(event) => setChosen(event.currentTarget.value)}>
          {order.invoiceNumbers.map((number) => (
            <option key={number} value={number}>
              {number}
            </option>
          ))}
        </select>
      </label>
      <label>
        City
        <input value={city} onInput={(event) => setCity(event.currentTarget.value)} />
      </label>
      <label>
        State
        <input value={state} onInput={(event) => setState(event.currentTarget.value)} />
      </label>
      <label>
        Description
        <input
          value={description}
          placeholder="In transit"
          onInput={(event) => setDescription(event.currentTarget.value)}
        />
      </label>
      <div class="sc-buttons">
        <button type="submit">Add tracking event</button>
        <button type="button" onClick={() => void actions.markDelivered(order, invoiceNumber)}>
          Mark delivered
        </button>
      </div>
    </form>
  );
}
