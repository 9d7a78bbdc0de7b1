import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api/ApiError';
import type { Platform, ShiftKind, ShiftRequest } from '../../../lib/api/types';
import { Field } from '../../../components/Field';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PLATFORM_LABELS } from '../../../components/labels';
import { shiftsApi } from '../api/shiftsApi';
import { SHIFT_KIND_LABELS } from '../shiftLabels';
import { shiftWindow } from '../weekGrid';
import { t } from '../../../lib/i18n';

/** The server's field names → the form's controls (an error on end shows under the end time). */
const FIELD_OF: Record<string, string> = {
  username: 'username',
  start: 'startTime',
  end: 'endTime',
  kind: 'kind',
  slots: 'slots',
  'repeat.until': 'until',
  'repeat.weekly': 'until',
};

function fieldOf(serverField: string): string {
  if (serverField.startsWith('platforms')) return 'platforms';
  if (serverField.startsWith('departments')) return 'departments';
  return FIELD_OF[serverField] ?? 'form';
}

/** A coordinator plans a shift: who, which day, from when to when (a night shift ends next morning), on what, every week. */
export function PlanningForm({ day, onPlanned }: { day: string; onPlanned: () => void }) {
  const [open, setOpen] = useState(false);
  const [username, setUsername] = useState('');
  const [kind, setKind] = useState<ShiftKind>('WORKER');
  const [date, setDate] = useState(day);
  const [startTime, setStartTime] = useState('21:00');
  const [endTime, setEndTime] = useState('05:00');
  const [platforms, setPlatforms] = useState<Platform[]>([]);
  const [departments, setDepartments] = useState('');
  const [weekly, setWeekly] = useState(false);
  const [until, setUntil] = useState('');
  const [slots, setSlots] = useState('2');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setFailure(null);
    setDone('');
    const window = shiftWindow(date, startTime, endTime);
    const request: ShiftRequest = {
      username: open ? undefined : username.trim(),
      kind,
      start: window.start,
      end: window.end,
      platforms,
      departments: departments.split(/[\s,;]+/).filter((d) => d !== ''),
      slots: open ? Number(slots) : undefined,
      repeat: weekly ? { weekly: true, until } : undefined,
    };
    try {
      await shiftsApi.plan(request);
      setDone(weekly ? t('shifts.form.seriesSaved') : t('shifts.form.saved'));
      onPlanned();
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && error.problem.errors) {
        const byField: Record<string, string> = {};
        for (const e of error.problem.errors) byField[fieldOf(e.field)] = e.message.split(' / ')[0] ?? e.message;
        setErrors(byField);
        setFailure(t('shifts.form.invalid'));
      } else {
        setFailure(t('shifts.form.failed'));
      }
    }
  }

  return (
    <form className="planning-form" onSubmit={(event) => void submit(event)} aria-label={t('shifts.form.title')}>
      <h2>{t('shifts.form.title')}</h2>
      <div className="field">
        <label>
          <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} /> {t('shifts.form.open')}
        </label>
      </div>
      {open ? (
        <Field id="slots" label={t('shifts.form.slots')} error={errors.slots}>
          {(control) => (
            <input {...control} type="number" min={1} max={50} value={slots} onChange={(e) => setSlots(e.target.value)} />
          )}
        </Field>
      ) : (
        <Field id="username" label={t('shifts.form.person')} required error={errors.username}>
          {(control) => <input {...control} value={username} onChange={(e) => setUsername(e.target.value)} />}
        </Field>
      )}
      <Field id="kind" label={t('shifts.form.kind')} error={errors.kind}>
        {(control) => (
          <select {...control} value={kind} onChange={(e) => setKind(e.target.value as ShiftKind)}>
            {(Object.keys(SHIFT_KIND_LABELS) as ShiftKind[]).map((k) => (
              <option key={k} value={k}>
                {SHIFT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="date" label={t('shifts.form.day')} required>
        {(control) => <input {...control} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <Field id="startTime" label={t('shifts.form.start')} required error={errors.startTime}>
        {(control) => <input {...control} type="time" value={startTime} onChange={(e) => setStartTime(e.target.value)} />}
      </Field>
      <Field
        id="endTime"
        label={t('shifts.form.end')}
        required
        help={t('shifts.form.endHelp')}
        error={errors.endTime}
      >
        {(control) => <input {...control} type="time" value={endTime} onChange={(e) => setEndTime(e.target.value)} />}
      </Field>
      <fieldset className="field">
        <legend>{t('shifts.form.platforms')}</legend>
        {(Object.keys(PLATFORM_LABELS) as Platform[]).map((p) => (
          <label key={p} className="checkbox-inline">
            <input
              type="checkbox"
              checked={platforms.includes(p)}
              onChange={(e) => setPlatforms(e.target.checked ? [...platforms, p] : platforms.filter((x) => x !== p))}
            />{' '}
            {PLATFORM_LABELS[p]}
          </label>
        ))}
        {errors.platforms && <p className="field-error">{errors.platforms}</p>}
      </fieldset>
      <Field
        id="departments"
        label={t('shifts.form.departments')}
        help={t('shifts.form.departmentsHelp')}
        error={errors.departments}
      >
        {(control) => <input {...control} value={departments} onChange={(e) => setDepartments(e.target.value)} />}
      </Field>
      <div className="field">
        <label>
          <input type="checkbox" checked={weekly} onChange={(e) => setWeekly(e.target.checked)} /> {t('shifts.form.weekly')}
        </label>
      </div>
      {weekly && (
        <Field id="until" label={t('shifts.form.until')} required error={errors.until}>
          {(control) => <input {...control} type="date" value={until} onChange={(e) => setUntil(e.target.value)} />}
        </Field>
      )}
      <ErrorMessage message={errors.form ?? failure} />
      <p aria-live="polite" className="form-done">
        {done}
      </p>
      <button type="submit">{t('shifts.form.submit')}</button>
    </form>
  );
}
