/**
 * The stack floor: the smallest app that uses what the widget is built on (Preact with hooks,
 * signals, ky), rendering a list from the store's API into a shadow root. Built like the
 * widget's script (bench/bytes.ts), its bytes are what any widget on this stack pays before
 * its own code: the widget's "own code" is its script over this.
 */
import { signal } from '@preact/signals';
import ky from 'ky';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Row {
  orderId: string;
  status: string;
}

const rows = signal<Row[]>([]);

function App() {
  const [page, setPage] = useState(1);
  useEffect(() => {
    const controller = new AbortController();
    ky.get('api/oms/user/orders', {
      prefixUrl: '/',
      searchParams: { page, per_page: 15 },
      signal: controller.signal,
    })
      .json<{ list: Row[] }>()
      .then(
        (json) => {
          rows.value = json.list;
        },
        () => {},
      );
    return () => controller.abort();
  }, [page]);
  return (
    <section>
      <ol>
        {rows.value.map((row) => (
          <li key={row.orderId}>
            {row.orderId} {row.status}
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => setPage(page + 1)}>
        Next
      </button>
    </section>
  );
}

const host = document.querySelector<HTMLElement>('#orders');
if (host) render(<App />, host.attachShadow({ mode: 'open' }));
