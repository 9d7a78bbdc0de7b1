import type { RescoringProgress } from '../../../lib/api/types';
import { t, useTranslation } from '../../../lib/i18n';

/** The rescoring's states, named in the catalogue (« rules.rescoring.state.RUNNING »). */
const STATES = new Set(['RUNNING', 'DONE', 'FAILED', 'IDLE']);

/** « k / n rescorés, c ont changé de bande ». */
export function progressText(progress: RescoringProgress): string {
  return t('rules.rescoring.progress', { done: progress.done, total: progress.total, count: progress.changed });
}

/** How far the rescoring of the open reports has gone, as a progress bar and in words. */
export function RescoringPanel({ progress, error }: { progress: RescoringProgress; error: string | null }) {
  const { t } = useTranslation();
  const finished = progress.state === 'DONE';
  const label = progress.version
    ? t('rules.rescoring.titleVersion', { version: progress.version })
    : t('rules.rescoring.title');
  return (
    <section className="rescoring" aria-labelledby="rescoring-title">
      <h3 id="rescoring-title">
        {t('rules.rescoring.titleState', {
          label,
          state: STATES.has(progress.state) ? t(`rules.rescoring.state.${progress.state}`) : progress.state,
        })}
      </h3>
      <progress
        role="progressbar"
        aria-labelledby="rescoring-title"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={progressText(progress)}
        max={Math.max(progress.total, 1)}
        value={progress.total === 0 ? (finished ? 1 : 0) : progress.done}
      />
      <p className="rescoring-count">{progressText(progress)}</p>
      <p role="status" className="visually-hidden">
        {finished ? t('rules.rescoring.finished', { progress: progressText(progress) }) : null}
      </p>
      {progress.state === 'FAILED' && (
        <p className="error" role="alert">
          {t('rules.rescoring.failed', { done: progress.done, total: progress.total })}
        </p>
      )}
      {error && <p className="error">{error}</p>}
    </section>
  );
}
