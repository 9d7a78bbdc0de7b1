import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'react';
import type { ActivityFigures } from '../../../lib/api/types';
import { durationSeconds, formatDuration, formatShare, labelOf } from '../statisticsFormat';
import { ChartCanvas } from './ChartCanvas';
import { BLUE, RED } from './CountsFigure';
import { DataTable } from './DataTable';
import { useTranslation } from '../../../lib/i18n';

const LIGHT_BLUE = '#9db9d9';

/** The table's columns, keys of the catalogue (« statistics.delays.column.band »). */
const DELAY_COLUMNS = ['band', 'claimed', 'claimMedian', 'claimP90', 'target', 'withinTarget', 'decided', 'decisionMedian', 'decisionP90'];

function minutes(iso: string | null): number | null {
  const seconds = durationSeconds(iso);
  return seconds === null ? null : Math.round((seconds / 60) * 10) / 10;
}

/** Time to first claim per band: median and 90th percentile as bars, the band's target as a line. */
export function DelaysFigure({ figures }: { figures: ActivityFigures }) {
  const { t } = useTranslation();
  const claims = Object.entries(figures.timeToClaim);
  const bands = claims.map(([band]) => band);
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: bands.map(labelOf),
        datasets: [
          { type: 'bar', label: t('statistics.delays.median'), data: claims.map(([, claim]) => minutes(claim.p50)), backgroundColor: BLUE },
          {
            type: 'bar',
            label: t('statistics.delays.p90'),
            data: claims.map(([, claim]) => minutes(claim.p90)),
            backgroundColor: LIGHT_BLUE,
          },
          {
            type: 'line',
            label: t('statistics.delays.target'),
            data: claims.map(([, claim]) => minutes(claim.target)),
            borderColor: RED,
            backgroundColor: RED,
            showLine: false,
            pointStyle: 'line',
            pointRadius: 18,
            pointBorderWidth: 3,
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, title: { display: true, text: t('statistics.delays.minutes') } } },
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [figures, t],
  );
  const title = t('statistics.delays.title');
  return (
    <figure className="stat-figure wide">
      <figcaption>{t('statistics.delays.caption', { title })}</figcaption>
      <ChartCanvas config={config} label={t('statistics.delays.chart', { title })} />
      <DataTable
        caption={t('statistics.delays.table', { title })}
        columns={DELAY_COLUMNS.map((column) => t(`statistics.delays.column.${column}`))}
        rows={claims.map(([band, claim]) => {
          const decision = figures.timeToDecision[band] ?? { p50: null, p90: null, count: 0 };
          return [
            labelOf(band),
            claim.count,
            formatDuration(claim.p50),
            formatDuration(claim.p90),
            formatDuration(claim.target),
            formatShare(claim.withinTarget),
            decision.count,
            formatDuration(decision.p50),
            formatDuration(decision.p90),
          ];
        })}
      />
    </figure>
  );
}
