import { useEffect, useRef, useState } from 'react';
import type { RulesPublication } from '../../../lib/api/types';
import { RescoringPanel } from './RescoringPanel';
import { RulesEditor } from './RulesEditor';
import { RulesHistory } from './RulesHistory';
import { useRescoringProgress } from '../hooks/useRescoringProgress';
import { useRules } from '../hooks/useRules';
import '../rules.css';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useTranslation } from '../../../lib/i18n';

/** « Règles de priorisation »: the rules in force, a draft to preview and publish, the versions. */
export function RulesPage() {
  const { t } = useTranslation();
  const { rules, error, reload } = useRules();
  const rescoring = useRescoringProgress();
  const [message, setMessage] = useState<string | null>(null);
  const { follow } = rescoring;
  const loadedProgress = rules?.rescoring ?? null;
  const [followedOnLoad, setFollowedOnLoad] = useState(false);
  const confirmation = useRef<HTMLParagraphElement>(null);

  // After a publication the form is far down the page: bring its confirmation into view, with the focus.
  useEffect(() => {
    if (message === null) return;
    const element = confirmation.current;
    element?.focus();
    element?.scrollIntoView?.({ block: 'center' });
  }, [message]);

  // A rescoring may be under way (or just finished) when the page opens: show it.
  if (!followedOnLoad && loadedProgress !== null) {
    setFollowedOnLoad(true);
    if (loadedProgress.state !== 'IDLE') follow(loadedProgress);
  }

  function published(publication: RulesPublication) {
    setMessage(t('rules.published', { version: publication.version }));
    follow(publication.rescoring);
    void reload();
  }

  return (
    <main id="contenu" className="page rules-page">
      <h1>{t('rules.title')}</h1>
      <p className="intro">
        {t('rules.intro')}
      </p>
      <p
        role="status"
        ref={confirmation}
        tabIndex={-1}
        className={message ? 'confirmation' : 'confirmation-status'}
      >
        {message}
      </p>
      <ErrorMessage message={error} />
      {rules === null ? (
        error ? null : <p className="loading">{t('rules.loading')}</p>
      ) : (
        <>
          <section aria-labelledby="rules-in-force-title">
            <h2 id="rules-in-force-title">{t('rules.inForce')}</h2>
            <p>
              {t('rules.versionInForce')} <strong className="rule-code">{rules.definition.version}</strong>
              {' · '}
              {t('rules.sizes', {
                signals: t('rules.signals', { count: rules.definition.rules.length }),
                lines: t('rules.lines', { count: rules.definition.bands.length }),
              })}
            </p>
            {rescoring.progress && (
              <RescoringPanel progress={rescoring.progress} error={rescoring.error} />
            )}
          </section>
          <RulesEditor
            key={rules.definition.version}
            inForce={rules}
            onPublished={published}
          />
          <section aria-labelledby="rules-history-title">
            <h2 id="rules-history-title">{t('rules.history.title')}</h2>
            <RulesHistory history={rules.history} current={rules.definition.version} />
          </section>
        </>
      )}
    </main>
  );
}
