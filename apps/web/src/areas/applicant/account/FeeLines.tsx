import { useTranslation } from 'react-i18next';
import { formatBaht, pick } from '../../../lib/format';
import type { PaymentsOfApplication } from './types';

type Invoice = PaymentsOfApplication['invoices'][number];

/** The invoice's lines: what each is, how it was computed, its amount, and the total the applicant pays. */
export function FeeLines({ invoice }: { invoice: Invoice }) {
  const { t, i18n } = useTranslation('account');
  const lang = i18n.language;
  if (invoice.lines.length === 0) return null;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="fee-lines-caption">
      <table className="table fee-lines">
        <caption id="fee-lines-caption">{t('pay.lines.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pay.lines.item')}</th>
            <th scope="col">{t('pay.lines.computation')}</th>
            <th scope="col" className="numeric">
              {t('pay.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {invoice.lines.map((line) => (
            <tr key={line.code}>
              <th scope="row">{pick(line.label, lang)}</th>
              <td>{pick(line.computation, lang)}</td>
              <td className="numeric">{formatBaht(line.amountSatang, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('pay.lines.total')}
            </th>
            <td className="numeric">{formatBaht(invoice.amountSatang, lang)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
