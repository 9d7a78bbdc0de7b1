import { ApiError } from '../../lib/api/ApiError';
import type { Role } from '../../lib/api/types';

export const ROLE_LABELS: Record<Role, string> = {
  WORKER: 'Intervenant·e',
  COORDINATOR: 'Coordination',
  ADMIN: 'Administration',
};

export const ROLES: Role[] = ['WORKER', 'COORDINATOR', 'ADMIN'];

export const ACTION_LABELS: Record<string, string> = {
  LOGIN_SUCCEEDED: 'Connexion réussie',
  LOGIN_FAILED: 'Connexion refusée',
  LOGOUT: 'Déconnexion',
  REPORT_READ: 'Lecture d’un signalement',
  REPORT_DECIDED: 'Décision',
  REPORT_EXPORTED: 'Export',
  REPORT_PURGED: 'Signalement supprimé (conservation)',
  REPORT_ANONYMISED: 'Signalement anonymisé (conservation)',
  USER_CREATED: 'Compte créé',
  USER_DISABLED: 'Compte désactivé',
  USER_ENABLED: 'Compte réactivé',
  USER_ROLES_CHANGED: 'Rôles modifiés',
  USER_PASSWORD_RESET: 'Mot de passe réinitialisé',
  USER_UNLOCKED: 'Compte déverrouillé',
  USERS_LISTED: 'Liste des comptes consultée',
  SECOND_FACTOR_ENABLED: 'Double authentification activée',
  SECOND_FACTOR_RESET: 'Double authentification réinitialisée',
  AUDIT_SEARCHED: 'Journal consulté',
  AUDIT_VERIFIED: 'Intégrité du journal vérifiée',
  RETENTION_DRY_RUN: 'Simulation de la conservation',
  RETENTION_RUN: 'Application de la conservation',
};

/** The French message for a failed administration call, with the field at fault when given. */
export function adminErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return 'Votre session a expiré. Reconnectez-vous.';
    if (error.status === 403) return 'Action réservée aux administrateurs.';
    const fieldErrors = error.problem.errors ?? [];
    if (fieldErrors.length > 0) {
      return fieldErrors.map((e) => `${FIELD_LABELS[e.field] ?? e.field} : ${french(e.message)}`).join(' ; ');
    }
    return french(error.problem.detail ?? 'La demande a échoué.');
  }
  return 'Le serveur ne répond pas. Réessayez dans un instant.';
}

const FIELD_LABELS: Record<string, string> = {
  username: 'Identifiant',
  password: 'Mot de passe',
  roles: 'Rôles',
};

/** Messages come as "français / English": keep the French part. */
function french(message: string): string {
  const slash = message.indexOf(' / ');
  return slash > 0 ? message.slice(0, slash) : message;
}
