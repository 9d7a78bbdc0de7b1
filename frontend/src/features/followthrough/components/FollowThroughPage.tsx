import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { PendingApproval, ReferralProgress } from '../../../lib/api/types';
import { formatInstant } from '../../../lib/parisTime';
import { PriorityBadge } from '../../../components/PriorityBadge';
import {
  decisionTypeLabel,
  REFERRAL_CHANNEL_LABELS,
  REFERRAL_STATE_LABELS,
} from '../../../components/labels';
import { useSession } from '../../../lib/session/SessionContext';
import { followThroughApi } from '../api/followThroughApi';
import { Trans, useTranslation } from '../../../lib/i18n';

/**
 * « À valider et à suivre »: the decisions waiting for a second coordinator (coordinators), and
 * the referrals not yet sent or not yet acknowledged by their service. Codes and dates only: the
 * report opens on its own page (a read that is audited).
 */
export function FollowThroughPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const coordinator = session.status === 'authenticated' && session.user.roles.includes('COORDINATOR');
  const [approvals, setApprovals] = useState<PendingApproval[] | null>(null);
  const [referrals, setReferrals] = useState<ReferralProgress[] | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    let live = true;
    const load = async () => {
      try {
        const [pending, open] = await Promise.all([
          coordinator ? followThroughApi.approvals() : Promise.resolve([]),
          followThroughApi.referrals(),
        ]);
        if (!live) return;
        setApprovals(pending);
        setReferrals(open);
      } catch {
        if (live) setError(t('followThrough.loadFailed'));
      }
    };
    void load();
    return () => {
      live = false;
    };
  }, [coordinator, t]);

  return (
    <main id="contenu" className="page">
      <h1>{t('followThrough.title')}</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {coordinator && (
        <section aria-labelledby="a-approuver">
          <h2 id="a-approuver">{t('followThrough.approvalsTitle')}</h2>
          {approvals === null ? (
            <p className="loading">{t('common.loading')}</p>
          ) : approvals.length === 0 ? (
            <p className="empty">{t('followThrough.noApproval')}</p>
          ) : (
            <ul className="follow-through">
              {approvals.map((approval) => (
                <li key={approval.decisionId}>
                  <PriorityBadge priority={approval.priority} />{' '}
                  <Link to={`/signalements/${approval.reportId}`}>
                    {decisionTypeLabel(approval.type)}
                    {approval.channel && ` — ${REFERRAL_CHANNEL_LABELS[approval.channel] ?? approval.channel}`}
                  </Link>{' '}
                  <Trans
                    i18nKey="followThrough.decidedBy"
                    values={{ author: approval.author, at: formatInstant(approval.decidedAt) }}
                    components={{ time: <time dateTime={approval.decidedAt} /> }}
                  />
                  {approval.ownDecision && <span className="tag">{t('followThrough.ownDecision')}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section aria-labelledby="orientations">
        <h2 id="orientations">{t('followThrough.referralsTitle')}</h2>
        {referrals === null ? (
          <p className="loading">{t('common.loading')}</p>
        ) : referrals.length === 0 ? (
          <p className="empty">{t('followThrough.noReferral')}</p>
        ) : (
          <ul className="follow-through">
            {referrals.map((referral) => (
              <li key={referral.decisionId}>
                <PriorityBadge priority={referral.priority} />{' '}
                <Link to={`/signalements/${referral.reportId}`}>
                  {referral.channel ? (REFERRAL_CHANNEL_LABELS[referral.channel] ?? referral.channel) : t('followThrough.referral')}
                </Link>{' '}
                <Trans
                  i18nKey="followThrough.referralState"
                  values={{
                    state: REFERRAL_STATE_LABELS[referral.state] ?? referral.state,
                    at: formatInstant(referral.decidedAt),
                    author: referral.decidedBy,
                  }}
                  components={{ time: <time dateTime={referral.decidedAt} /> }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
