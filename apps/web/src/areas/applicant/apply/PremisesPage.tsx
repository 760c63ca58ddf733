import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink, SummaryList } from '../../../components/Chrome';
import { PageTitle } from '../../../components/PageTitle';
import { pick } from '../../../lib/format';
import { WithDraft } from './common';
import { returnPath, usePremisesNames, type ApplicationView } from './data';

function Premises({ app }: { app: ApplicationView }) {
  const { t, i18n } = useTranslation('apply');
  const lang = i18n.language;
  const [search] = useSearchParams();
  const names = usePremisesNames(app.premises);
  const back = returnPath(app.id, search);
  return (
    <>
      <BackLink to={back}>{t('back')}</BackLink>
      <PageTitle title={t('premises.title')} caption={pick(app.licenceType.name, lang)} />
      <SummaryList
        rows={[
          { key: 'address', label: t('premises.address'), value: app.premises.address },
          { key: 'subdistrict', label: t('premises.subdistrict'), value: names?.subdistrict ? pick(names.subdistrict.name, lang) : app.premises.subdistrictCode },
          { key: 'district', label: t('premises.district'), value: names?.district ? pick(names.district.name, lang) : app.premises.districtCode },
          { key: 'province', label: t('premises.province'), value: names?.province ? pick(names.province.name, lang) : app.premises.provinceCode },
          { key: 'office', label: t('office'), value: app.agency ? pick(app.agency.name, lang) : '' },
        ]}
      />
      <div className="notice">
        <p>{t('premises.fixed')}</p>
      </div>
      <Link className="button" to={back}>
        {t('next')}
      </Link>
    </>
  );
}

/** `/applications/:id/premises`: where the business is; it decided the office, so it is shown, not changed. */
export default function PremisesPage() {
  return <WithDraft>{(app) => <Premises app={app} />}</WithDraft>;
}
