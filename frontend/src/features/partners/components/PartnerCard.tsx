import { useState, type FormEvent } from 'react';
import type { IssuedKey, Partner, PartnerKey } from '../../../lib/api/types';
import { partnersApi } from '../api/partnersApi';
import { Field } from '../../../components/Field';
import { formatInstant } from '../../../lib/parisTime';
import { adminErrorMessage, fieldErrors } from '../adminErrorMessage';
import { budgetLabel, parseBudget } from '../budget';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { WebhookPanel } from './WebhookPanel';
import { Trans, useTranslation } from '../../../lib/i18n';

interface PartnerCardProps {
  partner: Partner;
  onIssued: (issued: IssuedKey) => void;
  /** Something changed on the server: the list is to be loaded again. */
  onChanged: (message: string) => void;
}

/** One partner: its budget, its keys (by prefix only) and what an administrator can do. */
export function PartnerCard({ partner, onIssued, onChanged }: PartnerCardProps) {
  const { t } = useTranslation();
  const [budget, setBudget] = useState(partner.requestsPerMinute?.toString() ?? '');
  const [budgetError, setBudgetError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const titleId = `partner-${partner.id}`;

  async function act(action: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      const fields = fieldErrors(error);
      if (fields.requestsPerMinute) setBudgetError(fields.requestsPerMinute);
      else setFailure(adminErrorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  function saveBudget(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseBudget(budget);
    if ('error' in parsed) {
      setBudgetError(parsed.error);
      return;
    }
    setBudgetError(undefined);
    void act(async () => {
      await partnersApi.setPartnerRateLimit(partner.id, parsed.value);
      onChanged(t('partners.card.budgetSet', { partner: partner.name, budget: budgetLabel(parsed.value) }));
    });
  }

  function issueKey() {
    void act(async () => {
      onIssued(await partnersApi.issuePartnerKey(partner.id));
    });
  }

  function revoke(key: PartnerKey) {
    void act(async () => {
      await partnersApi.revokePartnerKey(partner.id, key.id);
      setConfirming(null);
      onChanged(t('partners.card.revoked', { prefix: key.prefix, partner: partner.name }));
    });
  }

  return (
    <section className="partner" aria-labelledby={titleId}>
      <h2 id={titleId}>{partner.name}</h2>
      <dl className="partner-facts">
        <dt>{t('partners.card.createdAt')}</dt>
        <dd>{formatInstant(partner.createdAt)}</dd>
        <dt>{t('partners.card.budget')}</dt>
        <dd>{budgetLabel(partner.requestsPerMinute)}</dd>
      </dl>

      <form className="budget-form" noValidate onSubmit={saveBudget}>
        <Field
          id={`budget-${partner.id}`}
          label={t('partners.card.newBudget')}
          help={t('partners.card.newBudgetHelp')}
          error={budgetError}
        >
          {(control) => (
            <input
              {...control}
              name="requestsPerMinute"
              inputMode="numeric"
              autoComplete="off"
              value={budget}
              onChange={(event) => setBudget(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={busy}>
          {t('partners.card.saveBudget')}
        </button>
      </form>

      <div className="table-scroll">
        <table className="keys">
          <caption>{t('partners.card.keys')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('partners.card.prefix')}</th>
              <th scope="col">{t('partners.card.keyCreatedAt')}</th>
              <th scope="col">{t('partners.card.lastUsed')}</th>
              <th scope="col">{t('partners.card.state')}</th>
              <th scope="col">{t('partners.card.action')}</th>
            </tr>
          </thead>
          <tbody>
            {partner.keys.length === 0 && (
              <tr>
                <td colSpan={5}>{t('partners.card.noKey')}</td>
              </tr>
            )}
            {partner.keys.map((key) => (
              <tr key={key.id} className={key.revokedAt ? 'revoked' : undefined}>
                <th scope="row">
                  <code>{key.prefix}</code>
                </th>
                <td>{formatInstant(key.createdAt)}</td>
                <td>{key.lastUsedAt ? formatInstant(key.lastUsedAt) : t('partners.card.never')}</td>
                <td>{key.revokedAt ? t('partners.card.revokedAt', { at: formatInstant(key.revokedAt) }) : t('partners.card.active')}</td>
                <td>
                  {key.revokedAt ? (
                    t('common.none')
                  ) : confirming === key.id ? (
                    <div className="confirm" role="group" aria-label={t('partners.card.confirmRevoke', { prefix: key.prefix })}>
                      <p>
                        <Trans
                          i18nKey="partners.card.revokeQuestion"
                          values={{ prefix: key.prefix }}
                          components={{ code: <code /> }}
                        />
                      </p>
                      <button type="button" className="danger-button" disabled={busy} onClick={() => revoke(key)}>
                        {t('partners.card.revokeForGood')}
                      </button>
                      <button
                        type="button"
                        className="plain-button"
                        autoFocus
                        onClick={() => setConfirming(null)}
                      >
                        {t('partners.card.cancel')}
                      </button>
                    </div>
                  ) : (
                    <button
                      type="button"
                      className="plain-button"
                      aria-label={t('partners.card.revokeNamed', { prefix: key.prefix })}
                      onClick={() => setConfirming(key.id)}
                    >
                      {t('partners.card.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ErrorMessage message={failure} />
      <button type="button" disabled={busy} onClick={issueKey}>
        {t('partners.card.issue')}
      </button>

      <WebhookPanel partnerId={partner.id} partnerName={partner.name} />
    </section>
  );
}
