import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage, t } from '../i18n';
import { ApiError } from './ApiError';
import { failureMessage, isUnreachable } from './failureMessage';

afterEach(() => setLanguage('fr'));

describe('failureMessage', () => {
  it('says the server does not answer when fetch itself failed', () => {
    const lost = new TypeError('Failed to fetch');
    expect(isUnreachable(lost)).toBe(true);
    expect(failureMessage(lost)).toBe('le serveur ne répond pas (connexion perdue ?) ; réessayez dans un instant.');
    expect(isUnreachable(new ApiError(503, {}))).toBe(true);
  });

  it('says why a 403 was refused, in French', () => {
    const csrf = new ApiError(403, {
      detail:
        'Accès refusé : jeton de sécurité absent ou périmé, rechargez la page / Access denied: security token missing or stale, reload the page',
    });
    expect(failureMessage(csrf)).toBe('accès refusé : jeton de sécurité absent ou périmé, rechargez la page.');
    const role = new ApiError(403, {
      detail: 'Accès refusé : votre rôle ne permet pas cette action / Access denied: your role does not allow this',
    });
    expect(failureMessage(role)).toBe('accès refusé : votre rôle ne permet pas cette action.');
    expect(failureMessage(new ApiError(403, { detail: 'Accès refusé / Access denied' }))).toBe(
      'accès refusé : votre compte n’a pas le rôle qu’il faut pour cette action.',
    );
  });

  it('gives the server’s reason in English when English is chosen, ours for a bare refusal', () => {
    setLanguage('en');
    const role = new ApiError(403, {
      detail: 'Accès refusé : votre rôle ne permet pas cette action / Access denied: your role does not allow this',
    });
    expect(failureMessage(role)).toBe('access denied: your role does not allow this.');
    expect(failureMessage(new ApiError(403, { detail: 'Accès refusé / Access denied' }))).toBe(
      t('failure.forbidden'),
    );
  });

  it('says an expired session is one, and never shows a bare status code', () => {
    expect(failureMessage(new ApiError(401, {}))).toBe('votre session a expiré ; reconnectez-vous.');
    expect(failureMessage(new ApiError(500, {}))).toBe('le serveur a rencontré une erreur (500) ; réessayez.');
    expect(isUnreachable(new ApiError(401, {}))).toBe(false);
  });
});
