import { ApiError } from '../lib/api/ApiError';
import { frenchPart } from '../lib/api/frenchPart';

/** Why a claim failed, in French: a 409 names who holds the report. */
export function claimErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Le serveur ne répond pas : réessayez dans un instant.';
  if (error.status === 409) {
    const holder = error.problem.claim?.worker;
    if (holder) return `Pris en charge par ${holder}`;
    return error.problem.detail ? frenchPart(error.problem.detail) : 'Déjà pris en charge';
  }
  if (error.status === 404) return 'Ce signalement n’existe plus.';
  if (error.status === 403) return 'Votre compte ne permet pas de prendre en charge ce signalement.';
  return `La prise en charge a échoué (erreur ${error.status}).`;
}
