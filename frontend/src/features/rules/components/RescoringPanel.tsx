import type { RescoringProgress } from '../../../lib/api/types';

const STATE_LABELS: Record<string, string> = {
  RUNNING: 'en cours',
  DONE: 'terminé',
  FAILED: 'interrompu',
  IDLE: 'aucun',
};

/** « k / n rescorés, c ont changé de bande ». */
export function progressText(progress: RescoringProgress): string {
  return `${progress.done} / ${progress.total} rescorés, ${progress.changed} ${
    progress.changed > 1 ? 'ont' : 'a'
  } changé de bande`;
}

/** How far the rescoring of the open reports has gone, as a progress bar and in words. */
export function RescoringPanel({ progress, error }: { progress: RescoringProgress; error: string | null }) {
  const finished = progress.state === 'DONE';
  const label = `Recalcul des signalements ouverts${progress.version ? ` (version ${progress.version})` : ''}`;
  return (
    <section className="rescoring" aria-labelledby="rescoring-title">
      <h3 id="rescoring-title">
        {label} : {STATE_LABELS[progress.state] ?? progress.state}
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
        {finished ? `Recalcul terminé : ${progressText(progress)}.` : null}
      </p>
      {progress.state === 'FAILED' && (
        <p className="error" role="alert">
          Le recalcul s’est arrêté après {progress.done} signalements sur {progress.total}. Les
          règles sont publiées, mais les signalements restants n’ont pas été recalculés : prévenez
          l’équipe technique.
        </p>
      )}
      {error && <p className="error">{error}</p>}
    </section>
  );
}
