import type { ReactNode } from 'react';
import { Link } from 'react-router';

export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link className="back-link" to={to}>
      {children}
    </Link>
  );
}

export type TagColour = 'blue' | 'green' | 'red' | 'yellow' | 'grey' | 'orange';
export function Tag({ colour = 'blue', children }: { colour?: TagColour; children: ReactNode }) {
  return <strong className={colour === 'blue' ? 'tag' : `tag tag--${colour}`}>{children}</strong>;
}

export interface SummaryRow {
  key: string;
  label: ReactNode;
  value: ReactNode;
  /** A "Change" link (check answers): where, and what is changed, for screen readers. */
  change?: { to: string; text: string; hidden: string };
}
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-list__row" key={row.key}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
          {row.change ? (
            <dd>
              <Link to={row.change.to}>
                {row.change.text}
                <span className="visually-hidden"> {row.change.hidden}</span>
              </Link>
            </dd>
          ) : (
            <dd />
          )}
        </div>
      ))}
    </dl>
  );
}
