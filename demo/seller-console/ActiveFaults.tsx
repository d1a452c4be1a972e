/** The faults switched on in the mock (from its state), each with its own off switch. */
import { MOCK_ENDPOINTS } from '../../mocks/index.ts';
import type { ConsoleModel } from './console-model.ts';
import { describeFault } from './fault-options.ts';

export function ActiveFaults({ model }: { model: ConsoleModel }) {
  const faults = model.mockState.value?.faults ?? {};
  const active = MOCK_ENDPOINTS.flatMap((endpoint) => {
    const rule = faults[endpoint];
    return rule ? [{ endpoint, rule }] : [];
  });
  return (
    <div class="sc-active-faults">
      <h4 id="sc-active-faults-title">Active faults</h4>
      {active.length === 0 ? (
        <p class="sc-muted">None: every endpoint answers normally.</p>
      ) : (
        <>
          <ul aria-labelledby="sc-active-faults-title">
            {active.map(({ endpoint, rule }) => (
              <li key={endpoint}>
                <span>
                  <strong>{endpoint}</strong>: {describeFault(rule)}
                </span>{' '}
                <button
                  type="button"
                  aria-label={`Switch off the fault on ${endpoint}`}
                  onClick={() => void model.actions.clearFault(endpoint)}
                >
                  Switch off
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void model.actions.clearFaults()}>
            Switch every fault off
          </button>
        </>
      )}
    </div>
  );
}
