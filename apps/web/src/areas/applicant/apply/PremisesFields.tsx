import { useTranslation } from 'react-i18next';
import { FieldErrorMessage } from '../../../components/FormField';
import { pick } from '../../../lib/format';
import { useAreas, type AreaView } from './data';

export interface PremisesDraft {
  provinceCode: string;
  districtCode: string;
  subdistrictCode: string;
  addressLine: string;
}

export const emptyPremises: PremisesDraft = { provinceCode: '', districtCode: '', subdistrictCode: '', addressLine: '' };

export type PremisesErrors = Partial<Record<keyof PremisesDraft, string>>;

/** Ids of the inputs, so the error summary can link to them. */
export const premisesIds: Record<keyof PremisesDraft, string> = {
  provinceCode: 'premises-province',
  districtCode: 'premises-district',
  subdistrictCode: 'premises-subdistrict',
  addressLine: 'premises-address',
};

/** The areas chosen, as far as the lists know them. */
export function useChosenAreas(value: PremisesDraft) {
  const provinces = useAreas(undefined);
  const province = provinces.data?.items.find((p) => p.code === value.provinceCode);
  const listed = province?.areasListed !== false;
  const districts = useAreas(value.provinceCode || undefined, !!value.provinceCode && listed);
  const subdistricts = useAreas(value.districtCode || undefined, !!value.districtCode && listed && value.districtCode.length === 4);
  const district = districts.data?.items.find((d) => d.code === value.districtCode);
  const subdistrict = subdistricts.data?.items.find((s) => s.code === value.subdistrictCode);
  return { provinces, districts, subdistricts, province, district, subdistrict, listed };
}

/** Checks the draft the way the API will (codes belong together, an address of 5 to 500 characters). */
export function premisesErrors(value: PremisesDraft, listed: boolean, t: (key: string) => string): PremisesErrors {
  const errors: PremisesErrors = {};
  if (!value.provinceCode) errors.provinceCode = t('premises.errors.province');
  else if (listed) {
    if (!value.districtCode) errors.districtCode = t('premises.errors.district');
    else if (!value.subdistrictCode) errors.subdistrictCode = t('premises.errors.subdistrict');
  } else {
    if (!/^\d{4}$/.test(value.districtCode) || !value.districtCode.startsWith(value.provinceCode)) errors.districtCode = t('premises.errors.districtCode');
    if (!/^\d{6}$/.test(value.subdistrictCode) || !value.subdistrictCode.startsWith(value.districtCode)) errors.subdistrictCode = t('premises.errors.subdistrictCode');
  }
  if (value.addressLine.trim().length < 5) errors.addressLine = t('premises.errors.address');
  return errors;
}

/** The address the API stores: the lines, then the subdistrict, district, province and postcode as Thai addresses read. */
export function fullAddress(value: PremisesDraft, areas: { province?: AreaView; district?: AreaView; subdistrict?: AreaView }): string {
  const bangkok = value.provinceCode === '10';
  const parts = [value.addressLine.trim()];
  if (areas.subdistrict) parts.push((bangkok ? 'แขวง' : 'ตำบล') + areas.subdistrict.name.th);
  if (areas.district) parts.push((bangkok ? 'เขต' : 'อำเภอ') + areas.district.name.th);
  if (areas.province) parts.push(bangkok ? areas.province.name.th : 'จังหวัด' + areas.province.name.th);
  if (areas.subdistrict?.postcodes?.length === 1) parts.push(areas.subdistrict.postcodes[0]);
  return parts.join(' ').slice(0, 500);
}

