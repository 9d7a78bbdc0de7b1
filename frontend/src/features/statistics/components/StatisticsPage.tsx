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
import { useTranslation } from '../../../lib/i18n';

/** The usual periods; each key names its button in the catalogue (« statistics.preset.lastMonth »). */
const PRESETS: { key: string; period: (today: Date) => Period }[] = [
  { key: 'lastMonth', period: lastMonth },
  { key: 'thisMonth', period: thisMonth },
  { key: 'last30Days', period: (today) => lastDays(today, 30) },
  { key: 'thisYear', period: thisYear },
];

/**
 * « Statistiques » for coordinators: a period (Paris days), the series, bands, decisions and
 * referrals as charts, départements, platforms and sources as tables, delays per band against
 * their target, the exports (CSV, Excel, the PDF activity report), and for coordinators each
 * worker's activity. Every chart's data are also in a table.
 */
export function StatisticsPage() {
  const { t } = useTranslation();
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
      <h1>{t('nav.statistics')}</h1>
      <p className="intro">
        {t('statistics.intro')}
      </p>
      <form className="period-form" onSubmit={show} aria-label={t('statistics.period')}>
        <div className="period-field">
          <label htmlFor="stat-from">{t('statistics.from')}</label>
          <input
            id="stat-from"
            type="date"
            required
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </div>
        <div className="period-field">
          <label htmlFor="stat-to">{t('statistics.to')}</label>
          <input id="stat-to" type="date" required value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <div className="period-field">
          <label htmlFor="stat-interval">{t('statistics.interval')}</label>
          <select
            id="stat-interval"
            value={draft.interval}
            onChange={(e) => setDraft({ ...draft, interval: e.target.value as Interval | '' })}
          >
            <option value="">{t('statistics.intervals.auto')}</option>
            <option value="day">{t('statistics.intervals.day')}</option>
            <option value="week">{t('statistics.intervals.week')}</option>
            <option value="month">{t('statistics.intervals.month')}</option>
          </select>
        </div>
        <button type="submit">{t('statistics.show')}</button>
        <div className="presets" role="group" aria-label={t('statistics.presets')}>
          {PRESETS.map((preset) => (
            <button key={preset.key} type="button" className="secondary-button" onClick={() => choose(preset.period(new Date()))}>
              {t(`statistics.preset.${preset.key}`)}
            </button>
          ))}
        </div>
      </form>
      <ErrorMessage message={error} />
      {loading && <p className="loading">{t('statistics.loading')}</p>}
      {figures && (
        <>
          <section aria-labelledby="stat-summary" className="stat-summary">
            <h2 id="stat-summary">
              {t('statistics.range', { from: formatDay(figures.from), to: formatDay(figures.to) })}
            </h2>
            <dl className="key-figures">
              <div>
                <dt>{t('statistics.received')}</dt>
                <dd>{figures.received}</dd>
              </div>
              <div>
                <dt>{t('statistics.decided')}</dt>
                <dd>{decided}</dd>
              </div>
            </dl>
            <p className="exports">
              {t('statistics.download')}{' '}
              <a href={statisticsApi.exportUrl('pdf', figures.from, figures.to)} download>
                {t('statistics.exportPdf')}
              </a>
              {' · '}
              <a href={statisticsApi.exportUrl('xlsx', figures.from, figures.to)} download>
                {t('statistics.exportXlsx')}
              </a>
              {' · '}
              <a href={statisticsApi.exportUrl('csv', figures.from, figures.to)} download>
                {t('statistics.exportCsv')}
              </a>
            </p>
          </section>
          <div className="stat-grid">
            <SeriesFigure series={figures.series} interval={figures.interval} />
            <CountsFigure title={t('statistics.byPriority')} counts={figures.byPriority} label={labelOf} column={t('statistics.reports')} />
            <CountsFigure title={t('statistics.byDecision')} counts={figures.byDecision} label={labelOf} column={t('statistics.series.decisions')} />
            <CountsFigure
              title={t('statistics.byReferralChannel')}
              counts={figures.byReferralChannel}
              label={labelOf}
              column={t('statistics.referrals')}
            />
            <CountsFigure title={t('statistics.byStatus')} counts={figures.byStatus} label={labelOf} column={t('statistics.reports')} />
            <DelaysFigure figures={figures} />
            <section className="stat-figure" aria-label={t('statistics.departmentRegion')}>
              <DataTable
                caption={t('statistics.byDepartment')}
                columns={[t('statistics.department'), t('statistics.reports')]}
                rows={Object.entries(figures.byDepartment).map(([code, n]) => [departmentLabel(code), n])}
              />
            </section>
            <section className="stat-figure" aria-label={t('statistics.platformRegion')}>
              <DataTable
                caption={t('statistics.byPlatform')}
                columns={[t('statistics.platform'), t('statistics.reports')]}
                rows={Object.entries(figures.byPlatform).map(([code, n]) => [labelOf(code), n])}
              />
              <DataTable
                caption={t('statistics.bySource')}
                columns={[t('statistics.source'), t('statistics.reports')]}
                rows={figures.byPartner.map((source) => [source.name ?? t('statistics.unnamed'), source.received])}
              />
            </section>
          </div>
          <WorkerActivitySection from={figures.from} to={figures.to} />
        </>
      )}
    </main>
  );
}
