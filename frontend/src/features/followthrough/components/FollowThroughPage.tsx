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

/**
 * « À valider et à suivre »: the decisions waiting for a second coordinator (coordinators), and
 * the referrals not yet sent or not yet acknowledged by their service. Codes and dates only: the
 * report opens on its own page (a read that is audited).
 */
export function FollowThroughPage() {
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
        if (live) setError('La liste n’a pas pu être chargée : réessayez dans un instant.');
      }
    };
    void load();
    return () => {
      live = false;
    };
  }, [coordinator]);

  return (
    <main id="contenu" className="page">
      <h1>À valider et à suivre</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {coordinator && (
        <section aria-labelledby="a-approuver">
          <h2 id="a-approuver">Décisions en attente de seconde approbation</h2>
          {approvals === null ? (
            <p className="loading">Chargement…</p>
          ) : approvals.length === 0 ? (
            <p className="empty">Aucune décision n’attend d’approbation.</p>
          ) : (
            <ul className="follow-through">
              {approvals.map((approval) => (
                <li key={approval.decisionId}>
                  <PriorityBadge priority={approval.priority} />{' '}
                  <Link to={`/signalements/${approval.reportId}`}>
                    {decisionTypeLabel(approval.type)}
                    {approval.channel && ` — ${REFERRAL_CHANNEL_LABELS[approval.channel] ?? approval.channel}`}
                  </Link>{' '}
                  — par {approval.author}, le <time dateTime={approval.decidedAt}>{formatInstant(approval.decidedAt)}</time>
                  {approval.ownDecision && <span className="tag">votre décision : une autre personne l’approuve</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section aria-labelledby="orientations">
        <h2 id="orientations">Orientations en attente d’envoi ou d’accusé de réception</h2>
        {referrals === null ? (
          <p className="loading">Chargement…</p>
        ) : referrals.length === 0 ? (
          <p className="empty">Toutes les orientations ont été reçues par leur service.</p>
        ) : (
          <ul className="follow-through">
            {referrals.map((referral) => (
              <li key={referral.decisionId}>
                <PriorityBadge priority={referral.priority} />{' '}
                <Link to={`/signalements/${referral.reportId}`}>
                  {referral.channel ? (REFERRAL_CHANNEL_LABELS[referral.channel] ?? referral.channel) : 'Orientation'}
                </Link>{' '}
                — {REFERRAL_STATE_LABELS[referral.state] ?? referral.state} — décidée le{' '}
                <time dateTime={referral.decidedAt}>{formatInstant(referral.decidedAt)}</time> par {referral.decidedBy}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
