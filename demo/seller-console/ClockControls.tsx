/** The mock's clock, the only time of the flow: where it is, and buttons to move it forward. */
import type { ConsoleModel } from './console-model.ts';
import { formatDateTime } from './format.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const STEPS: ReadonlyArray<{ label: string; ms: number; why: string }> = [
  { label: '+1 min', ms: MINUTE, why: 'a placed order gets paid' },
  { label: '+31 min', ms: 31 * MINUTE, why: 'past the default grace period' },
  { label: '+1 day', ms: DAY, why: '' },
  { label: '+30 days', ms: 30 * DAY, why: 'past a request deadline' },
];

export function ClockControls({ model }: { model: ConsoleModel }) {
  const state = model.mockState.value;
  return (
    <section class="sc-section" aria-labelledby="sc-clock-title">
      <h3 id="sc-clock-title">Mock clock</h3>
      <p>
        Now: {state ? <time dateTime={state.now}>{formatDateTime(state.now)}</time> : 'unknown'}
        {state && <span class="sc-muted"> ({state.clock === 'live' ? 'running' : 'frozen'})</span>}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: a row of buttons, not a form section */}
      <div class="sc-buttons" role="group" aria-label="Move the mock clock forward">
        {STEPS.map((step) => (
          <button
            key={step.label}
            type="button"
            title={step.why || undefined}
            onClick={() => void model.actions.advanceClock(step.ms, step.label)}
          >
            {step.label}
          </button>
        ))}
      </div>
    </section>
  );
}
