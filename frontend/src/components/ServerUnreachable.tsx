import { useSession } from '../lib/session/SessionContext';

/** Instead of the login form when the server cannot be reached: it says so, and tries again. */
export function ServerUnreachable() {
  const { retry } = useSession();
  return (
    <main id="contenu" className="login">
      <h1>Vigie</h1>
      <div role="alert" className="error-summary">
        <h2>Le serveur Vigie ne répond pas</h2>
        <p>
          La connexion au serveur est perdue (réseau coupé, ou serveur arrêté). Vos brouillons sont conservés sur
          ce poste. Nouvel essai automatique toutes les 5 secondes.
        </p>
      </div>
      <button type="button" onClick={retry}>
        Réessayer maintenant
      </button>
    </main>
  );
}
