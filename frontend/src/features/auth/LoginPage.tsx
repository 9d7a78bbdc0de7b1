import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import type { Role } from '../../api/types';
import { vigieApi } from '../../api/vigieApi';
import { useSession } from './SessionContext';
import { loginErrorMessage } from './loginErrorMessage';

/** Where a person lands after login: the queue, or administration for an administrator only. */
function homeOf(roles: Role[]): string {
  return roles.includes('WORKER') || roles.includes('COORDINATOR') ? '/file' : '/admin/utilisateurs';
}

export function LoginPage() {
  const { session, signedIn } = useSession();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (session.status === 'authenticated') {
    return <Navigate to={homeOf(session.user.roles)} replace />;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      const user = await vigieApi.login({ username, password });
      signedIn(user);
      navigate(homeOf(user.roles), { replace: true });
    } catch (failure) {
      setError(loginErrorMessage(failure));
      setPassword('');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <main id="contenu" className="login">
      <h1>Vigie</h1>
      <p className="login-intro">Connectez-vous pour accéder à la file des signalements.</p>
      <form onSubmit={handleSubmit} aria-describedby={error ? 'login-error' : undefined}>
        <div className="field">
          <label htmlFor="username">Identifiant</label>
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
          <label htmlFor="password">Mot de passe</label>
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
        {error && (
          <p id="login-error" className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={submitting}>
          {submitting ? 'Connexion…' : 'Se connecter'}
        </button>
      </form>
    </main>
  );
}
