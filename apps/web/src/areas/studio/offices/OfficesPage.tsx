import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../../components/Chrome';
import { Loading, Problem } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { pick } from '../../../lib/format';
import { useAreas, useOffices } from './data';
import './setup';

/** /studio/offices: every local office by id, a page of 50 at a time, optionally of one province. */
export default function OfficesPage() {
  const { t, i18n } = useTranslation('studio-offices');
  const [params, setParams] = useSearchParams();
  const province = params.get('province') ?? undefined;
  const after = params.get('after') ?? undefined;
  const provinces = useAreas(undefined);
  const offices = useOffices(province, after);
  const [chosen, setChosen] = useState(province ?? '');
  const provinceName = pick(provinces.data?.items.find((p) => p.code === province)?.name, i18n.language);

  const filter = (event: FormEvent) => {
    event.preventDefault();
    setParams(chosen ? { province: chosen } : {});
  };
  const nextParams = (nextAfter: string) => new URLSearchParams({ ...(province ? { province } : {}), after: nextAfter }).toString();

  return (
    <>
      <PageTitle title={t('list.title')} caption={t('caption')} />
      <p>{t('list.lead')}</p>
      <p>
        <Link className="button" to="/studio/offices/new">
          {t('list.add')}
        </Link>
      </p>
      <form className="offices-filter" onSubmit={filter}>
        <div className="form-group">
          <label htmlFor="filter-province">{t('list.filter')}</label>
          <select id="filter-province" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{t('list.allProvinces')}</option>
            {provinces.data?.items.map((p) => (
              <option key={p.code} value={p.code}>
                {pick(p.name, i18n.language)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t('list.show')}
        </button>
      </form>
      {offices.isPending && <Loading />}
      {offices.isError && <Problem error={offices.error} retry={() => offices.refetch()} />}
      {offices.data && offices.data.items.length === 0 && <p>{t('list.empty')}</p>}
      {offices.data && offices.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="offices-table">
            <caption className="visually-hidden">{province ? t('list.tableCaptionProvince', { province: provinceName }) : t('list.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.columns.office')}</th>
                <th scope="col">{t('list.columns.kind')}</th>
                <th scope="col">{t('list.columns.province')}</th>
                <th scope="col">{t('list.columns.subdistricts')}</th>
                <th scope="col">{t('list.columns.staff')}</th>
                <th scope="col">{t('list.columns.pending')}</th>
              </tr>
            </thead>
            <tbody>
              {offices.data.items.map((office) => (
                <tr key={office.id}>
                  <td>
                    <Link to={`/studio/offices/${office.id}`}>{pick(office.name, i18n.language)}</Link>
                    <span className="hint">
                      {office.id}
                      {!office.onboarded && <> · {t('list.fromFile')}</>}
                    </span>
                  </td>
                  <td>{office.kind.id ? t(`kinds.${office.kind.id}`) : ''}</td>
                  <td>{pick(office.province.name, i18n.language)}</td>
                  <td>{office.subdistrictCount}</td>
                  <td>{office.staffCount}</td>
                  <td>{office.pendingInvitations > 0 ? <Tag colour="yellow">{office.pendingInvitations}</Tag> : 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {offices.data && (after || offices.data.nextAfter) && (
        <nav className="offices-pager" aria-label={t('list.pages')}>
          {after && <Link to={province ? `?province=${province}` : '/studio/offices'}>{t('list.firstPage')}</Link>}
          {offices.data.nextAfter && <Link to={`?${nextParams(offices.data.nextAfter)}`}>{t('list.nextPage')}</Link>}
        </nav>
      )}
    </>
  );
}
