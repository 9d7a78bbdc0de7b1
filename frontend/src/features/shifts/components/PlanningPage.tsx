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

const WEEK = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: 'UTC' });

function calendarFailure(): string {
  return 'Le planning n’a pas pu être chargé.';
}

/**
 * « Planning »: the week's shifts with the hours nobody covers in colour, who is on duty now, and
 * for coordinators the planning form; a worker sees her shifts, signs up for open slots and hands
 * her shift over.
 */
export function PlanningPage() {
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
      <h1>Planning des créneaux</h1>
      {now && <OnDutyPanel now={now} />}
      {now?.shift && now.shift.kind === 'WORKER' && <HandoverForm shiftId={now.shift.shiftId} onDone={refresh} />}

      <nav className="week-navigation" aria-label="Semaines">
        <button type="button" className="plain-button" onClick={() => setMonday(addDays(monday, -7))}>
          Semaine précédente
        </button>
        <button type="button" className="plain-button" onClick={() => setMonday(mondayOf(new Date()))}>
          Cette semaine
        </button>
        <button type="button" className="plain-button" onClick={() => setMonday(addDays(monday, 7))}>
          Semaine suivante
        </button>
      </nav>
      <h2>Semaine du {WEEK.format(new Date(`${monday}T00:00:00Z`))}</h2>
      <ErrorMessage message={error} />
      <p className="calendar-legend">
        <span className="legend worker-shift">Maraude</span> <span className="legend on-duty">Astreinte</span>{' '}
        <span className="legend open-shift">Créneau ouvert</span>{' '}
        <span className="legend calendar-gap-legend">Personne en maraude</span>
        {calendar && ` — ${gapHours} h sans personne en maraude cette semaine.`}
      </p>
      {calendar && <WeekCalendar monday={monday} shifts={calendar.items} gaps={calendar.gaps} />}
      <p aria-live="polite">{message}</p>
      {calendar && calendar.items.length > 0 && (
        <>
          <h2>Créneaux de la semaine</h2>
          <ul className="shift-list">
            {calendar.items.map((shift) => (
              <li key={shift.id}>
                {shiftTitle(shift)}
                {coordinator && (
                  <button
                    type="button"
                    className="plain-button"
                    onClick={() => void act(() => shiftsApi.remove(shift.id), 'Créneau supprimé.', 'Suppression impossible.')}
                  >
                    Supprimer
                  </button>
                )}
                {roles.includes('WORKER') && shift.username === null && !(shift.signedUp ?? []).includes(me) && (
                  <button
                    type="button"
                    onClick={() =>
                      void act(() => shiftsApi.signUp(shift.id), 'Inscription enregistrée.', 'Inscription impossible (complet, chevauchement ou repos).')
                    }
                  >
                    M’inscrire
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
