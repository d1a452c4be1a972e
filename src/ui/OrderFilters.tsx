/**
 * The filter form: status group, placed-from / placed-until days, and a text search (order
 * number or product). Everything applies together on submit (Enter or Search), so a date
 * half typed or a status passed on the way never fires a request. The draft survives
 * loading and errors; it is replaced only when the applied filters change.
 */
import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import { hasActiveFilter } from '../domain/index.ts';
import { FILTER_STAGES, type FilterStage, type ListFilters, toOrderFilter } from '../state/list-model.ts';
import { useEnv } from './env.ts';

interface Draft {
  basis: ListFilters;
  draft: ListFilters;
}

function asStage(value: string): FilterStage | null {
  return FILTER_STAGES.find((stage) => stage === value) ?? null;
}

/** A `yyyy-mm-dd` value, or null for an empty or partial date input. */
function asDay(value: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/** A range typed backwards is the same range: swap rather than find nothing. */
function ordered(filters: ListFilters): ListFilters {
  const { from, to } = filters;
  return from !== null && to !== null && from > to ? { ...filters, from: to, to: from } : filters;
}

export function OrderFilters() {
  const { t, model } = useEnv();
  const applied = model.list.filters.value;
  // The draft belongs to the filters it was typed over; new applied filters replace it.
  const [edit, setEdit] = useState<Draft>({ basis: applied, draft: applied });
  const draft = edit.basis === applied ? edit.draft : applied;
  const id = useId();
  const textInput = useRef<HTMLInputElement>(null);
  const active = hasActiveFilter(toOrderFilter(applied));

  const update = (change: Partial<ListFilters>) =>
    setEdit((current) => {
      const basis = model.list.filters.peek();
      return { basis, draft: { ...(current.basis === basis ? current.draft : basis), ...change } };
    });

  /** A labelled field: `name` is its control's id (after the form's own) and its words' key. */
  const field = (name: 'status' | 'from' | 'to' | 'text', control: ComponentChildren) => (
    <div class={`order-filters-field order-filters-${name}`}>
      <label for={`${id}-${name}`}>{t(`filters.${name}`)}</label>
      {control}
    </div>
  );
  const day = (name: 'from' | 'to') =>
    field(
      name,
      <input
        id={`${id}-${name}`}
        type="date"
        value={draft[name] ?? ''}
        onInput={(event) => update({ [name]: asDay(event.currentTarget.value) })}
      />,
    );

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too new for the browsers the widget supports
    <form
      class="order-filters"
      role="search"
      aria-label={t('filters.label')}
      onSubmit={(event) => {
        event.preventDefault();
        void model.list.applyFilters(ordered(draft));
      }}
    >
      {field(
        'status',
        <select
          id={`${id}-status`}
          value={draft.stage ?? ''}
          onChange={(event) => update({ stage: asStage(event.currentTarget.value) })}
        >
          <option value="">{t('filters.status.all')}</option>
          {FILTER_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
        </select>,
      )}
      {day('from')}
      {day('to')}
      {field(
        'text',
        <input
          id={`${id}-text`}
          ref={textInput}
          type="search"
          enterKeyHint="search"
          autoComplete="off"
          value={draft.text}
          onInput={(event) => update({ text: event.currentTarget.value })}
        />,
      )}
      <div class="order-filters-actions">
        <button type="submit" class="button button-primary">
          {t('filters.search')}
        </button>
        {active && (
          <button
            type="button"
            class="button"
            onClick={() => {
              void model.list.clearFilters();
              // The button goes away with the filters: keep focus in the form.
              textInput.current?.focus();
            }}
          >
            {t('filters.clear')}
          </button>
        )}
      </div>
    </form>
  );
}