/** Province → district → subdistrict from GET /api/v1/areas, then the address lines; shows the office serving it. */
export function PremisesFields({
  value,
  onChange,
  errors,
  agencyLevel,
}: {
  value: PremisesDraft;
  onChange: (value: PremisesDraft) => void;
  errors: PremisesErrors;
  agencyLevel?: string;
}) {
  const { t, i18n } = useTranslation('apply');
  const lang = i18n.language;
  const { provinces, districts, subdistricts, subdistrict, listed } = useChosenAreas(value);
  const group = (field: keyof PremisesDraft) => 'form-group' + (errors[field] ? ' form-group--error' : '');
  const described = (field: keyof PremisesDraft, hint?: string) =>
    [hint, errors[field] ? premisesIds[field] + '-error' : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <fieldset>
      <legend>
        <h2>{t('premises.title')}</h2>
      </legend>
      <div className={group('provinceCode')}>
        <label htmlFor={premisesIds.provinceCode}>{t('premises.province')}</label>
        <FieldErrorMessage id={`${premisesIds.provinceCode}-error`} message={errors.provinceCode} />
        <select
          id={premisesIds.provinceCode}
          value={value.provinceCode}
          aria-invalid={!!errors.provinceCode}
          aria-describedby={described('provinceCode')}
          autoComplete="address-level1"
          onChange={(e) => onChange({ ...value, provinceCode: e.target.value, districtCode: '', subdistrictCode: '' })}
        >
          <option value="">{provinces.isPending ? t('premises.loadingAreas') : t('premises.choose')}</option>
          {provinces.data?.items.map((p) => (
            <option key={p.code} value={p.code}>
              {pick(p.name, lang)}
            </option>
          ))}
        </select>
      </div>

      {value.provinceCode && listed && (
        <>
          <div className={group('districtCode')}>
            <label htmlFor={premisesIds.districtCode}>{t('premises.district')}</label>
            <FieldErrorMessage id={`${premisesIds.districtCode}-error`} message={errors.districtCode} />
            <select
              id={premisesIds.districtCode}
              value={value.districtCode}
              aria-invalid={!!errors.districtCode}
              aria-describedby={described('districtCode')}
              autoComplete="address-level2"
              onChange={(e) => onChange({ ...value, districtCode: e.target.value, subdistrictCode: '' })}
            >
              <option value="">{districts.isPending ? t('premises.loadingAreas') : t('premises.choose')}</option>
              {districts.data?.items.map((d) => (
                <option key={d.code} value={d.code}>
                  {pick(d.name, lang)}
                </option>
              ))}
            </select>
          </div>
          {value.districtCode && (
            <div className={group('subdistrictCode')}>
              <label htmlFor={premisesIds.subdistrictCode}>{t('premises.subdistrict')}</label>
              <FieldErrorMessage id={`${premisesIds.subdistrictCode}-error`} message={errors.subdistrictCode} />
              <select
                id={premisesIds.subdistrictCode}
                value={value.subdistrictCode}
                aria-invalid={!!errors.subdistrictCode}
                aria-describedby={described('subdistrictCode')}
                autoComplete="address-level3"
                onChange={(e) => onChange({ ...value, subdistrictCode: e.target.value })}
              >
                <option value="">{subdistricts.isPending ? t('premises.loadingAreas') : t('premises.choose')}</option>
                {subdistricts.data?.items.map((s) => (
                  <option key={s.code} value={s.code}>
                    {pick(s.name, lang)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </>
      )}

      {value.provinceCode && !listed && (
        <>
          <p className="notice">{t('premises.notListed')}</p>
          <div className={group('districtCode')}>
            <label htmlFor={premisesIds.districtCode}>{t('premises.districtCode')}</label>
            <FieldErrorMessage id={`${premisesIds.districtCode}-error`} message={errors.districtCode} />
            <input
              type="text"
              inputMode="numeric"
              id={premisesIds.districtCode}
              className="input--short"
              maxLength={4}
              value={value.districtCode}
              aria-invalid={!!errors.districtCode}
              aria-describedby={described('districtCode')}
              onChange={(e) => onChange({ ...value, districtCode: e.target.value.trim() })}
            />
          </div>
          <div className={group('subdistrictCode')}>
            <label htmlFor={premisesIds.subdistrictCode}>{t('premises.subdistrictCode')}</label>
            <FieldErrorMessage id={`${premisesIds.subdistrictCode}-error`} message={errors.subdistrictCode} />
            <input
              type="text"
              inputMode="numeric"
              id={premisesIds.subdistrictCode}
              className="input--short"
              maxLength={6}
              value={value.subdistrictCode}
              aria-invalid={!!errors.subdistrictCode}
              aria-describedby={described('subdistrictCode')}
              onChange={(e) => onChange({ ...value, subdistrictCode: e.target.value.trim() })}
            />
          </div>
        </>
      )}

      {subdistrict && (
        <div className={subdistrict.localOffice || agencyLevel !== 'local' ? 'notice' : 'notice notice--warning'} role="status">
          {subdistrict.postcodes?.length ? <p>{t('premises.postcode', { code: subdistrict.postcodes.join(', ') })}</p> : null}
          {agencyLevel === 'local' &&
            (subdistrict.localOffice ? <p>{t('premises.servedBy', { office: pick(subdistrict.localOffice.name, lang) })}</p> : <p>{t('premises.notServed')}</p>)}
        </div>
      )}

      <div className={group('addressLine')}>
        <label htmlFor={premisesIds.addressLine}>{t('premises.address')}</label>
        <span className="hint" id={premisesIds.addressLine + '-hint'}>
          {t('premises.addressHint')}
        </span>
        <FieldErrorMessage id={`${premisesIds.addressLine}-error`} message={errors.addressLine} />
        <input
          type="text"
          id={premisesIds.addressLine}
          value={value.addressLine}
          maxLength={400}
          autoComplete="street-address"
          aria-invalid={!!errors.addressLine}
          aria-describedby={described('addressLine', premisesIds.addressLine + '-hint')}
          onChange={(e) => onChange({ ...value, addressLine: e.target.value })}
        />
      </div>
    </fieldset>
  );
}
