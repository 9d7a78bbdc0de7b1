import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { IssuedWebhookSecret, PartnerWebhook, WebhookDelivery } from '../../../lib/api/types';
import { ApiError } from '../../../lib/api/ApiError';
import { Field } from '../../../components/Field';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { formatInstant } from '../../../lib/parisTime';
import { partnersApi } from '../api/partnersApi';
import { adminErrorMessage, fieldErrors } from '../adminErrorMessage';
import { i18n, t, Trans, useTranslation } from '../../../lib/i18n';

/** A code in words from its catalogue group; a code this version does not know is shown as is. */
function label(group: string, code: string): string {
  const key = `${group}.${code}`;
  return i18n.exists(key) ? t(key) : code;
}

/**
 * A partner's webhook: the URL where Vigie POSTs each change of its reports, its signing secret
 * (shown once, here, when set or rotated), and the delivery log with a replay of any delivery.
 */
export function WebhookPanel({ partnerId, partnerName }: { partnerId: string; partnerName: string }) {
  const { t } = useTranslation();
  const [webhook, setWebhook] = useState<PartnerWebhook | null>(null);
  const [deliveries, setDeliveries] = useState<WebhookDelivery[]>([]);
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState<string | undefined>();
  const [issued, setIssued] = useState<IssuedWebhookSecret | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setWebhook(await partnersApi.webhook(partnerId));
      setDeliveries(await partnersApi.webhookDeliveries(partnerId));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        setWebhook(null);
        setDeliveries([]);
      } else setFailure(adminErrorMessage(error));
    }
  }, [partnerId]);

  useEffect(() => {
    void load();
  }, [load]);

  async function act(action: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    setMessage('');
    try {
      await action();
      await load();
    } catch (error) {
      const fields = fieldErrors(error);
      if (fields.url) setUrlError(fields.url);
      else setFailure(adminErrorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (url.trim() === '') {
      setUrlError(t('partners.webhook.required'));
      return;
    }
    setUrlError(undefined);
    void act(async () => {
      setIssued(await partnersApi.setWebhook(partnerId, url.trim()));
      setUrl('');
    });
  }

  const titleId = `webhook-${partnerId}`;
  return (
    <section className="webhook" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('partners.webhook.title')}</h3>
      {webhook ? (
        <p>
          <Trans
            i18nKey="partners.webhook.sends"
            values={{ partner: partnerName, url: webhook.url, since: formatInstant(webhook.createdAt) }}
            components={{ code: <code /> }}
          />
        </p>
      ) : (
        <p className="empty">{t('partners.webhook.none')}</p>
      )}

      {issued && (
        <div className="issued-secret" role="alert">
          <p>
            <Trans
              i18nKey="partners.webhook.secret"
              values={{ partner: partnerName }}
              components={{ strong: <strong /> }}
            />
          </p>
          <p>
            <code>{issued.secret}</code>
          </p>
          {issued.previousSecretValidUntil && (
            <p className="secondary">
              {t('partners.webhook.previousSecret', { until: formatInstant(issued.previousSecretValidUntil) })}
            </p>
          )}
          <button type="button" className="plain-button" onClick={() => setIssued(null)}>
            {t('partners.webhook.secretHandedOver')}
          </button>
        </div>
      )}

      <form noValidate onSubmit={save}>
        <Field
          id={`webhook-url-${partnerId}`}
          label={webhook ? t('partners.webhook.newUrl') : t('partners.webhook.url')}
          help={t('partners.webhook.urlHelp')}
          error={urlError}
        >
          {(control) => (
            <input {...control} type="url" maxLength={2000} value={url} onChange={(event) => setUrl(event.target.value)} />
          )}
        </Field>
        <button type="submit" disabled={busy}>
          {t('partners.webhook.save')}
        </button>
      </form>

      {webhook && (
        <p>
          <button
            type="button"
            disabled={busy}
            onClick={() => void act(async () => setIssued(await partnersApi.rotateWebhookSecret(partnerId)))}
          >
            {t('partners.webhook.rotate')}
          </button>{' '}
          <button
            type="button"
            className="danger-button"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                await partnersApi.removeWebhook(partnerId);
                setMessage(t('partners.webhook.removed'));
              })
            }
          >
            {t('partners.webhook.remove')}
          </button>
        </p>
      )}

      {deliveries.length > 0 && (
        <div className="table-scroll">
          <table className="deliveries">
            <caption>{t('partners.webhook.deliveries')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('partners.webhook.change')}</th>
                <th scope="col">{t('partners.webhook.deliveryState')}</th>
                <th scope="col">{t('partners.webhook.attempts')}</th>
                <th scope="col">{t('partners.webhook.lastAnswer')}</th>
                <th scope="col">{t('partners.webhook.action')}</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((delivery) => (
                <tr key={delivery.id}>
                  <th scope="row">
                    {label('labels.partnerStatus', delivery.status)}
                    {delivery.outcome && ` (${label('labels.decisionType', delivery.outcome)})`} —{' '}
                    {formatInstant(delivery.occurredAt)}
                    {delivery.replayOf && <span className="tag">{t('partners.webhook.replayed')}</span>}
                  </th>
                  <td>{label('partners.webhook.state', delivery.state)}</td>
                  <td>{delivery.attempts}</td>
                  <td>{delivery.lastStatusCode ?? delivery.lastError ?? t('common.none')}</td>
                  <td>
                    <button
                      type="button"
                      className="plain-button"
                      disabled={busy}
                      aria-label={t('partners.webhook.replayNamed', { at: formatInstant(delivery.occurredAt) })}
                      onClick={() =>
                        void act(async () => {
                          await partnersApi.replayWebhookDelivery(partnerId, delivery.id);
                          setMessage(t('partners.webhook.replayDone'));
                        })
                      }
                    >
                      {t('partners.webhook.replay')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorMessage message={failure} />
      <p role="status">{message}</p>
    </section>
  );
}
