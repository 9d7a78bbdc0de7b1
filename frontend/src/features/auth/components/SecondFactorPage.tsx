import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../../lib/api/ApiError';
import { authApi } from '../api/authApi';
import { currentUser } from '../../../lib/session/sessionApi';
import { useSession } from '../../../lib/session/SessionContext';
import { homeOf } from '../homeOf';
import { useTranslation } from '../../../lib/i18n';
import { ErrorMessage } from '../../../components/ErrorMessage';

/** "ABCDEFGH…" → "ABCD EFGH …", easier to type into an application. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/** Setting up the TOTP second factor of the signed-in person. */
export function SecondFactorPage() {
  const { t } = useTranslation();
  const { session, signedIn } = useSession();
  const [setup, setSetup] = useState<{ secret: string; uri: string } | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  if (session.status !== 'authenticated') return null;
  const { user } = session;
  const home = homeOf(user.roles);

  async function start() {
    setError(null);
    try {
      setSetup(await authApi.secondFactorSetup());
    } catch (failure) {
      setError(failure instanceof ApiError ? (failure.problem.detail ?? t('auth.secondFactor.failed')) : t('auth.secondFactor.unreachable'));
    }
  }

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await authApi.secondFactorConfirm(code);
      setDone(true);
      signedIn(await currentUser());
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 422) {
        setError(t('auth.secondFactor.wrongCode'));
      } else {
        setError(t('auth.secondFactor.activationFailed'));
      }
      setCode('');
    }
  }

  return (
    <main id="contenu" className="admin-page">
      <h1>{t('auth.secondFactor.title')}</h1>
      {user.secondFactorEnabled || done ? (
        <>
          <p role="status" className="notice">
            {t('auth.secondFactor.active')}
          </p>
          <p>
            {t('auth.secondFactor.lostPhone')} <Link to={home}>{t('auth.secondFactor.continue')}</Link>
          </p>
        </>
      ) : (
        <>
          {user.secondFactorRequired && (
            <p className="error">{t('auth.secondFactor.required')}</p>
          )}
          <p>{t('auth.secondFactor.explained')}</p>
          {setup === null ? (
            <button type="button" onClick={() => void start()}>
              {t('auth.secondFactor.generate')}
            </button>
          ) : (
            <form className="admin-form" onSubmit={confirm}>
              <p>
                {t('auth.secondFactor.key')} <code className="mono" data-secret={setup.secret}>{grouped(setup.secret)}</code>
              </p>
              <p>
                {t('auth.secondFactor.uri')} <code className="mono">{setup.uri}</code>
              </p>
              <div className="field">
                <label htmlFor="totp-code">{t('auth.secondFactor.code')}</label>
                <input
                  id="totp-code"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  required
                  value={code}
                  onChange={(event) => setCode(event.target.value)}
                />
              </div>
              <button type="submit">{t('auth.secondFactor.activate')}</button>
            </form>
          )}
          <ErrorMessage message={error} />
        </>
      )}
    </main>
  );
}
