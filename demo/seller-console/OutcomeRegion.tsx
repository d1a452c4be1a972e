/**
 * The polite live region: the last action's outcome (re-keyed so a repeated message is
 * announced again), and the few before it for whoever looked away.
 */
import type { ActionOutcome } from './console-model.ts';

export function OutcomeRegion({ outcomes, busy }: { outcomes: ActionOutcome[]; busy: boolean }) {
  const [latest, ...earlier] = outcomes;
  return (
    <div class="sc-outcome">
      <div role="status" aria-live="polite" class="sc-outcome-latest">
        {latest && (
          <p key={latest.id} class={latest.ok ? 'sc-ok' : 'sc-error'}>
            {latest.ok ? 'Done: ' : 'Error: '}
            {latest.text}
          </p>
        )}
      </div>
      {busy && <p class="sc-muted">Working…</p>}
      {earlier.length > 0 && (
        <details class="sc-history">
          <summary>Earlier results</summary>
          <ul>
            {earlier.map((outcome) => (
              <li key={outcome.id} class={outcome.ok ? 'sc-ok' : 'sc-error'}>
                {outcome.ok ? 'Done: ' : 'Error: '}
                {outcome.text}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
