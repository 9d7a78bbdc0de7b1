import { ApiError } from './ApiError';
import { frenchPart } from './frenchPart';

/** Whether a call failed without an answer from the server (connection lost, server down). */
export function isUnreachable(error: unknown): boolean {
  if (error instanceof ApiError) return error.status === 502 || error.status === 503 || error.status === 504;
  return error instanceof TypeError || (error instanceof DOMException && error.name !== 'AbortError');
}

/**
 * Why a call failed, in French, as the end of a sentence (« … : » + this): a lost connection, an
 * expired session, a refusal with the server's reason (a 403 says why), or the server's detail.
 */
export function failureMessage(error: unknown): string {
  if (isUnreachable(error)) return 'le serveur ne répond pas (connexion perdue ?) ; réessayez dans un instant.';
  if (!(error instanceof ApiError)) return 'la demande a échoué ; réessayez.';
  const detail = error.problem.detail ? frenchPart(error.problem.detail) : null;
  if (error.status === 401) return 'votre session a expiré ; reconnectez-vous.';
  if (error.status === 403) {
    return detail && detail !== 'Accès refusé'
      ? `${lowerFirst(detail)}.`
      : 'accès refusé : votre compte n’a pas le rôle qu’il faut pour cette action.';
  }
  if (error.status >= 500) return `le serveur a rencontré une erreur (${error.status}) ; réessayez.`;
  return detail ? `${lowerFirst(detail)}.` : `erreur ${error.status}.`;
}

function lowerFirst(text: string): string {
  const trimmed = text.replace(/[.\s]+$/, '');
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}
