import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../../api/client';
import { BackLink, SummaryList } from '../../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { Loading, Problem } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { pick } from '../../../lib/format';
import { useGrant } from '../agents/data';
import { applicationKey, problemsOf, useLicenceType, type ApplicationView } from './data';
import { emptyPremises, fullAddress, premisesErrors, PremisesFields, premisesIds, useChosenAreas, type PremisesDraft, type PremisesErrors } from './PremisesFields';

const FIELD_OF_PROBLEM: Record<string, keyof PremisesDraft> = {
  'premises.provinceCode': 'provinceCode',
  'premises.districtCode': 'districtCode',
  'premises.subdistrictCode': 'subdistrictCode',
  'premises.address': 'addressLine',
  premises: 'subdistrictCode',
};

/** `/applications/new?licenceType=…&business=…`: the licence, the premises, then the draft is created. */
export default function StartPage() {
  const [search] = useSearchParams();
  const slug = search.get('licenceType') ?? undefined;
  const business = search.get('business') ?? undefined;
  // Filing for someone else under a grant she holds (from /filing-for-others).
  const onBehalfOf = search.get('onBehalfOf') ?? undefined;
  const grant = useGrant(onBehalfOf);
  const { t, i18n } = useTranslation('apply');
  const lang = i18n.language;
  const navigate = useNavigate();
  const client = useQueryClient();
  const licence = useLicenceType(slug);
  const storageKey = `bizportal.apply.premises.${slug}`;
  const [premises, setPremises] = useState<PremisesDraft>(() => {
    try {
      return { ...emptyPremises, ...(JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') ?? {}) };
    } catch {
      return emptyPremises;
    }
  });
  const [errors, setErrors] = useState<PremisesErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const areas = useChosenAreas(premises);

  // Answers are not lost on Back or reload before the draft exists.
  useEffect(() => sessionStorage.setItem(storageKey, JSON.stringify(premises)), [premises, storageKey]);

  const create = useMutation({
    mutationFn: async (body: Record<string, unknown>) => (await unwrap(api.POST('/applications', { body: body as never }))) as unknown as ApplicationView,
    onSuccess: (app) => {
      sessionStorage.removeItem(storageKey);
      client.setQueryData(applicationKey(app.id), app);
      void navigate(`/applications/${app.id}/tasks`);
    },
    onError: (error) => {
      const fieldErrors: PremisesErrors = {};
      const other: string[] = [];
      const message = error instanceof ApiError ? error.messageIn(lang) : String(error);
      const problems = problemsOf(error);
      for (const p of problems) {
        const field = p.field ? FIELD_OF_PROBLEM[p.field] : undefined;
        if (field) fieldErrors[field] = message + (lang === 'en' ? ` (${p.problem})` : '');
      }
      if (Object.keys(fieldErrors).length === 0) other.push(message);
      setErrors(fieldErrors);
      setGeneral(other);
    },
  });

  if (!slug) {
    return (
      <>
        <PageTitle title={t('start.title')} />
        <p>{t('start.missingType')}</p>
        <Link to="/businesses">{t('start.chooseLicence')}</Link>
      </>
    );
  }
  if (licence.isPending) return <Loading />;
  if (licence.isError) return <Problem error={licence.error} retry={() => licence.refetch()} />;
  const type = licence.data;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = premisesErrors(premises, areas.listed, (k) => t(k));
    setErrors(found);
    setGeneral([]);
    if (Object.keys(found).length > 0) return;
    create.mutate({
      licenceType: type.slug,
      ...(business ? { business } : {}),
      ...(onBehalfOf ? { onBehalfOf: { grantId: onBehalfOf } } : {}),
      premises: {
        address: fullAddress(premises, areas),
        provinceCode: premises.provinceCode,
        districtCode: premises.districtCode,
        subdistrictCode: premises.subdistrictCode,
      },
    });
  };

  const summary: FieldError[] = [
    ...general.map((message) => ({ field: premisesIds.provinceCode, message })),
    ...(Object.entries(errors) as [keyof PremisesDraft, string][]).map(([field, message]) => ({ field: premisesIds[field], message })),
  ];
  const office = type.agency.name ? pick(type.agency.name, lang) : t(`start.agencyLevel.${type.agency.level}`);

  return (
    <>
      <BackLink to={onBehalfOf ? '/filing-for-others' : business ? `/businesses/${business}` : '/businesses'}>{t('back')}</BackLink>
      <ErrorSummary errors={summary} />
      <PageTitle title={pick(type.name, lang)} caption={t('start.title')} hasErrors={summary.length > 0} />
      <SummaryList
        rows={[
          ...(grant.data ? [{ key: 'onBehalf', label: t('start.onBehalf'), value: pick(grant.data.principal.name, lang) }] : []),
          { key: 'office', label: t('office'), value: office },
          { key: 'fee', label: t('fee'), value: pick(type.feeText, lang) },
          { key: 'time', label: t('time'), value: pick(type.processingDaysText, lang) },
        ]}
      />
      <p>{t('start.lead')}</p>
      <form onSubmit={onSubmit} noValidate>
        <PremisesFields value={premises} onChange={setPremises} errors={errors} agencyLevel={type.agency.level} />
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('start.creating') : t('start.create')}
        </button>
      </form>
    </>
  );
}
