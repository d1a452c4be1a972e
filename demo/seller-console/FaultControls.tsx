/** Switches a fault on for one endpoint of the mock, lists the active ones, switches them off. */
import { useId, useState } from 'preact/hooks';
import { MOCK_ENDPOINTS, type MockEndpoint } from '../../mocks/index.ts';
import { ActiveFaults } from './ActiveFaults.tsx';
import type { ConsoleModel } from './console-model.ts';
import {
  buildFault,
  FAULT_KINDS,
  FAULT_STATUSES,
  type FaultKind,
  type FaultStatus,
  isFaultKind,
  isFaultStatus,
} from './fault-options.ts';

const DEFAULT_LATENCY_MS = 3000;

export function FaultControls({ model }: { model: ConsoleModel }) {
  const id = useId();
  const [endpoint, setEndpoint] = useState<MockEndpoint>('list');
  const [kind, setKind] = useState<FaultKind>('status');
  const [status, setStatus] = useState<FaultStatus>(500);
  const [latency, setLatency] = useState(String(DEFAULT_LATENCY_MS));
  const [times, setTimes] = useState('');

  function chooseStatus(code: number) {
    if (isFaultStatus(code)) setStatus(code);
  }

  function switchOn(event: Event) {
    event.preventDefault();
    const latencyMs = Number(latency);
    const count = Number(times);
    const fault = buildFault(
      kind,
      status,
      Number.isFinite(latencyMs) && latencyMs >= 0 ? latencyMs : DEFAULT_LATENCY_MS,
    );
    void model.actions.setFault(endpoint, fault, Number.isInteger(count) && count > 0 ? count : undefined);
  }

  return (
    <section class="sc-section" aria-labelledby="sc-faults-title">
      <h3 id="sc-faults-title">Faults</h3>
      <form class="sc-fault-form" onSubmit={switchOn}>
        <label>
          Endpoint
          <select
            value={endpoint}
            onChange={(event) =>
              setEndpoint(MOCK_ENDPOINTS.find((value) => value === event.currentTarget.value) ?? 'list')
            }
          >
            {MOCK_ENDPOINTS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <label>
          Fault
          <select
            value={kind}
            onChange={(event) => isFaultKind(event.currentTarget.value) && setKind(event.currentTarget.value)}
          >
            {FAULT_KINDS.map((option) => (
              <option key={option.kind} value={option.kind}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        {kind === 'status' && (
          <label>
            Status code
            <select value={String(status)} onChange={(event) => chooseStatus(Number(event.currentTarget.value))}>
              {FAULT_STATUSES.map((code) => (
                <option key={code} value={String(code)}>
                  {code}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'latency' && (
          <label>
            Delay (ms)
            <input
              type="number"
              min={0}
              step={100}
              value={latency}
              onInput={(event) => setLatency(event.currentTarget.value)}
            />
          </label>
        )}
        <label>
          Times
          <input
            type="number"
            min={1}
            step={1}
            value={times}
            aria-describedby={`${id}-times`}
            onInput={(event) => setTimes(event.currentTarget.value)}
          />
        </label>
        <p id={`${id}-times`} class="sc-muted">
          Empty: until switched off.
        </p>
        <button type="submit">Switch on</button>
      </form>
      <ActiveFaults model={model} />
    </section>
  );
}
