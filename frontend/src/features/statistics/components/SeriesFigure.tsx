import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'react';
import type { StatisticsPoint } from '../../../lib/api/types';
import { formatDay } from '../statisticsFormat';
import { ChartCanvas } from './ChartCanvas';
import { BLUE, ORANGE } from './CountsFigure';
import { DataTable } from './DataTable';
import { useTranslation } from '../../../lib/i18n';

/** The intervals the server knows, named in the catalogue (« statistics.series.by.week »). */
const INTERVALS = new Set(['day', 'week', 'month']);

/** Reports received (bars) and decisions recorded (line) per day, week or month. */
export function SeriesFigure({ series, interval }: { series: StatisticsPoint[]; interval: string }) {
  const { t } = useTranslation();
  const known = INTERVALS.has(interval);
  const title = known ? t(`statistics.series.by.${interval}`) : t('statistics.series.byOther', { interval });
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: series.map((point) => formatDay(point.start)),
        datasets: [
          { type: 'bar', label: t('statistics.received'), data: series.map((p) => p.received), backgroundColor: BLUE },
          {
            type: 'line',
            label: t('statistics.decided'),
            data: series.map((p) => p.decided),
            borderColor: ORANGE,
            backgroundColor: ORANGE,
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    }),
    [series, t],
  );
  return (
    <figure className="stat-figure wide">
      <figcaption>{title}</figcaption>
      <ChartCanvas config={config} label={t('statistics.series.chart', { title })} />
      <DataTable
        caption={title}
        columns={[
          t(`statistics.series.start.${known ? interval : 'month'}`),
          t('statistics.series.received'),
          t('statistics.series.decisions'),
        ]}
        rows={series.map((p) => [formatDay(p.start), p.received, p.decided])}
      />
    </figure>
  );
}
