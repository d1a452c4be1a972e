/**
 * VTEX's own example responses (orders-api.subset.json), served for both the list and the
 * detail: the detail shows their key facts, survives the Windows time zone and the malformed
 * cancellation date, and builds the exact add-to-cart link.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { WireOrderDetail, WireOrderList } from '../../src/contract/vtex-orders.ts';
import { openFromList, PT_LABELS, pairs, section, timelineSteps } from './detail-helpers.ts';
import { normaliseSpaces, useMockBackend } from './support/widget-harness.ts';

// A path, not a URL: under happy-dom the global URL is the DOM's, which node:fs does not take.
const SPEC_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../contract/vtex/orders-api.subset.json');
const spec = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as {
  paths: Record<string, { get: { responses: { 200: { content: { 'application/json': { example: unknown } } } } } }>;
};
const example = (path: string) =>
  structuredClone(spec.paths[path]!.get.responses[200].content['application/json'].example);
const DETAIL = example('/api/oms/user/orders/{orderId}') as WireOrderDetail;
const ORDER_ID = '1172452900788-01';

const { server, signIn, renderWidget } = useMockBackend();

/**
 * VTEX's list example names other orders than its detail example, so its first row takes the
 * detail's id (and group) to be openable; everything else is as VTEX published it.
 */
function serveExamples(detail: WireOrderDetail = DETAIL) {
  const list = example('/api/oms/user/orders') as WireOrderList;
  Object.assign(list.list[0]!, { orderId: ORDER_ID });
  server.use(
    http.get('*/api/oms/user/orders', () => HttpResponse.json(list)),
    http.get('*/api/oms/user/orders/:orderId', ({ params }) =>
      params.orderId === ORDER_ID
        ? HttpResponse.json(detail)
        : HttpResponse.json(
            { error: { code: 'OMS007', message: 'Order Not Found', exception: null } },
            { status: 404 },
          ),
    ),
  );
}

describe('VTEX example order', () => {
  it('shows its number, total, stage, address, items, payment and estimate in pt-BR', async () => {
    serveExamples();
    // A Brazilian store that sets its zone, and a shopper in it: times are São Paulo's, unnamed.
    vi.stubEnv('TZ', 'America/Sao_Paulo');
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    signIn('main');
    const { root, view } = renderWidget({ locale: 'pt-BR', timeZone: 'America/Sao_Paulo' });
    await openFromList(view, userEvent.setup(), ORDER_ID, PT_LABELS);
    await view.findByRole('heading', { level: 3, name: 'Itens' });

    expect(view.getByRole('heading', { level: 2 }).textContent).toBe('Pedido 1172452900788-01');
    // `handling` is Preparing, whatever the (historic) cancellationData says.
    expect(view.getByText('Em preparação', { selector: '.detail-stage *' })).toBeTruthy();
    expect(normaliseSpaces(view.getByText(/^Feito em /).textContent)).toBe('Feito em 28 de jan. de 2019');
    expect(pairs(section(view, 'Resumo').querySelector('dl')!)).toEqual([
      ['Itens', 'R$ 32,90'],
      ['Descontos', 'R$ 0,00'],
      ['Frete', 'R$ 11,60'],
      ['Impostos', 'R$ 0,00'],
      ['Alterações no pedido', '-R$ 32,90'],
      ['Total', 'R$ 11,60'],
    ]);

    const address = [...section(view, 'Entrega').querySelectorAll('.postal-address-line')].map((line) =>
      normaliseSpaces(line.textContent),
    );
    expect(address).toEqual([
      'Recebedor: Rodrigo Cunha',
      'Praia de Botafogo, 518, 10',
      'Botafogo',
      'Rio de Janeiro - RJ, 22250-040',
    ]);
    expect(pairs(section(view, 'Entrega').querySelector('dl')!)).toContainEqual([
      'Previsão',
      'Previsão: até 4 de fev. de 2019',
    ]);

    const item = section(view, 'Itens').querySelector('tbody tr')!;
    expect(item.querySelector('img')?.getAttribute('src')).toBe(
      'http://luxstore.vteximg.com.br/arquivos/ids/159263-55-55/image-cc1aed75cbfa424a85a94900be3eacec.jpg?v=636795432619830000',
    );
    // Decorative: the product's name stands beside it as a link, so a screen reader hears it once.
    expect(item.querySelector('img')?.getAttribute('alt')).toBe('');
    expect(view.getByRole('link', { name: 'Bay Max L' }).getAttribute('href')).toBe(
      `${location.origin}/bay-max-9429485/p`,
    );
    expect(view.getByText('Vendido por Lux Store')).toBeTruthy();

    expect(pairs(section(view, 'Pagamento').querySelector('dl')!)).toEqual([
      ['Forma de pagamento', 'Boleto Bancário'],
      ['Valor', 'R$ 44,50'],
      ['Vencimento', '2 de fev. de 2019'],
    ]);
    expect(view.getByRole('link', { name: 'Abrir boleto (abre em uma nova aba)' }).getAttribute('href')).toBe(
      'https://luxstore.vtexpayments.com.br/BankIssuedInvoice/Transaction/418213DE29634837A63DD693A937A696/Payment/D3DEECAB3C6C4B9EAF8EF4C1FE062FF3/Installment/1',
    );
    // São Paulo was on summer time (UTC-2) in January 2019. The order's own zone ("E. South America
    // Standard Time") is read without harm but makes no second clock (docs/domain.md, "Time zones").
    expect(timelineSteps(view, 'Andamento')[0]).toEqual(['Pedido realizado', 'Concluído', '28 de jan. de 2019, 18:09']);
    expect(normaliseSpaces(root.textContent)).not.toMatch(/Invalid Date|NaN|null|undefined/);
  });

  it('builds the exact add-to-cart link and hands it to onReorder', async () => {
    serveExamples();
    const onReorder = vi.fn(() => undefined);
    signIn('main');
    const { host, view } = renderWidget({ locale: 'pt-BR', onReorder });
    const user = userEvent.setup();
    await openFromList(view, user, ORDER_ID, PT_LABELS);

    const expected = `${location.origin}/checkout/cart/add?sku=256&qty=1&seller=1&sc=1`;
    const buyAgain = await view.findByRole('link', { name: 'Comprar novamente' });
    expect(buyAgain.getAttribute('href')).toBe(expected);
    const prevented: boolean[] = [];
    host.addEventListener('click', (event) => {
      prevented.push(event.defaultPrevented);
      event.preventDefault();
    });
    await user.click(buyAgain);
    expect(onReorder).toHaveBeenCalledWith({ orderId: ORDER_ID, url: expected });
    expect(prevented).toEqual([true]);
  });

  it('shows the malformed cancellation date as unavailable once the order is canceled', async () => {
    serveExamples({ ...structuredClone(DETAIL), status: 'canceled' });
    signIn('main');
    const { root, view } = renderWidget({ locale: 'pt-BR' });
    await openFromList(view, userEvent.setup(), ORDER_ID, PT_LABELS);
    await view.findByRole('heading', { level: 3, name: 'Itens' });

    expect(view.getByText('Cancelado', { selector: '.detail-stage *' })).toBeTruthy();
    expect(timelineSteps(view, 'Andamento').at(-1)).toEqual([
      'Cancelado por você',
      'Concluído',
      'Data indisponível',
      'Motivo: Item was too big in the client.',
    ]);
    expect(normaliseSpaces(root.textContent)).not.toMatch(/Invalid Date|NaN|null|undefined/);
  });
});
