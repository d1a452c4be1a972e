// The hand-written page the widget is measured against: no framework, no build. It fetches the
// same list JSON as the widget and draws the same screen (heading, freshness, filter form, the
// 15 rows, paging) into a shadow root; an order opens into a hand-written detail of the same
// order (overview, cancellation, progress, items, totals, delivery, payment). What a careful
// developer would write by hand: formatters made once, rows built off-screen and put in with one
// `replaceChildren`, the list kept (not redrawn) while an order is open.
(() => {
  const PER_PAGE = 15;
  const API = '/api/oms/user/orders';

  const STAGES = [
    ['placed', 'Order placed', 'created creating order-created order-completed order-accepted'],
    ['payment-pending', 'Payment pending', 'payment-pending approving-transaction notify-payment'],
    ['payment-approved', 'Payment approved', 'payment-approved approve-payment'],
    ['payment-denied', 'Payment denied', 'payment-denied'],
    [
      'preparing',
      'Preparing',
      'window-to-cancel ready-for-handling start-handling handling invoice invoicing ready-for-invoicing',
    ],
    ['shipped', 'Shipped', 'invoiced'],
    [
      'cancellation-requested',
      'Cancellation requested',
      'request-cancel waiting-for-seller-decision cancellation-requested cancel canceling',
    ],
    ['canceled', 'Canceled', 'canceled cancelled'],
  ];
  const stageOf = new Map();
  for (const [stage, label, statuses] of STAGES) {
    for (const status of statuses.split(' ')) stageOf.set(status, { stage, label });
  }
  const stage = (status) => stageOf.get(status) ?? { stage: 'unknown', label: 'Processing' };
  const STEPS = ['Order placed', 'Payment approval', 'Preparing', 'Shipped', 'Delivered'];
  const STEP_OF_STAGE = { placed: 1, 'payment-pending': 1, 'payment-approved': 2, preparing: 2, shipped: 3 };

  const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
  const dayTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
  const names = new Intl.ListFormat('en', { type: 'conjunction' });
  const moneyFormats = new Map();
  const money = (cents, currency) => {
    let format = moneyFormats.get(currency);
    if (!format) {
      format = new Intl.NumberFormat('en', { style: 'currency', currency: currency ?? 'USD' });
      moneyFormats.set(currency, format);
    }
    return format.format(cents / 100);
  };

  /** An element with attributes and children (strings become text). */
  const h = (tag, attributes, ...children) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes ?? {})) {
      if (value !== null && value !== undefined && value !== false) element.setAttribute(name, value);
    }
    element.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
    return element;
  };
  const badge = (status) => {
    const { stage: key, label } = stage(status);
    return h('span', { class: 'status-badge', 'data-stage': key }, h('span', { class: 'status-badge-icon' }), label);
  };
  const time = (iso, format) => h('time', { datetime: new Date(iso).toISOString() }, format.format(new Date(iso)));

  const host = document.querySelector('#orders');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    :host { display: block; font: 1em/1.5 system-ui, sans-serif; color: #1d1d1f; }
    ol, ul { list-style: none; padding: 0; margin: 0; }
    .order-row { border: 1px solid #d2d2d7; border-radius: 0.5em; padding: 1em; margin-block: 0.5em; }
    .order-row-head, .order-row-figures, .pagination { display: flex; gap: 1em; align-items: center; }
    .order-row-head { justify-content: space-between; }
    .order-row-title { margin: 0; font-size: 1.1em; }
    .link-button { background: none; border: 0; padding: 0; font: inherit; color: #0066cc; cursor: pointer; }
    .status-badge { border-radius: 1em; padding: 0 0.75em; background: #f2f2f7; }
    .order-filters { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: end; }
    .order-filters div { display: grid; }
    table { border-collapse: collapse; width: 100%; } th, td { text-align: start; padding: 0.25em; }
    .item-image { width: 3em; height: 3em; object-fit: cover; }
    .detail-pairs div, .totals-row { display: flex; gap: 1em; } dt { font-weight: 600; } dd { margin: 0; }
  `);
  root.adoptedStyleSheets = [sheet];

  const heading = h('h2', { tabindex: '-1' }, 'Your orders');
  const updated = h('p', { class: 'order-list-updated' });
  const rows = h('ol', { class: 'order-rows' });
  const status = h('p', { class: 'pagination-status' });
  const previous = h('button', { type: 'button', class: 'button' }, 'Previous page');
  const next = h('button', { type: 'button', class: 'button' }, 'Next page');
  const field = (label, control) => h('div', { class: 'order-filters-field' }, h('label', null, label), control);
  const filters = h(
    'form',
    { class: 'order-filters', role: 'search', 'aria-label': 'Filter orders' },
    field(
      'Status',
      h(
        'select',
        null,
        h('option', { value: '' }, 'All statuses'),
        STAGES.map(([key, label]) => h('option', { value: key }, label)),
      ),
    ),
    field('Placed from', h('input', { type: 'date' })),
    field('Placed until', h('input', { type: 'date' })),
    field('Order number or product', h('input', { type: 'search' })),
    h('button', { type: 'submit', class: 'button button-primary' }, 'Search'),
  );
  const list = h(
    'section',
    { class: 'order-list' },
    h('div', { class: 'order-list-header' }, heading, updated),
    filters,
    rows,
    h('nav', { class: 'pagination', 'aria-label': 'Order pages' }, previous, status, next),
    h('p', { class: 'order-list-older' }, 'Orders older than two years are not shown.'),
  );
  const screen = h('div', { class: 'my-orders' }, list);
  root.append(screen);

  let page = Number(new URLSearchParams(location.search).get('page')) || 1;
  let pages = 1;
  let request = null;

  const getJson = async (path, signal) => {
    const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.json();
  };

  const row = (order) => {
    const itemNames = (order.items ?? []).map((item) => item.description);
    const count = (order.items ?? []).reduce((sum, item) => sum + item.quantity, 0);
    const shown = itemNames.length <= 3 ? names.format(itemNames) : `${itemNames.slice(0, 2).join(', ')} and more`;
    return h(
      'li',
      { class: 'order-row' },
      h(
        'article',
        { class: 'order-row-card' },
        h(
          'div',
          { class: 'order-row-head' },
          h(
            'h3',
            { class: 'order-row-title' },
            h(
              'button',
              { type: 'button', class: 'link-button order-row-open', 'data-order-id': order.orderId },
              `Order ${order.orderId}`,
            ),
          ),
          badge(order.status),
        ),
        h('p', { class: 'order-row-date' }, 'Placed on ', time(order.creationDate, day)),
        h(
          'div',
          { class: 'order-row-figures' },
          h(
            'p',
            { class: 'order-row-total' },
            h('span', { class: 'order-row-label' }, 'Total'),
            ' ',
            h('strong', { class: 'order-row-money' }, money(order.totalValue, order.currencyCode)),
          ),
          h('p', { class: 'order-row-count' }, `${count} ${count === 1 ? 'item' : 'items'}`),
        ),
        h('p', { class: 'order-row-items' }, shown),
      ),
    );
  };

  async function loadPage(wanted) {
    request?.abort();
    request = new AbortController();
    const json = await getJson(`${API}?page=${wanted}&per_page=${PER_PAGE}`, request.signal);
    page = wanted;
    pages = json.paging.pages;
    rows.replaceChildren(...json.list.map(row));
    status.textContent = `Page ${page} of ${pages}`;
    previous.disabled = page <= 1;
    next.disabled = page >= pages;
    updated.textContent = 'Updated just now';
  }

  const pair = (label, ...value) => h('div', null, h('dt', null, label), h('dd', null, ...value));
  const section = (name, title, ...content) =>
    h('section', { class: `detail-section ${name}` }, h('h3', null, title), ...content);

  function detail(order) {
    const currency = order.storePreferencesData?.currencyCode;
    const current = stage(order.status);
    const step = STEP_OF_STAGE[current.stage] ?? 0;
    const address = order.shippingData?.address;
    const payments = (order.paymentData?.transactions ?? []).flatMap((transaction) => transaction.payments ?? []);
    const sellers = new Map((order.sellers ?? []).map((seller) => [seller.id, seller.name]));
    const logistics = order.shippingData?.logisticsInfo?.[0];
    const cancel = order.allowCancellation
      ? h(
          'div',
          { class: 'cancel-offer' },
          h('p', { class: 'cancel-mode' }, 'You can cancel this order now.'),
          h('button', { type: 'button', class: 'button cancel-open' }, 'Cancel order'),
        )
      : h(
          'div',
          { class: 'cancel-not-offered' },
          h('p', { class: 'cancel-why' }, 'This order cannot be canceled at its current step.'),
          h('p', { class: 'cancel-instead' }, 'Check again in a few minutes, or contact the store.'),
        );
    const STATE_TEXT = { done: 'Done', current: 'Current step', upcoming: 'Upcoming' };
    return h(
      'article',
      { class: 'order-detail' },
      h(
        'div',
        { class: 'detail-nav' },
        h(
          'button',
          { type: 'button', class: 'button detail-back' },
          h('span', { 'aria-hidden': 'true' }, '←'),
          'Back to orders',
        ),
      ),
      h('h2', { class: 'detail-heading', tabindex: '-1' }, `Order ${order.orderId}`),
      h(
        'div',
        { class: 'detail-overview' },
        h('p', { class: 'detail-stage' }, badge(order.status)),
        h('p', { class: 'detail-placed' }, 'Placed on ', time(order.creationDate, day)),
        h(
          'div',
          { class: 'detail-actions' },
          h(
            'a',
            {
              class: 'button button-primary detail-buy-again',
              href: `/checkout/cart/add?${order.items.map((item) => `sku=${item.id}&qty=${item.quantity}&seller=${item.seller}`).join('&')}&sc=1`,
            },
            'Buy again',
          ),
        ),
      ),
      section('cancel-section', 'Cancellation', h('div', { class: 'cancel-body' }, cancel)),
      section(
        'detail-timeline',
        'Progress',
        h(
          'ol',
          { class: 'timeline' },
          STEPS.map((title, index) => {
            const state = index < step ? 'done' : index === step ? 'current' : 'upcoming';
            return h(
              'li',
              { class: 'timeline-step', 'data-state': state },
              h('span', { class: 'timeline-marker', 'aria-hidden': 'true' }),
              h(
                'div',
                { class: 'timeline-content' },
                h('p', { class: 'timeline-title' }, title),
                h('p', { class: 'timeline-state' }, STATE_TEXT[state]),
                index === 0 ? h('p', { class: 'timeline-date' }, time(order.creationDate, dayTime)) : null,
              ),
            );
          }),
        ),
      ),
      section(
        'detail-items',
        'Items',
        h(
          'table',
          { class: 'items-table' },
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              ['Product', 'Quantity', 'Unit price', 'Total'].map((t) => h('th', null, t)),
            ),
          ),
          h(
            'tbody',
            null,
            order.items.map((item) =>
              h(
                'tr',
                { class: 'item-row' },
                h(
                  'th',
                  { scope: 'row', class: 'item-product' },
                  item.imageUrl ? h('img', { class: 'item-image', src: item.imageUrl, alt: '' }) : null,
                  h(
                    'span',
                    { class: 'item-text' },
                    h('a', { class: 'item-name', href: item.detailUrl }, item.name),
                    h('span', { class: 'item-seller' }, `Sold by ${sellers.get(item.seller) ?? item.seller}`),
                  ),
                ),
                h('td', null, String(item.quantity)),
                h('td', null, money(item.sellingPrice, currency)),
                h('td', null, money(item.sellingPrice * item.quantity, currency)),
              ),
            ),
          ),
        ),
      ),
      section(
        'detail-totals',
        'Summary',
        h(
          'dl',
          { class: 'totals-list' },
          order.totals.map((total) =>
            h('div', { class: 'totals-row' }, h('dt', null, total.id), h('dd', null, money(total.value, currency))),
          ),
          h('div', { class: 'totals-row' }, h('dt', null, 'Total'), h('dd', null, money(order.value, currency))),
        ),
      ),
      section(
        'detail-delivery',
        'Delivery',
        h(
          'dl',
          { class: 'detail-pairs' },
          pair('Shipping method', logistics?.selectedSla ?? ''),
          address
            ? pair(
                'Address',
                h(
                  'span',
                  { class: 'postal-address' },
                  [
                    `Receiver: ${address.receiverName}`,
                    [address.street, address.number, address.complement].filter(Boolean).join(', '),
                    address.neighborhood,
                    `${address.city} - ${address.state}, ${address.postalCode}`,
                  ].map((line) => h('span', { class: 'postal-address-line' }, line)),
                ),
              )
            : null,
          logistics?.shippingEstimateDate
            ? pair('Estimate', `Estimated by ${day.format(new Date(logistics.shippingEstimateDate))}`)
            : null,
        ),
      ),
      section(
        'detail-payment',
        'Payment',
        h(
          'ul',
          null,
          payments.map((payment) =>
            h(
              'li',
              null,
              h(
                'dl',
                { class: 'detail-pairs' },
                pair('Method', payment.paymentSystemName),
                pair('Amount', money(payment.value, currency)),
                payment.dueDate ? pair('Due date', day.format(new Date(`${payment.dueDate}T12:00:00Z`))) : null,
              ),
              payment.url
                ? h(
                    'a',
                    { class: 'payment-slip', href: payment.url.replace('{Installment}', '1'), target: '_blank' },
                    'Open bank slip',
                    h('span', { class: 'visually-hidden' }, ' (opens in a new tab)'),
                  )
                : null,
            ),
          ),
        ),
      ),
    );
  }

  async function openOrder(orderId) {
    request?.abort();
    request = new AbortController();
    const order = await getJson(`${API}/${encodeURIComponent(orderId)}`, request.signal);
    screen.replaceChildren(detail(order));
  }

  root.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button') : null;
    if (!target) return;
    if (target.dataset.orderId) void openOrder(target.dataset.orderId);
    else if (target.classList.contains('detail-back')) screen.replaceChildren(list);
    else if (target === next) void loadPage(page + 1);
    else if (target === previous) void loadPage(page - 1);
  });

  // Search asks the store again (the filters themselves are not the point of this page).
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    void loadPage(1);
  });

  void loadPage(page);
})();
