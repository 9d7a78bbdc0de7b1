import { ApiError } from '../../lib/api/ApiError';
import { frenchPart } from '../../lib/api/frenchPart';

/** The French message for a failed administration call. */
export function adminErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return 'Le serveur ne répond pas. Réessayez dans un instant.';
  }
  switch (error.status) {
    case 403:
      return 'Accès réservé aux administrateurs.';
    case 404:
      return 'Partenaire ou clé introuvable : la liste a peut-être changé entre-temps.';
    case 409:
      return 'Un partenaire porte déjà ce nom.';
    case 422:
      return 'Certaines valeurs sont invalides : voir les champs indiqués.';
    default:
      return error.problem.detail
        ? frenchPart(error.problem.detail)
        : `L’opération a échoué (erreur ${error.status}). Réessayez.`;
  }
}

/** The French message of each field at fault in a 422, by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (error instanceof ApiError && error.status === 422) {
    for (const { field, message } of error.problem.errors ?? []) {
      const french = frenchPart(message);
      result[field] = result[field] ? `${result[field]} ; ${french}` : french;
    }
  }
  return result;
}
