import { useTranslation } from 'react-i18next';
import { formatBaht, pick } from '../../lib/format';

interface Band {
  over?: number;
  upTo?: number;
  amountSatang: number;
}
interface FeeLine {
  code: string;
  label: { th: string; en: string };
  amountSatang?: number;
  rule?: { field: string; bands?: Band[]; perUnit?: { unitSatang: number; unitSize: number }; minSatang?: number; maxSatang?: number };
  range?: { minSatang: number; maxSatang: number };
}
export interface FeeDefinitionLike {
  code: string;
  label?: { th: string; en: string };
  amountSatang: number | null;
  maxAmountSatang?: number | null;
  lines?: FeeLine[];
  lateRenewalSurcharge?: { percentPerPeriod: number; period: 'once' | 'month' | 'year'; maxPeriods?: number };
}

/** A fee written without lines is one line: its fixed amount, or the catalogue's range the office sets an amount in. */
function linesOf(fee: FeeDefinitionLike): FeeLine[] {
  if (fee.lines) return fee.lines;
  if (fee.amountSatang === null) return [];
  const label = fee.label ?? { th: 'ค่าธรรมเนียม', en: 'Fee' };
  return fee.maxAmountSatang != null && fee.maxAmountSatang > fee.amountSatang
    ? [{ code: fee.code, label, range: { minSatang: fee.amountSatang, maxSatang: fee.maxAmountSatang } }]
    : [{ code: fee.code, label, amountSatang: fee.amountSatang }];
}

/** The version's fees as the engine prices them: each line (fixed, bands, per unit or a range) and a late-renewal surcharge. */
export function FeeRules({ fees }: { fees: FeeDefinitionLike[] }) {
  const { t, i18n } = useTranslation('studio');
  const lang = i18n.language;
  const baht = (satang: number) => formatBaht(satang, lang);
  const number = (n: number) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'th-TH');
  const band = (b: Band) =>
    [b.over !== undefined ? t('fees.over', { value: number(b.over) }) : '', b.upTo !== undefined ? t('fees.upTo', { value: number(b.upTo) }) : ''].filter(Boolean).join(' ') || t('fees.anyValue');

  function describe(line: FeeLine) {
    if (line.amountSatang !== undefined) return t('fees.fixed', { amount: baht(line.amountSatang) });
    if (line.range) return t('fees.range', { min: baht(line.range.minSatang), max: baht(line.range.maxSatang) });
    const rule = line.rule!;
    const limits = [rule.minSatang !== undefined ? t('fees.min', { amount: baht(rule.minSatang) }) : '', rule.maxSatang !== undefined ? t('fees.max', { amount: baht(rule.maxSatang) }) : ''].filter(Boolean).join('; ');
    return (
      <>
        {rule.bands ? (
          <>
            {t('fees.bands', { field: rule.field })}
            <ul className="fee-bands">
              {rule.bands.map((b, i) => (
                <li key={i}>
                  {band(b)}: {baht(b.amountSatang)}
                </li>
              ))}
            </ul>
          </>
        ) : (
          t('fees.perUnit', { field: rule.field, size: number(rule.perUnit!.unitSize), amount: baht(rule.perUnit!.unitSatang) })
        )}
        {limits && <div>{limits}</div>}
      </>
    );
  }

  const surcharges = fees.filter((f) => f.lateRenewalSurcharge);
  return (
    <section aria-labelledby="fee-rules-title" className="fee-rules-section">
      <h2 id="fee-rules-title">{t('fees.title')}</h2>
      {fees.length === 0 ? (
        <p>{t('fees.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('fees.fee')}</th>
                <th scope="col">{t('fees.line')}</th>
                <th scope="col">{t('fees.how')}</th>
              </tr>
            </thead>
            <tbody>
              {fees.flatMap((fee) =>
                linesOf(fee).map((line) => (
                  <tr key={`${fee.code}/${line.code}`}>
                    <td>
                      <code>{fee.code}</code>
                    </td>
                    <th scope="row">
                      {pick(line.label, lang)} <code>{line.code}</code>
                    </th>
                    <td>{describe(line)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
      {surcharges.map((fee) => {
        const s = fee.lateRenewalSurcharge!;
        return (
          <p key={fee.code}>
            {t(`fees.surcharge.${s.period}`, { fee: fee.code, percent: number(s.percentPerPeriod) })}
            {s.maxPeriods !== undefined && ` ${t('fees.surcharge.maxPeriods', { count: s.maxPeriods })}`}
          </p>
        );
      })}
    </section>
  );
}
