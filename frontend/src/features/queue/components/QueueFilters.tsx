import { useId } from 'react';
import type { Platform, Priority, QueueFilter, ReportStatus } from '../../../lib/api/types';
import { PLATFORM_LABELS, PRIORITY_LABELS, STATUS_LABELS } from '../../../components/labels';
import { hasFilter } from '../queueFilter';

interface QueueFiltersProps {
  filter: QueueFilter;
  onChange: (filter: QueueFilter) => void;
}

/** Filters applied as soon as they change; the queue keeps the backend's triage order. */
import { useTranslation } from '../../../lib/i18n';

export function QueueFilters({ filter, onChange }: QueueFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = <K extends keyof QueueFilter>(key: K, value: QueueFilter[K]) =>
    onChange({ ...filter, [key]: value || undefined });

  return (
    <form className="queue-filters" role="search" aria-label={t('queue.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-band`}>{t('queue.table.band')}</label>
        <select
          id={`${id}-band`}
          value={filter.band ?? ''}
          onChange={(event) => set('band', event.target.value as Priority)}
        >
          <option value="">{t('queue.filters.all')}</option>
          {(Object.keys(PRIORITY_LABELS) as Priority[]).map((band) => (
            <option key={band} value={band}>
              {band} — {PRIORITY_LABELS[band]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-platform`}>{t('queue.table.platform')}</label>
        <select
          id={`${id}-platform`}
          value={filter.platform ?? ''}
          onChange={(event) => set('platform', event.target.value as Platform)}
        >
          <option value="">{t('queue.filters.all')}</option>
          {(Object.keys(PLATFORM_LABELS) as Platform[]).map((platform) => (
            <option key={platform} value={platform}>
              {PLATFORM_LABELS[platform]}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-short">
        <label htmlFor={`${id}-department`}>{t('queue.filters.department')}</label>
        <input
          id={`${id}-department`}
          inputMode="text"
          autoComplete="off"
          maxLength={3}
          size={4}
          value={filter.department ?? ''}
          onChange={(event) => set('department', event.target.value.trim())}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('queue.followUps.status')}</label>
        <select
          id={`${id}-status`}
          value={filter.status ?? ''}
          onChange={(event) => set('status', event.target.value as ReportStatus)}
        >
          <option value="">{t('queue.filters.open')}</option>
          {Object.entries(STATUS_LABELS).map(([status, label]) => (
            <option key={status} value={status}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="checkboxes">
        <label>
          <input
            type="checkbox"
            checked={filter.mine === true}
            onChange={(event) => set('mine', event.target.checked)}
          />{' '}
          {t('queue.filters.mine')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={filter.followUps === true}
            onChange={(event) => set('followUps', event.target.checked)}
          />{' '}
          {t('queue.filters.followUps')}
        </label>
      </div>
      {hasFilter(filter) && (
        <button type="button" className="plain-button" onClick={() => onChange({})}>
          {t('queue.filters.clear')}
        </button>
      )}
    </form>
  );
}
