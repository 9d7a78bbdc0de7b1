import type { BandLine } from '../../../lib/api/types';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { describeBandLine } from '../describeRules';
import { useTranslation } from '../../../lib/i18n';

/** The band table, read top to bottom: the first line whose condition holds gives the band. */
export function BandsTable({ bands }: { bands: BandLine[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="queue bands-table">
        <caption className="visually-hidden">
          {t('rules.bands.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('rules.bands.order')}
            </th>
            <th scope="col">{t('rules.bands.band')}</th>
            <th scope="col">{t('rules.bands.condition')}</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((line, index) => (
            <tr key={index}>
              <td className="numeric">{index + 1}</td>
              <th scope="row">
                <PriorityBadge priority={line.band} />
              </th>
              <td>{describeBandLine(line)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
