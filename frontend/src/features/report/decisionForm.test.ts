import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../lib/i18n';
import { detailValue } from './decisionLabels';
import { DECISION_FIELDS, decisionErrors } from './decisionForm';

afterEach(() => setLanguage('fr'));

describe('the decision form’s words', () => {
  it('are French by default: labels, help, options and a stored value', () => {
    const [channel, , , followUp] = DECISION_FIELDS.CONTACT;
    expect(channel?.label).toBe('Canal utilisé');
    expect(channel?.options?.PHONE).toBe('Appel téléphonique');
    expect(followUp?.help).toBe('Le signalement revient dans « Mes relances » ce jour-là.');
    expect(DECISION_FIELDS.NO_ACTION[1]?.help).toBeUndefined();
    expect(detailValue('NO_ACTION', 'reason', 'AD_REMOVED')).toBe('Annonce retirée');
  });

  it('follow the language chosen, the server’s refusals too', () => {
    setLanguage('en');
    expect(DECISION_FIELDS.REFERRAL[0]?.label).toBe('Referred to');
    expect(DECISION_FIELDS.CONTACT[2]?.options?.ACCEPTED_HELP).toBe('Accepted help');
    expect(detailValue('CONTACT', 'channel', 'EMAIL')).toBe('Email');
    expect(
      decisionErrors('NO_ACTION', {
        status: 422,
        errors: [
          { field: 'comment', message: 'obligatoire / required' },
          { field: 'other', message: 'inconnu / unknown' },
        ],
      }),
    ).toEqual({ fields: { comment: 'required' }, general: ['other: unknown'] });
  });
});
