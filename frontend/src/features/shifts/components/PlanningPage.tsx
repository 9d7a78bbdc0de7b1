import { useCallback, useState } from 'react';
import type { ShiftCalendar } from '../../../lib/api/types';
import { useSession } from '../../../lib/session/SessionContext';
import { useLoaded } from '../../../lib/useLoaded';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { shiftsApi } from '../api/shiftsApi';
import { useDutyNow } from '../hooks/useDutyNow';
import { addDays, mondayOf } from '../weekGrid';
import { HandoverForm } from './HandoverForm';
import { OnDutyPanel } from './OnDutyPanel';
import { PlanningForm } from './PlanningForm';
import { shiftTitle, WeekCalendar } from './WeekCalendar';
import { locale, t, useTranslation } from '../../../lib/i18n';


function calendarFailure(): string {
  return t('shifts.planning.loadFailed');
}

/**
 * « Planning »: the week's shifts with the hours nobody covers in colour, who is on duty now, and
 * for coordinators the planning form; a worker sees her shifts, signs up for open slots and hands
 * her shift over.
 */
export function PlanningPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const roles = session.status === 'authenticated' ? session.user.roles : [];
  const me = session.status === 'authenticated' ? session.user.username : '';
  const coordinator = roles.includes('COORDINATOR');
  const [monday, setMonday] = useState(() => mondayOf(new Date()));
  const load = useCallback((): Promise<ShiftCalendar> => shiftsApi.calendar(monday, addDays(monday, 7)), [monday]);
  const { value: calendar, error, reload } = useLoaded(load, calendarFailure);
  const { value: now, reload: reloadNow } = useDutyNow();
  const [message, setMessage] = useState('');

  const refresh = useCallback(() => {
    void reload();
    void reloadNow();
  }, [reload, reloadNow]);

  async function act(action: () => Promise<unknown>, done: string, failed: string) {
    try {
      await action();
      setMessage(done);
    } catch {
      setMessage(failed);
    }
    refresh();
  }

  const gapHours = calendar
    ? Math.round(calendar.gaps.reduce((sum, g) => sum + (new Date(g.end).getTime() - new Date(g.start).getTime()), 0) / 36e5)
    : 0;

  return (
    <main id="contenu" className="planning-page">
      <h1>{t('shifts.planning.title')}</h1>
      {now && <OnDutyPanel now={now} />}
      {now?.shift && now.shift.kind === 'WORKER' && <HandoverForm shiftId={now.shift.shiftId} onDone={refresh} />}

      <nav className="week-navigation" aria-label={t('shifts.planning.weeks')}>
        <button type="button" className="plain-button" onClick={() => setMonday(addDays(monday, -7))}>
          {t('shifts.planning.previous')}
        </button>
        <button type="button" className="plain-button" onClick={() => setMonday(mondayOf(new Date()))}>
          {t('shifts.planning.current')}
        </button>
        <button type="button" className="plain-button" onClick={() => setMonday(addDays(monday, 7))}>
          {t('shifts.planning.next')}
        </button>
      </nav>
      <h2>
        {t('shifts.planning.weekOf', {
          day: new Intl.DateTimeFormat(locale(), { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${monday}T00:00:00Z`)),
        })}
      </h2>
      <ErrorMessage message={error} />
      <p className="calendar-legend">
        <span className="legend worker-shift">{t('shifts.planning.legendWorker')}</span>{' '}
        <span className="legend on-duty">{t('shifts.planning.legendOnDuty')}</span>{' '}
        <span className="legend open-shift">{t('shifts.planning.legendOpen')}</span>{' '}
        <span className="legend calendar-gap-legend">{t('shifts.planning.legendGap')}</span>
        {calendar && t('shifts.planning.gapHours', { hours: gapHours })}
      </p>
      {calendar && <WeekCalendar monday={monday} shifts={calendar.items} gaps={calendar.gaps} />}
      <p aria-live="polite">{message}</p>
      {calendar && calendar.items.length > 0 && (
        <>
          <h2>{t('shifts.planning.list')}</h2>
          <ul className="shift-list">
            {calendar.items.map((shift) => (
              <li key={shift.id}>
                {shiftTitle(shift)}
                {coordinator && (
                  <button
                    type="button"
                    className="plain-button"
                    onClick={() => void act(() => shiftsApi.remove(shift.id), t('shifts.planning.removed'), t('shifts.planning.removeFailed'))}
                  >
                    {t('shifts.planning.remove')}
                  </button>
                )}
                {roles.includes('WORKER') && shift.username === null && !(shift.signedUp ?? []).includes(me) && (
                  <button
                    type="button"
                    onClick={() =>
                      void act(
                        () => shiftsApi.signUp(shift.id),
                        t('shifts.planning.signedUp'),
                        t('shifts.planning.signUpFailed'),
                      )
                    }
                  >
                    {t('shifts.planning.signUp')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {coordinator && <PlanningForm day={monday} onPlanned={refresh} />}
    </main>
  );
}
