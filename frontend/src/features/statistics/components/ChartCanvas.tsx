import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../../lib/i18n';

// Only what the page draws: bars and lines (tree-shaken, about 70 kB gzipped).
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * A Chart.js chart on a canvas, redrawn when `config` changes. The canvas is an image for
 * assistive technologies (its label says what it shows); its data are in the table beside it.
 * Where no 2D context exists (jsdom) nothing is drawn.
 */
export function ChartCanvas({ config, label }: { config: ChartConfiguration; label: string }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const element = canvas.current;
    if (!element || !element.getContext('2d')) return undefined;
    const chart = new Chart(element, config);
    return () => chart.destroy();
  }, [config]);

  return (
    <div className="chart-area">
      <canvas ref={canvas} role="img" aria-label={t('statistics.chartLabel', { label })} />
    </div>
  );
}
