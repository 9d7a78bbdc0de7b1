import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ServerUnreachable } from '../../../components/ServerUnreachable';
import { returnTo } from '../../../lib/pageState/returnTo';
import { ApiError } from '../../../lib/api/ApiError';
import { authApi } from '../api/authApi';
import { useSession } from '../../../lib/session/SessionContext';
import { homeOf } from '../homeOf';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { t, useTranslation } from '../../../lib/i18n';
import { loginErrorMessage } from '../loginErrorMessage';

export function LoginPage() {
  const { t } = useTranslation();
  const { session, signedIn } = useSession();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const back = returnTo(useLocation().state);
  const expired = back?.expired === true || (session.status === 'anonymous' && session.expired === true);

  if (session.status === 'authenticated') {
    return <Navigate to={back?.from ?? homeOf(session.user.roles)} replace />;
  }
  if (session.status === 'unreachable') {
    return <ServerUnreachable />;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      const user = await authApi.login(needsCode ? { username, password, code } : { username, password });
      signedIn(user);
      navigate(back?.from ?? homeOf(user.roles), { replace: true });
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 401 && failure.problem.secondFactor === 'TOTP') {
        // The password was right; the account has a second factor. The server says what went
        // wrong with the code (wrong, or a secret it cannot read: then only an admin can help).
        setError(needsCode ? secondFactorMessage(failure.problem.detail) : null);
        setNeedsCode(true);
        setCode('');
        return;
      }
      setError(loginErrorMessage(failure));
      setPassword('');
      setNeedsCode(false);
      setCode('');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <main id="contenu" className="login">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      <h1>Vigie</h1>
      {expired ? (
        <p className="notice" role="status">
          {t('auth.expired')}
        </p>
      ) : (
        <p className="login-intro">{t('auth.intro')}</p>
      )}
      <form onSubmit={handleSubmit} aria-describedby={error ? 'login-error' : undefined}>
        <div className="field">
          <label htmlFor="username">{t('auth.username')}</label>
          <input
            id="username"
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="password">{t('auth.password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        {needsCode && (
          <div className="field">
            <label htmlFor="code">{t('auth.code')}</label>
            <input
              id="code"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]{6,7}"
              required
              autoFocus
              value={code}
              onChange={(event) => setCode(event.target.value)}
              aria-describedby="code-help"
            />
            <small id="code-help">{t('auth.codeHelp')}</small>
          </div>
        )}
        {error && (
          <p id="login-error" className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={submitting}>
          {submitting ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
    </main>
  );
}

/** The French half of the server's "français / English" detail, or the usual message. */
function secondFactorMessage(detail: string | undefined): string {
  const french = detail?.split(' / ')[0]?.trim();
  return french ? french : t('auth.wrongCode');
}
