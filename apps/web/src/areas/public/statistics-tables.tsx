import { NS } from './setup';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One headline figure of the dashboard: its label, the value large, and a hint under it. */
export function Figure({ name, label, children, hint }: { name: string; label: string; children: ReactNode; hint?: string }) {
  return (
    <div data-figure={name}>
      <dt>{label}</dt>
      <dd>
        <span className="stat-figure__value">{children}</span>
        {hint && <span className="stat-figure__hint">{hint}</span>}
      </dd>
    </div>
  );
}

/** A table that may scroll sideways on a phone: the scrolling box takes focus (arrow keys scroll it) and is named by the table's caption. */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

/** The table after a chart, open by default and closable ("view as a table"). */
export function TableDetails({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation(NS);
  return (
    <details className="details stat-table" open>
      <summary>{t('statistics.viewTable')}</summary>
      <TableWrap label={label}>{children}</TableWrap>
    </details>
  );
}

export interface FigureColumn<Row> {
  /** The cell's `data-field`, which the browser tests read. */
  field: string;
  header: string;
  cell: (row: Row) => ReactNode;
}

/**
 * A table of figures: the first column names the row (a month, a licence type, an office…) as its header, the
 * others are numbers aligned right. `rowData` gives the row's `data-*` attribute (e.g. `{month: '2026-12'}`).
 */
export function FiguresTable<Row>({ caption, hideCaption, rows, rowData, rowHeader, columns }: {
  caption: string;
  hideCaption?: boolean;
  rows: readonly Row[];
  rowData: (row: Row) => [name: string, value: string];
  rowHeader: { header: string; cell: (row: Row) => ReactNode; nowrap?: boolean };
  columns: readonly FigureColumn<Row>[];
}) {
  return (
    <table>
      <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader.header}</th>
          {columns.map((c) => (
            <th key={c.field} scope="col" className="numeric">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const [name, value] = rowData(row);
          return (
            <tr key={value} {...{ [`data-${name}`]: value }}>
              <th scope="row" className={rowHeader.nowrap ? 'nowrap' : undefined}>
                {rowHeader.cell(row)}
              </th>
              {columns.map((c) => (
                <td key={c.field} className="numeric" data-field={c.field}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
