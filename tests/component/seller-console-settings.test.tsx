/**
 * The seller console's control of the mock over HTTP: the clock, the grace period (with the
 * widget's callback), the write lag, faults on and off, and reset; checked in `/_mock/state`.
 */

import { waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DAY_MS, useSellerConsole } from './seller-console-support.ts';

const { backend, renderConsole, mockState, announced } = useSellerConsole();

const MINUTE_MS = 60_000;

function settingsWrites(): number {
  return backend.requests.filter((request) => request.method === 'PUT' && request.url.endsWith('/_mock/settings'))
    .length;
}

describe('the mock clock', () => {
  it.each([
    ['+1 min', MINUTE_MS],
    ['+31 min', 31 * MINUTE_MS],
    ['+1 day', DAY_MS],
    ['+30 days', 30 * DAY_MS],
  ])('"%s" moves /_mock/state forward by that much and shows the new time', async (label, ms) => {
    const before = await mockState();
    const { host, view, liveRegion } = await renderConsole();

    await userEvent.setup().click(view.getByRole('button', { name: label }));

    await announced(liveRegion, new RegExp(`^Done: Moved the mock clock \\${label}`));
    const after = await mockState();
    expect(after.nowMs - before.nowMs).toBe(ms);
    await waitFor(() => expect(host.querySelector(`time[datetime="${after.now}"]`)).not.toBeNull());
  });
});

describe('settings', () => {
  it('sets the grace period in the mock and hands the same value to the widget callback', async () => {
    const onGracePeriodChange = vi.fn();
    const { view, liveRegion } = await renderConsole({ onGracePeriodChange });
    const user = userEvent.setup();
    const field = view.getByLabelText('Grace period (minutes)') as HTMLInputElement;
    expect(field.value).toBe('30');

    await user.clear(field);
    await user.type(field, '45');
    await user.click(within(field.closest('form')!).getByRole('button', { name: 'Save' }));

    await announced(liveRegion, /^Done: Grace period set to 45 minutes/);
    expect((await mockState()).settings.gracePeriodMinutes).toBe(45);
    expect(onGracePeriodChange.mock.calls).toEqual([[45]]);
  });

  it('refuses a grace period that is not a whole number of minutes without calling the mock', async () => {
    const onGracePeriodChange = vi.fn();
    const { view } = await renderConsole({ onGracePeriodChange });
    const user = userEvent.setup();
    const field = view.getByLabelText('Grace period (minutes)') as HTMLInputElement;
    const writes = settingsWrites();

    await user.clear(field);
    await user.type(field, '-5');
    await user.click(within(field.closest('form')!).getByRole('button', { name: 'Save' }));

    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(view.getByText(/enter a whole number from 0 to 10080/i)).toBeTruthy();
    expect(settingsWrites()).toBe(writes);
    expect(onGracePeriodChange).not.toHaveBeenCalled();
  });

  it('sets the write lag without touching the grace period', async () => {
    const onGracePeriodChange = vi.fn();
    const { view, liveRegion } = await renderConsole({ onGracePeriodChange });
    const user = userEvent.setup();
    const field = view.getByLabelText('Write lag (ms)') as HTMLInputElement;

    await user.clear(field);
    await user.type(field, '2500');
    await user.click(within(field.closest('form')!).getByRole('button', { name: 'Save' }));

    await announced(liveRegion, /^Done: Write lag set to 2500 ms/);
    expect((await mockState()).settings).toEqual({ gracePeriodMinutes: 30, writeLagMs: 2500 });
    expect(onGracePeriodChange).not.toHaveBeenCalled();
  });

  it('resets the mock, and the widget gets the default grace period back', async () => {
    const onGracePeriodChange = vi.fn();
    const { view, liveRegion } = await renderConsole({ onGracePeriodChange });
    const user = userEvent.setup();
    const field = view.getByLabelText('Grace period (minutes)') as HTMLInputElement;
    await user.clear(field);
    await user.type(field, '90');
    await user.click(within(field.closest('form')!).getByRole('button', { name: 'Save' }));
    await announced(liveRegion, /^Done: Grace period set to 90/);

    await user.click(view.getByRole('button', { name: 'Reset the mock' }));

    await announced(liveRegion, /^Done: The mock was reset/);
    expect((await mockState()).settings.gracePeriodMinutes).toBe(30);
    expect(onGracePeriodChange.mock.calls).toEqual([[90], [30]]);
    await waitFor(() => expect(field.value).toBe('30'));
  });
});

describe('faults', () => {
  it('switches a status fault on for an endpoint, lists it, and switches it off again', async () => {
    const { view, liveRegion } = await renderConsole();
    const user = userEvent.setup();

    await user.selectOptions(view.getByLabelText('Endpoint'), 'invoice');
    await user.selectOptions(view.getByLabelText('Fault'), 'status');
    await user.selectOptions(view.getByLabelText('Status code'), '503');
    await user.type(view.getByLabelText('Times'), '2');
    await user.click(view.getByRole('button', { name: 'Switch on' }));

    await announced(liveRegion, /^Done: Fault status switched on for invoice/);
    expect((await mockState()).faults).toEqual({ invoice: { fault: { kind: 'status', status: 503 }, times: 2 } });
    const active = view.getByRole('list', { name: 'Active faults' });
    expect(within(active).getByRole('listitem').textContent).toMatch(/invoice: HTTP error status 503, 2 more times/);

    await user.click(within(active).getByRole('button', { name: 'Switch off the fault on invoice' }));

    await announced(liveRegion, /^Done: Fault switched off for invoice/);
    expect((await mockState()).faults).toEqual({});
    await waitFor(() => expect(view.queryByRole('list', { name: 'Active faults' })).toBeNull());
    expect(view.getByText(/none: every endpoint answers normally/i)).toBeTruthy();
  });

  it('switches a latency fault and a network error on, then every fault off at once', async () => {
    const { view, liveRegion } = await renderConsole();
    const user = userEvent.setup();

    await user.selectOptions(view.getByLabelText('Endpoint'), 'list');
    await user.selectOptions(view.getByLabelText('Fault'), 'latency');
    await user.clear(view.getByLabelText('Delay (ms)'));
    await user.type(view.getByLabelText('Delay (ms)'), '1200');
    await user.click(view.getByRole('button', { name: 'Switch on' }));
    await announced(liveRegion, /^Done: Fault latency switched on for list/);
    await user.selectOptions(view.getByLabelText('Endpoint'), 'detail');
    await user.selectOptions(view.getByLabelText('Fault'), 'network-error');
    await user.click(view.getByRole('button', { name: 'Switch on' }));
    await announced(liveRegion, /^Done: Fault network-error switched on for detail/);

    expect((await mockState()).faults).toEqual({
      list: { fault: { kind: 'latency', ms: 1200 } },
      detail: { fault: { kind: 'network-error' } },
    });
    expect(within(view.getByRole('list', { name: 'Active faults' })).getAllByRole('listitem')).toHaveLength(2);

    await user.click(view.getByRole('button', { name: 'Switch every fault off' }));
    await announced(liveRegion, /^Done: Every fault switched off/);
    expect((await mockState()).faults).toEqual({});
  });
});
