import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { statisticsApi, type Interval } from '../api/statisticsApi';
import { useStatistics, type StatisticsRequest } from '../hooks/useStatistics';
import {
  departmentLabel,
  formatDay,
  labelOf,
  lastDays,
  lastMonth,
  thisMonth,
  thisYear,
  type Period,
} from '../statisticsFormat';
import '../statistics.css';
import { CountsFigure } from './CountsFigure';
import { DataTable } from './DataTable';
import { DelaysFigure } from './DelaysFigure';
import { SeriesFigure } from './SeriesFigure';
import { WorkerActivitySection } from './WorkerActivitySection';

const PRESETS: { label: string; period: (today: Date) => Period }[] = [
  { label: 'Mois dernier', period: lastMonth },
  { label: 'Ce mois-ci', period: thisMonth },
  { label: '30 derniers jours', period: (today) => lastDays(today, 30) },
  { label: 'Depuis le 1er janvier', period: thisYear },
];

/**
 * « Statistiques » for coordinators: a period (Paris days), the series, bands, decisions and
 * referrals as charts, départements, platforms and sources as tables, delays per band against
 * their target, the exports (CSV, Excel, the PDF activity report), and for coordinators each
 * worker's activity. Every chart's data are also in a table.
 */
export function StatisticsPage() {
  const [request, setRequest] = useState<StatisticsRequest>({ ...lastMonth(new Date()), interval: '' });
  const [draft, setDraft] = useState<StatisticsRequest>(request);
  const { figures, error, loading } = useStatistics(request);

  function show(event: FormEvent) {
    event.preventDefault();
    setRequest(draft);
  }

  function choose(period: Period) {
    const next = { ...draft, ...period };
    setDraft(next);
    setRequest(next);
  }

  const decided = figures ? Object.values(figures.byDecision).reduce((sum, n) => sum + n, 0) : 0;

  return (
    <main id="contenu" className="page statistics-page">
      <h1>Statistiques</h1>
      <p className="intro">
        L’activité de l’équipe sur une période, jours comptés à l’heure de Paris. Les exports sont faits pour les
        financeurs : les effectifs de 1 à 4 y sont affichés « &lt; 5 ».
      </p>
      <form className="period-form" onSubmit={show} aria-label="Période">
        <div className="period-field">
          <label htmlFor="stat-from">Du</label>
          <input
            id="stat-from"
            type="date"
            required
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </div>
        <div className="period-field">
          <label htmlFor="stat-to">Au</label>
          <input id="stat-to" type="date" required value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <div className="period-field">
          <label htmlFor="stat-interval">Pas</label>
          <select
            id="stat-interval"
            value={draft.interval}
            onChange={(e) => setDraft({ ...draft, interval: e.target.value as Interval | '' })}
          >
            <option value="">Automatique</option>
            <option value="day">Jour</option>
            <option value="week">Semaine</option>
            <option value="month">Mois</option>
          </select>
        </div>
        <button type="submit">Afficher</button>
        <div className="presets" role="group" aria-label="Périodes usuelles">
          {PRESETS.map((preset) => (
            <button key={preset.label} type="button" className="secondary-button" onClick={() => choose(preset.period(new Date()))}>
              {preset.label}
            </button>
          ))}
        </div>
      </form>
      <ErrorMessage message={error} />
      {loading && <p className="loading">Calcul des statistiques…</p>}
      {figures && (
        <>
          <section aria-labelledby="stat-summary" className="stat-summary">
            <h2 id="stat-summary">
              Du {formatDay(figures.from)} au {formatDay(figures.to)}
            </h2>
            <dl className="key-figures">
              <div>
                <dt>Signalements reçus</dt>
                <dd>{figures.received}</dd>
              </div>
              <div>
                <dt>Décisions enregistrées</dt>
                <dd>{decided}</dd>
              </div>
            </dl>
            <p className="exports">
              Télécharger :{' '}
              <a href={statisticsApi.exportUrl('pdf', figures.from, figures.to)} download>
                Rapport d’activité (PDF)
              </a>
              {' · '}
              <a href={statisticsApi.exportUrl('xlsx', figures.from, figures.to)} download>
                Tableur (Excel)
              </a>
              {' · '}
              <a href={statisticsApi.exportUrl('csv', figures.from, figures.to)} download>
                CSV
              </a>
            </p>
          </section>
          <div className="stat-grid">
            <SeriesFigure series={figures.series} interval={figures.interval} />
            <CountsFigure title="Signalements reçus par priorité" counts={figures.byPriority} label={labelOf} column="Signalements" />
            <CountsFigure title="Décisions par type" counts={figures.byDecision} label={labelOf} column="Décisions" />
            <CountsFigure title="Orientations par destinataire" counts={figures.byReferralChannel} label={labelOf} column="Orientations" />
            <CountsFigure title="Signalements par statut actuel" counts={figures.byStatus} label={labelOf} column="Signalements" />
            <DelaysFigure figures={figures} />
            <section className="stat-figure" aria-label="Par département">
              <DataTable
                caption="Signalements reçus par département"
                columns={['Département', 'Signalements']}
                rows={Object.entries(figures.byDepartment).map(([code, n]) => [departmentLabel(code), n])}
              />
            </section>
            <section className="stat-figure" aria-label="Par plateforme et par source">
              <DataTable
                caption="Signalements reçus par type de plateforme"
                columns={['Plateforme', 'Signalements']}
                rows={Object.entries(figures.byPlatform).map(([code, n]) => [labelOf(code), n])}
              />
              <DataTable
                caption="Signalements reçus par source"
                columns={['Source', 'Signalements']}
                rows={figures.byPartner.map((source) => [source.name ?? 'Sans nom', source.received])}
              />
            </section>
          </div>
          <WorkerActivitySection from={figures.from} to={figures.to} />
        </>
      )}
    </main>
  );
}
