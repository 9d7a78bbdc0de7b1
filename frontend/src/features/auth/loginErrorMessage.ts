import { ApiError } from '../../lib/api/ApiError';

/** The French message shown under the login form for a failed attempt. */
export function loginErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return 'Identifiant ou mot de passe incorrect';
    if (error.status === 423) return 'Compte verrouillé après plusieurs échecs. Réessayez plus tard ou contactez un administrateur.';
    if (error.status === 429) return 'Trop de tentatives. Patientez avant de réessayer.';
    return error.problem.detail ?? 'La connexion a échoué. Réessayez.';
  }
  return 'Le serveur ne répond pas. Réessayez dans un instant.';
}
