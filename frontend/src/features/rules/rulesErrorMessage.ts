import { ApiError } from '../../lib/api/ApiError';
import { frenchPart } from '../../lib/api/frenchPart';

/** The server explains invalid rules in English (« duplicate rule code X »): say it in French. */
const TRANSLATIONS: [RegExp, (...groups: string[]) => string][] = [
  [/Unrecognized (?:field|property) "([^"]+)"/, (field) => `champ inconnu « ${field} »`],
  [/duplicate rule code (\S+)/, (code) => `le code de règle ${code} apparaît deux fois`],
  [
    /(\S+) refers to unknown context (\S+)/,
    (code, context) => `la règle ${code} cite un contexte inconnu : ${context}`,
  ],
  [
    /band (\S+) refers to unknown rule (\S+)/,
    (band, code) => `une ligne de la bande ${band} cite une règle inconnue : ${code}`,
  ],
  [/the band table is empty/, () => 'la table des bandes est vide'],
  [/label of (\S+) is required/, (code) => `la règle ${code} n’a pas de libellé`],
  [/rule code is required/, () => 'chaque règle doit avoir un code'],
  [/version is required/, () => 'le numéro de version est obligatoire'],
  [/condition of (\S+)/, (code) => `la règle ${code} n’a pas de condition « when »`],
  [
    /a condition needs phrases/,
    () => 'chaque condition « when » doit contenir phrases, age, birthYearAge ou reporterConcern',
  ],
  [/context windows cannot be negative/, () => 'les fenêtres de contexte ne peuvent pas être négatives'],
  [/context phrases/, () => 'chaque contexte doit avoir une liste « phrases »'],
  [/No enum constant \S*\.(\w+)\.(\S+)/, (type, value) => `valeur inconnue ${value} (${type})`],
  [/^(rules|bands)$/, (field) => `le champ « ${field} » est obligatoire`],
];

/** The reason the server gave for refusing a rule set, in French when it is known. */
export function ruleProblem(message: string): string {
  const reason = message.replace(/^invalid rule set:\s*/, '').replace(/^.*problem:\s*/s, '');
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = pattern.exec(reason);
    if (match) return translate(...match.slice(1));
  }
  return frenchPart(reason);
}

/** The French message for a failed call of the rules page. */
export function rulesErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return 'Le serveur ne répond pas. Réessayez dans un instant.';
  }
  switch (error.status) {
    case 403:
      return 'Accès réservé à la coordination.';
    case 409:
      return error.problem.detail
        ? `${frenchPart(error.problem.detail)} : choisissez un nouveau numéro de version.`
        : 'Ce numéro de version existe déjà : choisissez un nouveau numéro de version.';
    case 422: {
      const reasons = (error.problem.errors ?? []).map(({ message }) => ruleProblem(message));
      return reasons.length > 0
        ? `Règles refusées par le serveur : ${reasons.join(' ; ')}.`
        : `Règles refusées par le serveur${error.problem.detail ? ` : ${frenchPart(error.problem.detail)}` : ''}.`;
    }
    default:
      return error.problem.detail
        ? frenchPart(error.problem.detail)
        : `L’opération a échoué (erreur ${error.status}). Réessayez.`;
  }
}
