import { ApiError } from '../../lib/api/ApiError';

/** The French message shown when a report could not be sent; the form always stays filled. */
export function submitErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return 'Le serveur ne répond pas. Le formulaire est conservé : réessayez dans un instant.';
  }
  switch (error.status) {
    case 400:
      return 'Le serveur n’a pas pu lire le signalement. Vérifiez le texte collé (caractères inhabituels) puis réessayez.';
    case 403:
      return 'Votre compte ne permet pas de signaler une annonce.';
    case 413:
      return 'Le signalement est trop volumineux pour être reçu. Raccourcissez le texte ou la note, puis réessayez.';
    case 422:
      return 'Le signalement n’a pas été enregistré : corrigez les champs indiqués.';
    case 429:
      return 'Trop d’envois en peu de temps. Patientez un instant avant de réessayer.';
    case 503:
      return 'Vigie ne peut pas enregistrer le signalement pour le moment : rien n’a été enregistré. Le formulaire est conservé, réessayez dans quelques instants.';
    default:
      return `L’envoi a échoué (erreur ${error.status}). Le formulaire est conservé : réessayez.`;
  }
}
