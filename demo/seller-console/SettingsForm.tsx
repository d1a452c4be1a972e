/**
 * The store's grace period (the mock's OMS setting and the widget's option together), the
 * mock's write lag, and a reset. A field shows the mock's value until someone edits it.
 */
import type { ConsoleModel } from './console-model.ts';
import { NumberSetting } from './NumberSetting.tsx';

const MAX_GRACE_MINUTES = 7 * 24 * 60;
const MAX_WRITE_LAG_MS = 10 * 60_000;

export function SettingsForm({ model }: { model: ConsoleModel }) {
  const settings = model.mockState.value?.settings;
  const { actions } = model;
  return (
    <section class="sc-section" aria-labelledby="sc-settings-title">
      <h3 id="sc-settings-title">Settings</h3>
      <NumberSetting
        id="sc-grace-period"
        label="Grace period (minutes)"
        hint="Cancellation is automatic inside it. The widget is remounted with the same value."
        current={settings?.gracePeriodMinutes}
        max={MAX_GRACE_MINUTES}
        onSave={actions.setGracePeriod}
      />
      <NumberSetting
        id="sc-write-lag"
        label="Write lag (ms)"
        hint="How long a cancellation takes to be written (the order shows Canceling meanwhile)."
        current={settings?.writeLagMs}
        max={MAX_WRITE_LAG_MS}
        onSave={actions.setWriteLag}
      />
      <button type="button" class="sc-danger" onClick={() => void actions.reset()}>
        Reset the mock
      </button>
      <p class="sc-muted">Reset reseeds every order and restores the clock, settings and faults.</p>
    </section>
  );
}
