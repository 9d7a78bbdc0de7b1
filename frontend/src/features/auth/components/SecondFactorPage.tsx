import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../../lib/api/ApiError';
import { authApi } from '../api/authApi';
import { currentUser } from '../../../lib/session/sessionApi';
import { useSession } from '../../../lib/session/SessionContext';
import { homeOf } from '../homeOf';
import { ErrorMessage } from '../../../components/ErrorMessage';

/** "ABCDEFGH…" → "ABCD EFGH …", easier to type into an application. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/** Setting up the TOTP second factor of the signed-in person. */
export function SecondFactorPage() {
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
      setError(failure instanceof ApiError ? (failure.problem.detail ?? 'Échec.') : 'Le serveur ne répond pas.');
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
        setError('Code incorrect. Vérifiez que l’heure du téléphone est exacte et saisissez le code affiché.');
      } else {
        setError('L’activation a échoué. Réessayez.');
      }
      setCode('');
    }
  }

  return (
    <main id="contenu" className="admin-page">
      <h1>Double authentification</h1>
      {user.secondFactorEnabled || done ? (
        <>
          <p role="status" className="notice">
            La double authentification est active : la connexion demande le code de votre application.
          </p>
          <p>
            Téléphone perdu ou changé ? Demandez à un administrateur de la réinitialiser.{' '}
            <Link to={home}>Continuer</Link>
          </p>
        </>
      ) : (
        <>
          {user.secondFactorRequired && (
            <p className="error">Votre rôle l’exige : activez-la pour accéder à Vigie.</p>
          )}
          <p>
            Installez une application d’authentification (par exemple FreeOTP, Aegis ou celle de votre
            téléphone), ajoutez-y la clé ci-dessous, puis saisissez le code à 6 chiffres qu’elle affiche.
          </p>
          {setup === null ? (
            <button type="button" onClick={() => void start()}>
              Générer ma clé
            </button>
          ) : (
            <form className="admin-form" onSubmit={confirm}>
              <p>
                Clé à saisir dans l’application : <code className="mono" data-secret={setup.secret}>{grouped(setup.secret)}</code>
              </p>
              <p>
                Ou l’adresse complète : <code className="mono">{setup.uri}</code>
              </p>
              <div className="field">
                <label htmlFor="totp-code">Code à 6 chiffres</label>
                <input
                  id="totp-code"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  required
                  value={code}
                  onChange={(event) => setCode(event.target.value)}
                />
              </div>
              <button type="submit">Activer</button>
            </form>
          )}
          <ErrorMessage message={error} />
        </>
      )}
    </main>
  );
}
