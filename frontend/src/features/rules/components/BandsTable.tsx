import type { BandLine } from '../../../lib/api/types';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { describeBandLine } from '../describeRules';

/** The band table, read top to bottom: the first line whose condition holds gives the band. */
export function BandsTable({ bands }: { bands: BandLine[] }) {
  return (
    <div className="table-scroll">
      <table className="queue bands-table">
        <caption className="visually-hidden">
          Bandes : la première ligne dont la condition est remplie donne la bande
        </caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              Ordre
            </th>
            <th scope="col">Bande</th>
            <th scope="col">Condition (signaux déclenchés)</th>
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
