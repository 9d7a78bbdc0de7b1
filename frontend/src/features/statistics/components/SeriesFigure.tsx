import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'react';
import type { StatisticsPoint } from '../../../lib/api/types';
import { formatDay } from '../statisticsFormat';
import { ChartCanvas } from './ChartCanvas';
import { BLUE, ORANGE } from './CountsFigure';
import { DataTable } from './DataTable';

const UNIT: Record<string, string> = { day: 'jour', week: 'semaine', month: 'mois' };

/** Reports received (bars) and decisions recorded (line) per day, week or month. */
export function SeriesFigure({ series, interval }: { series: StatisticsPoint[]; interval: string }) {
  const title = `Évolution par ${UNIT[interval] ?? interval}`;
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: series.map((point) => formatDay(point.start)),
        datasets: [
          { type: 'bar', label: 'Signalements reçus', data: series.map((p) => p.received), backgroundColor: BLUE },
          {
            type: 'line',
            label: 'Décisions enregistrées',
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
    [series],
  );
  return (
    <figure className="stat-figure wide">
      <figcaption>{title}</figcaption>
      <ChartCanvas config={config} label={`Graphique : ${title}, signalements reçus et décisions`} />
      <DataTable
        caption={title}
        columns={[interval === 'day' ? 'Jour' : interval === 'week' ? 'Semaine du' : 'Mois du', 'Reçus', 'Décisions']}
        rows={series.map((p) => [formatDay(p.start), p.received, p.decided])}
      />
    </figure>
  );
}
