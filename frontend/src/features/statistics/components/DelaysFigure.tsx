import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'react';
import type { ActivityFigures } from '../../../lib/api/types';
import { durationSeconds, formatDuration, formatShare, labelOf } from '../statisticsFormat';
import { ChartCanvas } from './ChartCanvas';
import { BLUE, RED } from './CountsFigure';
import { DataTable } from './DataTable';

const LIGHT_BLUE = '#9db9d9';

function minutes(iso: string | null): number | null {
  const seconds = durationSeconds(iso);
  return seconds === null ? null : Math.round((seconds / 60) * 10) / 10;
}

/** Time to first claim per band: median and 90th percentile as bars, the band's target as a line. */
export function DelaysFigure({ figures }: { figures: ActivityFigures }) {
  const claims = Object.entries(figures.timeToClaim);
  const bands = claims.map(([band]) => band);
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: bands.map(labelOf),
        datasets: [
          { type: 'bar', label: 'Médiane (min)', data: claims.map(([, claim]) => minutes(claim.p50)), backgroundColor: BLUE },
          {
            type: 'bar',
            label: '9 sur 10 en moins de (min)',
            data: claims.map(([, claim]) => minutes(claim.p90)),
            backgroundColor: LIGHT_BLUE,
          },
          {
            type: 'line',
            label: 'Objectif (min)',
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
        scales: { y: { beginAtZero: true, title: { display: true, text: 'minutes' } } },
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [figures],
  );
  const title = 'Délais par priorité';
  return (
    <figure className="stat-figure wide">
      <figcaption>{title} : première prise en charge (médiane, 9 sur 10, objectif)</figcaption>
      <ChartCanvas config={config} label={`Graphique : ${title}, délai de première prise en charge et objectif`} />
      <DataTable
        caption={`${title} (première prise en charge et décision)`}
        columns={[
          'Priorité',
          'Pris en charge',
          'Prise en charge, médiane',
          '9 sur 10 en moins de',
          'Objectif',
          'Dans l’objectif',
          'Décidés',
          'Décision, médiane',
          'Décision, 9 sur 10',
        ]}
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
