/** One numeric mock setting: shows the mock's value until edited, saves on submit. */
import { useState } from 'preact/hooks';

/** A whole number within bounds, or null. */
function wholeNumber(text: string, max: number): number | null {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= 0 && value <= max ? value : null;
}

export interface NumberSettingProps {
  id: string;
  label: string;
  hint: string;
  current: number | undefined;
  max: number;
  onSave(value: number): Promise<boolean>;
}

export function NumberSetting({ id, label, hint, current, max, onSave }: NumberSettingProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const text = draft ?? (current === undefined ? '' : String(current));

  async function save(event: Event) {
    event.preventDefault();
    const value = wholeNumber(text, max);
    setInvalid(value === null);
    if (value !== null && (await onSave(value))) setDraft(null);
  }

  return (
    <form class="sc-row" onSubmit={save} noValidate>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={max}
        step={1}
        value={text}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        onInput={(event) => setDraft(event.currentTarget.value)}
      />
      <button type="submit">Save</button>
      <p id={`${id}-hint`} class={invalid ? 'sc-field-error' : 'sc-muted'}>
        {invalid ? `Enter a whole number from 0 to ${max}. ` : ''}
        {hint}
      </p>
    </form>
  );
}
