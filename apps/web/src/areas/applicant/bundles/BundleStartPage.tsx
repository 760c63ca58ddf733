import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../../api/client';
import { ApplicantRecords } from '../../../components/ApplicantRecords';
import { BackLink } from '../../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { Loading, Problem } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { pick } from '../../../lib/format';
import { problemsOf, useApplicantData, type LicenceTypeView } from '../apply/data';
import { emptyPremises, fullAddress, premisesErrors, PremisesFields, premisesIds, useChosenAreas, type PremisesDraft, type PremisesErrors } from '../apply/PremisesFields';
import { bundleKey } from './data';
import { NS } from './setup';

const PREMISES_FIELD: Record<string, keyof PremisesDraft> = {
  'premises.provinceCode': 'provinceCode',
  'premises.districtCode': 'districtCode',
  'premises.subdistrictCode': 'subdistrictCode',
  'premises.address': 'addressLine',
};

/** `/bundles/new?business=…&licences=a,b,c`: the premises, the shared form fields and the applicant, entered once for every licence. */
export default function BundleStartPage() {
  const [search] = useSearchParams();
  const business = search.get('business') ?? '';
  const licences = (search.get('licences') ?? '').split(',').filter(Boolean);
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const navigate = useNavigate();
  const client = useQueryClient();
  const [premises, setPremises] = useState<PremisesDraft>(emptyPremises);
  const [businessName, setBusinessName] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<PremisesErrors>({});
  const [general, setGeneral] = useState<FieldError[]>([]);
  const areas = useChosenAreas(premises);
  const records = useApplicantData();
  const types = useQueries({
    queries: licences.map((slug) => ({
      queryKey: ['public', 'licence-type', slug, 'current'],
      staleTime: 5 * 60_000,
      queryFn: async () => (await unwrap(api.GET('/licence-types/{slug}', { params: { path: { slug }, query: {} } }))) as unknown as LicenceTypeView,
    })),
  });
  const planLink = business ? `/businesses/${business}/plan` : '/businesses';

  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => unwrap(api.POST('/bundles', { body: body as never })),
    onSuccess: (bundle) => {
      client.setQueryData(bundleKey(bundle.id), bundle);
      void navigate(`/bundles/${bundle.id}`);
    },
    onError: (error) => {
      const message = error instanceof ApiError ? error.messageIn(lang) : String(error);
      const fieldErrors: PremisesErrors = {};
      const other: FieldError[] = [];
      for (const p of problemsOf(error)) {
        const field = p.field ? PREMISES_FIELD[p.field] : undefined;
        if (field) fieldErrors[field] = message;
        else other.push({ field: premisesIds.provinceCode, message: p.field?.startsWith('licenceTypes') ? p.problem : message });
      }
      setErrors(fieldErrors);
      setGeneral(other.length || Object.keys(fieldErrors).length ? other : [{ field: premisesIds.provinceCode, message }]);
    },
  });

  if (licences.length < 2) {
    return (
      <>
        <PageTitle title={t('start.title')} />
        <p>{t('start.missing')}</p>
        <Link to={planLink}>{t('start.backToPlan')}</Link>
      </>
    );
  }
  if (records.isPending) return <Loading />;
  if (records.isError) return <Problem error={records.error} retry={() => records.refetch()} />;
  const citizen = records.data.citizen;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = premisesErrors(premises, areas.listed, (k) => t(k, { ns: 'apply' }));
    setErrors(found);
    const missingConsent = confirmed ? [] : [{ field: 'confirm-applicant-data', message: t('start.confirmError') }];
    setGeneral(missingConsent);
    if (Object.keys(found).length > 0 || missingConsent.length > 0) return;
    const form = { ...(businessName.trim() ? { businessName: businessName.trim() } : {}), ...(contactPhone.trim() ? { contactPhone: contactPhone.trim() } : {}) };
    create.mutate({
      business,
      licenceTypes: licences,
      premises: { address: fullAddress(premises, areas), provinceCode: premises.provinceCode, districtCode: premises.districtCode, subdistrictCode: premises.subdistrictCode },
      confirmApplicantData: true,
      form,
    });
  };

  const summary: FieldError[] = [...general, ...(Object.entries(errors) as [keyof PremisesDraft, string][]).map(([field, message]) => ({ field: premisesIds[field], message }))];
  const consentError = general.find((g) => g.field === 'confirm-applicant-data')?.message;
  return (
    <>
      <BackLink to={planLink}>{t('back')}</BackLink>
      <ErrorSummary errors={summary} />
      <PageTitle title={t('start.title')} caption={t('caption')} hasErrors={summary.length > 0} />
      <p>{t('start.lead')}</p>
      <h2>{t('start.licences')}</h2>
      <ul>
        {licences.map((slug, i) => {
          const type = types[i].data;
          return <li key={slug}>{type ? `${pick(type.name, lang)}${type.agency.name ? ` – ${pick(type.agency.name, lang)}` : ''}` : slug}</li>;
        })}
      </ul>
      <form onSubmit={onSubmit} noValidate>
        <PremisesFields value={premises} onChange={setPremises} errors={errors} />
        <fieldset>
          <legend>
            <h2>{t('start.shared')}</h2>
          </legend>
          <div className="form-group">
            <label htmlFor="shared-business-name">{t('start.businessName')}</label>
            <span className="hint" id="shared-business-name-hint">
              {t('start.businessNameHint')}
            </span>
            <input type="text" id="shared-business-name" maxLength={200} value={businessName} aria-describedby="shared-business-name-hint" onChange={(e) => setBusinessName(e.target.value)} />
          </div>
          <div className="form-group">
            <label htmlFor="shared-contact-phone">{t('start.contactPhone')}</label>
            <span className="hint" id="shared-contact-phone-hint">
              {t('start.contactPhoneHint')}
            </span>
            <input type="tel" id="shared-contact-phone" className="input--medium" autoComplete="tel" maxLength={10} value={contactPhone} aria-describedby="shared-contact-phone-hint" onChange={(e) => setContactPhone(e.target.value)} />
          </div>
        </fieldset>
        <h2>{t('start.applicant')}</h2>
        <ApplicantRecords
          level={3}
          holder={{ type: 'person', id: citizen.nationalId, name: citizen.fullName, dataSource: citizen.source, fetchedAt: citizen.fetchedAt, actingDirector: null, juristicPerson: null, applicantRecord: citizen }}
        />
        <div className={'form-group' + (consentError ? ' form-group--error' : '')}>
          <fieldset>
            <legend>{t('start.confirm')}</legend>
            {consentError && (
              <span className="error-message" id="confirm-applicant-data-error">
                <span className="visually-hidden">{t('errorPrefix', { ns: 'common' })}</span>
                {consentError}
              </span>
            )}
            <div className="choice">
              <input type="checkbox" id="confirm-applicant-data" checked={confirmed} aria-describedby={consentError ? 'confirm-applicant-data-error' : undefined} onChange={(e) => setConfirmed(e.target.checked)} />
              <label htmlFor="confirm-applicant-data">{t('start.confirmHint')}</label>
            </div>
          </fieldset>
        </div>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('start.creating') : t('start.create')}
        </button>
      </form>
    </>
  );
}
