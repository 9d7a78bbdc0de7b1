import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'react';
import { ChartCanvas } from './ChartCanvas';
import { DataTable } from './DataTable';
import { useTranslation } from '../../../lib/i18n';

export const BLUE = '#1d4e89';
export const ORANGE = '#b45309';
export const RED = '#c01c28';

/** Counts by code as horizontal bars, and the same counts as a table. */
export function CountsFigure({
  title,
  counts,
  label,
  column,
}: {
  title: string;
  counts: Record<string, number>;
  label: (code: string) => string;
  column: string;
}) {
  const { t } = useTranslation();
  const entries = Object.entries(counts);
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: entries.map(([code]) => label(code)),
        datasets: [{ label: column, data: entries.map(([, n]) => n), backgroundColor: BLUE }],
      },
      options: {
        indexAxis: 'y',
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    }),
    // entries come from counts: redraw when the counts change
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [counts, label, column],
  );
  return (
    <figure className="stat-figure">
      <figcaption>{title}</figcaption>
      <ChartCanvas config={config} label={t('statistics.barChart', { title })} />
      <DataTable caption={title} columns={['', column]} rows={entries.map(([code, n]) => [label(code), n])} />
    </figure>
  );
}
