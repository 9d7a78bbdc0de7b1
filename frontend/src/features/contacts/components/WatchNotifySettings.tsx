import { useEffect, useState, type FormEvent } from 'react';
import { useNotificationPermission } from '../../../lib/desktopNotifications';
import { useTranslation } from '../../../lib/i18n';
import { watchlistApi } from '../api/watchlistApi';

/**
 * On her watchlist: how she is told of a watched contact's new report — desktop notifications
 * (the same permission as the coordination alerts') and the address her alerts are e-mailed to.
 */
export function WatchNotifySettings() {
  const { t } = useTranslation();
  const { permission, ask } = useNotificationPermission();
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    let current = true;
    watchlistApi
      .emailSettings()
      .then((settings) => {
        if (current) setEmail(settings.email ?? '');
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      const saved = await watchlistApi.saveEmail(email.trim() === '' ? null : email.trim());
      setEmail(saved.email ?? '');
      setMessage(saved.email ? t('watchAlerts.emailSaved') : t('watchAlerts.emailRemoved'));
    } catch {
      setMessage(t('watchAlerts.emailRefused'));
    }
  }

  return (
    <section aria-labelledby="etre-prevenu">
      <h2 id="etre-prevenu">{t('watchAlerts.notifyHeading')}</h2>
      <p>{t('watchAlerts.notifyIntro')}</p>
      <p>
        {permission === 'default' && (
          <button type="button" className="secondary-button" onClick={() => void ask()}>
            {t('alerts.enableNotifications')}
          </button>
        )}
        {permission === 'granted' && t('watchAlerts.notificationsOn')}
        {permission === 'denied' && t('watchAlerts.notificationsDenied')}
        {permission === 'unsupported' && t('watchAlerts.notificationsUnsupported')}
      </p>
      <form onSubmit={(event) => void save(event)}>
        <label htmlFor="adresse-alertes">{t('watchAlerts.emailLabel')}</label>{' '}
        <input id="adresse-alertes" type="email" value={email} onChange={(event) => setEmail(event.target.value)} />{' '}
        <button type="submit" className="secondary-button">
          {t('watchAlerts.emailSave')}
        </button>
      </form>
      <p aria-live="polite">{message}</p>
    </section>
  );
}
