import { useTranslation } from '../lib/i18n';
import { useSession } from '../lib/session/SessionContext';

/** Instead of the login form when the server cannot be reached: it says so, and tries again. */
export function ServerUnreachable() {
  const { t } = useTranslation();
  const { retry } = useSession();
  return (
    <main id="contenu" className="login">
      <h1>Vigie</h1>
      <div role="alert" className="error-summary">
        <h2>{t('unreachable.title')}</h2>
        <p>{t('unreachable.body')}</p>
      </div>
      <button type="button" onClick={retry}>
        {t('unreachable.retry')}
      </button>
    </main>
  );
}
