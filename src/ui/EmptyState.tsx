import { useEnv } from './env.ts';

interface Props {
  /** `empty`: the shopper has no orders at all; `no-results`: the filters matched nothing. */
  kind: 'empty' | 'no-results';
  onClear?: () => void;
}

export function EmptyState({ kind, onClear }: Props) {
  const { t } = useEnv();
  const prefix = kind === 'empty' ? 'list.empty' : 'list.noResults';
  return (
    <div class="empty-state" data-kind={kind}>
      <p class="empty-state-title">{t(`${prefix}.title`)}</p>
      <p class="empty-state-body">{t(`${prefix}.body`)}</p>
      {onClear && (
        <button type="button" class="button" onClick={onClear}>
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
