import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../../api/client';
import { BackLink, SummaryList, Tag, type TagColour } from '../../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { Loading, Problem } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { formatDateTime, pick } from '../../../lib/format';
import { FieldErrorMessage, TextField } from '../../../components/FormField';
import { INVITABLE_ROLES, OFFICES_KEY, officeKey, useAreas, useOffice, type Area, type Invitation, type OfficeDetail } from './data';
import './setup';

/** What a form of the page reports: problems for the page's one error summary, or a success for its banner. */
interface Report {
  errors: (errors: FieldError[]) => void;
  done: (message: string) => void;
}

/** The message of a refusal in the reader's language (the API writes "ไทย / English"). */
function messageOf(error: unknown, language: string): string {
  return error instanceof ApiError ? error.messageIn(language) : String((error as Error)?.message ?? error);
}

/** /studio/offices/:id: the office, the subdistricts it serves (and choosing them), its staff, its invitations. */
export default function OfficePage() {
  const { t } = useTranslation('studio-offices');
  const { id = '' } = useParams();
  const office = useOffice(id);
  return (
    <>
      <BackLink to="/studio/offices">{t('detail.back')}</BackLink>
      {office.isPending && <Loading />}
      {office.isError && (
        <>
          <PageTitle title={t('list.title')} caption={t('caption')} />
          <Problem error={office.error} retry={() => office.refetch()} />
        </>
      )}
      {office.data && <OfficeView office={office.data} />}
    </>
  );
}

function OfficeView({ office }: { office: OfficeDetail }) {
  const { t, i18n } = useTranslation('studio-offices');
  const location = useLocation();
  const name = pick(office.name, i18n.language);
  const [banner, setBanner] = useState<string | null>((location.state as { created?: boolean } | null)?.created ? t('detail.created', { name }) : null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const bannerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (banner) bannerRef.current?.focus();
  }, [banner]);
  const report: Report = {
    errors: (found) => {
      setBanner(null);
      setErrors(found);
    },
    done: (message) => {
      setErrors([]);
      setBanner(message);
    },
  };

  return (
    <>
      {banner && (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={bannerRef}>
          <p>{banner}</p>
        </div>
      )}
      <ErrorSummary errors={errors} />
      <PageTitle title={name} caption={t('caption')} hasErrors={errors.length > 0} />
      <SummaryList
        rows={[
          { key: 'id', label: t('detail.rows.id'), value: <code>{office.id}</code> },
          ...(i18n.language === 'en' ? [] : [{ key: 'en', label: t('detail.rows.nameEn'), value: <span lang="en">{office.name.en}</span> }]),
          { key: 'kind', label: t('detail.rows.kind'), value: office.kind.id ? t(`kinds.${office.kind.id}`) : '' },
          { key: 'province', label: t('detail.rows.province'), value: pick(office.province.name, i18n.language) },
          { key: 'source', label: t('detail.rows.source'), value: office.onboarded ? t('detail.onboarded') : t('detail.fromFile') },
        ]}
      />

      <section className="offices-section" aria-labelledby="areas-title">
        <h2 id="areas-title">{t('areas.title')}</h2>
        <p>{t('areas.lead')}</p>
        <ServedTable office={office} />
        {office.onboarded ? (
          <AreasEditor office={office} report={report} />
        ) : (
          <div className="notice">
            <p>{t('areas.fileManaged')}</p>
          </div>
        )}
      </section>

      <section className="offices-section" aria-labelledby="staff-title">
        <h2 id="staff-title">{t('staff.title')}</h2>
        <StaffTable office={office} />
        <InviteForm office={office} report={report} />
      </section>

      <section className="offices-section" aria-labelledby="invitations-title">
        <h2 id="invitations-title">{t('invitations.title')}</h2>
        <InvitationsTable office={office} report={report} />
      </section>
    </>
  );
}

function ServedTable({ office }: { office: OfficeDetail }) {
  const { t, i18n } = useTranslation('studio-offices');
  if (!office.subdistricts.length) return <p>{t('areas.none')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('areas.tableCaption', { count: office.subdistricts.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('areas.columns.subdistrict')}</th>
            <th scope="col">{t('areas.columns.district')}</th>
            <th scope="col">{t('areas.columns.assigned')}</th>
          </tr>
        </thead>
        <tbody>
          {office.subdistricts.map((s) => (
            <tr key={s.code}>
              <td>
                {pick(s.name, i18n.language)} <span className="hint">{s.code}</span>
              </td>
              <td>{pick(s.district.name, i18n.language)}</td>
              <td>{s.assignedAt ? formatDateTime(s.assignedAt, i18n.language) : t('areas.byFile')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Known subdistricts: those the office serves, and those of every district opened in the picker (with who serves them). */
interface Known {
  name: Area['name'];
  district: Area['name'];
  localOffice: Area['localOffice'];
}

/**
 * Province (the office's own) → district → subdistrict checkboxes, each saying which office serves it today. The
 * choice spans districts; saving sends the whole set. Subdistricts another office serves are handed over only when
 * the administrator ticks the confirmation.
 */
function AreasEditor({ office, report }: { office: OfficeDetail; report: Report }) {
  const { t, i18n } = useTranslation('studio-offices');
  const client = useQueryClient();
  const saved = useMemo(() => new Set(office.subdistricts.map((s) => s.code)), [office.subdistricts]);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(saved));
  const [district, setDistrict] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [confirmError, setConfirmError] = useState<string | undefined>();
  const [known, setKnown] = useState<Record<string, Known>>(() =>
    Object.fromEntries(office.subdistricts.map((s) => [s.code, { name: s.name, district: s.district.name, localOffice: { id: office.id, name: office.name } }])),
  );
  const districts = useAreas(office.province.id);
  const subdistricts = useAreas(district || undefined, !!district);
  const districtArea = districts.data?.items.find((d) => d.code === district);

  useEffect(() => {
    if (!subdistricts.data?.parent) return;
    const parent = subdistricts.data.parent;
    setKnown((before) => ({ ...before, ...Object.fromEntries(subdistricts.data.items.map((s) => [s.code, { name: s.name, district: parent.name, localOffice: s.localOffice ?? null }])) }));
  }, [subdistricts.data]);

  const handOver = [...chosen].filter((code) => !saved.has(code) && known[code]?.localOffice && known[code].localOffice!.id !== office.id).sort();
  const added = [...chosen].filter((code) => !saved.has(code)).length;
  const removed = [...saved].filter((code) => !chosen.has(code)).length;

  const save = useMutation({
    mutationFn: () => unwrap(api.PUT('/admin/offices/{id}/subdistricts', { params: { path: { id: office.id } }, body: { subdistricts: [...chosen].sort(), ...(handOver.length ? { handOver } : {}) } })),
    onSuccess: (answer) => {
      client.setQueryData(officeKey(office.id), answer);
      setChosen(new Set(answer.subdistricts.map((s) => s.code)));
      setConfirmed(false);
      void client.invalidateQueries({ queryKey: [...OFFICES_KEY, 'list'] });
      void client.invalidateQueries({ queryKey: [...OFFICES_KEY, 'areas'] });
      report.done(t('areas.saved', { count: answer.subdistrictCount }));
    },
    onError: (error) => {
      // Someone else may have taken a subdistrict meanwhile: show who serves each now.
      void client.invalidateQueries({ queryKey: [...OFFICES_KEY, 'areas'] });
      report.errors([{ field: 'areas-district', message: messageOf(error, i18n.language) }]);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (handOver.length && !confirmed) {
      setConfirmError(t('areas.errors.confirm'));
      report.errors([{ field: 'handover-confirm', message: t('areas.errors.confirm') }]);
      return;
    }
    setConfirmError(undefined);
    save.mutate();
  };
  const toggle = (code: string, on: boolean) =>
    setChosen((before) => {
      const next = new Set(before);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });
  const servedNote = (s: Area) => (!s.localOffice ? t('areas.unserved') : s.localOffice.id === office.id ? t('areas.servedByThis') : t('areas.servedBy', { office: pick(s.localOffice.name, i18n.language) }));

  return (
    <form onSubmit={submit} noValidate aria-labelledby="areas-edit-title">
      <h3 id="areas-edit-title">{t('areas.editTitle')}</h3>
      <p>
        {t('areas.province')}: <strong>{pick(office.province.name, i18n.language)}</strong>
      </p>
      <div className="form-group">
        <label htmlFor="areas-district">{t('areas.district')}</label>
        <select id="areas-district" value={district} onChange={(e) => setDistrict(e.target.value)}>
          <option value="">{t('areas.chooseDistrict')}</option>
          {districts.data?.items.map((d) => (
            <option key={d.code} value={d.code}>
              {pick(d.name, i18n.language)}
            </option>
          ))}
        </select>
      </div>
      {district && subdistricts.isPending && <Loading />}
      {subdistricts.isError && <Problem error={subdistricts.error} retry={() => subdistricts.refetch()} />}
      {district && subdistricts.data && (
        <fieldset aria-describedby="areas-subdistricts-hint">
          <legend>{t('areas.subdistricts', { district: pick(districtArea?.name, i18n.language) })}</legend>
          <span className="hint" id="areas-subdistricts-hint">
            {t('areas.subdistrictsHint')}
          </span>
          <div className="offices-subdistricts">
            {subdistricts.data.items.map((s) => (
              <div className="choice" key={s.code}>
                <input type="checkbox" id={`subdistrict-${s.code}`} checked={chosen.has(s.code)} onChange={(e) => toggle(s.code, e.target.checked)} aria-describedby={`subdistrict-${s.code}-note`} />
                <label htmlFor={`subdistrict-${s.code}`}>
                  {pick(s.name, i18n.language)}
                  <span className="hint" id={`subdistrict-${s.code}-note`}>
                    {servedNote(s)}
                  </span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      <p role="status">
        {t('areas.chosen', { count: chosen.size })}
        {(added > 0 || removed > 0) && <> · {t('areas.changes', { added, removed })}</>}
      </p>
      {handOver.length > 0 && (
        <div className="notice notice--warning offices-handover">
          <h4>{t('areas.handOverTitle')}</h4>
          <p>{t('areas.handOverLead')}</p>
          <ul>
            {handOver.map((code) => (
              <li key={code}>
                {t('areas.handOverItem', { subdistrict: pick(known[code].name, i18n.language), district: pick(known[code].district, i18n.language), office: pick(known[code].localOffice?.name, i18n.language) })}
              </li>
            ))}
          </ul>
          <div className={confirmError ? 'form-group form-group--error' : 'form-group'}>
            <FieldErrorMessage id="handover-confirm-error" message={confirmError} />
            <div className="choice">
              <input
                type="checkbox"
                id="handover-confirm"
                checked={confirmed}
                onChange={(e) => setConfirmed(e.target.checked)}
                aria-describedby={confirmError ? 'handover-confirm-error' : undefined}
                aria-invalid={confirmError ? true : undefined}
              />
              <label htmlFor="handover-confirm">{t('areas.confirm')}</label>
            </div>
          </div>
        </div>
      )}
      <button type="submit" className="button" disabled={save.isPending}>
        {save.isPending ? t('areas.saving') : t('areas.save')}
      </button>
    </form>
  );
}

function StaffTable({ office }: { office: OfficeDetail }) {
  const { t, i18n } = useTranslation('studio-offices');
  if (!office.staff.length) return <p>{t('staff.none')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('staff.tableCaption', { count: office.staff.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('staff.columns.name')}</th>
            <th scope="col">{t('staff.columns.username')}</th>
            <th scope="col">{t('staff.columns.roles')}</th>
          </tr>
        </thead>
        <tbody>
          {office.staff.map((person) => (
            <tr key={person.id}>
              <td>{pick(person.displayName, i18n.language)}</td>
              <td>{person.username}</td>
              <td>{person.roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The API's codes that belong to the national ID field, and to the roles. */
const INVITE_FIELD_OF_CODE: Record<string, string> = {
  STAFF_NATIONAL_ID_INVALID: 'invite-national-id',
  STAFF_ACCOUNT_HAS_ROLES: 'invite-national-id',
  STAFF_INVITATION_OPEN: 'invite-national-id',
  STAFF_ROLE_NOT_ALLOWED: `invite-role-${INVITABLE_ROLES[0]}`,
};

function InviteForm({ office, report }: { office: OfficeDetail; report: Report }) {
  const { t, i18n } = useTranslation('studio-offices');
  const client = useQueryClient();
  const [nationalId, setNationalId] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const fail = (found: FieldError[]) => {
    setErrors(found);
    report.errors(found);
  };

  const invite = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/admin/offices/{id}/invitations', {
          params: { path: { id: office.id } },
          body: { nationalId: nationalId.replace(/[\s-]/g, ''), roles: INVITABLE_ROLES.filter((r) => roles.includes(r)) },
        }),
      ),
    onSuccess: (invitation) => {
      setNationalId('');
      setRoles([]);
      setErrors([]);
      void client.invalidateQueries({ queryKey: officeKey(office.id) });
      void client.invalidateQueries({ queryKey: [...OFFICES_KEY, 'list'] });
      report.done(t('invite.sent', { id: invitation.nationalIdMasked }));
    },
    onError: (error) => {
      const field = (error instanceof ApiError && INVITE_FIELD_OF_CODE[error.code]) || 'invite-national-id';
      fail([{ field, message: messageOf(error, i18n.language) }]);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!nationalId.trim()) found.push({ field: 'invite-national-id', message: t('invite.errors.nationalId') });
    if (!roles.length) found.push({ field: `invite-role-${INVITABLE_ROLES[0]}`, message: t('invite.errors.roles') });
    if (found.length) fail(found);
    else invite.mutate();
  };
  const idError = errors.find((e) => e.field === 'invite-national-id')?.message;
  const rolesError = errors.find((e) => e.field.startsWith('invite-role-'))?.message;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="invite-title">
      <h3 id="invite-title">{t('invite.title')}</h3>
      <p>{t('invite.lead')}</p>
      <TextField id="invite-national-id" label={t('invite.nationalId')} hint={t('invite.nationalIdHint')} error={idError} value={nationalId} onChange={setNationalId} inputMode="numeric" spellCheck={false} />
      <div className={rolesError ? 'form-group form-group--error' : 'form-group'}>
        <fieldset aria-describedby={rolesError ? 'invite-roles-hint invite-roles-error' : 'invite-roles-hint'}>
          <legend>{t('invite.roles')}</legend>
          <span className="hint" id="invite-roles-hint">
            {t('invite.rolesHint')}
          </span>
          <FieldErrorMessage id="invite-roles-error" message={rolesError} />
          {INVITABLE_ROLES.map((role) => (
            <div className="choice" key={role}>
              <input
                type="checkbox"
                id={`invite-role-${role}`}
                checked={roles.includes(role)}
                onChange={(e) => setRoles((before) => (e.target.checked ? [...before, role] : before.filter((r) => r !== role)))}
              />
              <label htmlFor={`invite-role-${role}`}>{t(`roles.${role}`)}</label>
            </div>
          ))}
        </fieldset>
      </div>
      <button type="submit" className="button" disabled={invite.isPending}>
        {invite.isPending ? t('invite.submitting') : t('invite.submit')}
      </button>
    </form>
  );
}

const STATUS_COLOUR: Record<Invitation['status'], TagColour> = { pending: 'yellow', accepted: 'green', revoked: 'grey' };

function InvitationsTable({ office, report }: { office: OfficeDetail; report: Report }) {
  const { t, i18n } = useTranslation('studio-offices');
  const client = useQueryClient();
  const revoke = useMutation({
    mutationFn: (invitation: Invitation) => unwrap(api.DELETE('/admin/offices/{id}/invitations/{invitationId}', { params: { path: { id: office.id, invitationId: invitation.id } } })),
    onSuccess: (invitation) => {
      void client.invalidateQueries({ queryKey: officeKey(office.id) });
      void client.invalidateQueries({ queryKey: [...OFFICES_KEY, 'list'] });
      report.done(t('invitations.revoked', { id: invitation.nationalIdMasked }));
    },
    onError: (error, invitation) => {
      void client.invalidateQueries({ queryKey: officeKey(office.id) });
      report.errors([{ field: `revoke-${invitation.id}`, message: messageOf(error, i18n.language) }]);
    },
  });
  if (!office.invitations.length) return <p>{t('invitations.none')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('invitations.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('invitations.columns.nationalId')}</th>
            <th scope="col">{t('invitations.columns.roles')}</th>
            <th scope="col">{t('invitations.columns.status')}</th>
            <th scope="col">{t('invitations.columns.invited')}</th>
            <th scope="col">{t('invitations.columns.answered')}</th>
            <th scope="col">{t('invitations.columns.action')}</th>
          </tr>
        </thead>
        <tbody>
          {office.invitations.map((invitation) => (
            <tr key={invitation.id}>
              <td>
                <code className="offices-nowrap">{invitation.nationalIdMasked}</code>
              </td>
              <td>{invitation.roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', ')}</td>
              <td>
                <Tag colour={STATUS_COLOUR[invitation.status]}>{t(`invitations.status.${invitation.status}`)}</Tag>
              </td>
              <td>{formatDateTime(invitation.createdAt, i18n.language)}</td>
              <td>{formatDateTime(invitation.acceptedAt ?? invitation.revokedAt, i18n.language)}</td>
              <td>
                {invitation.status === 'pending' && (
                  <button type="button" id={`revoke-${invitation.id}`} className="button button--secondary" disabled={revoke.isPending} onClick={() => revoke.mutate(invitation)}>
                    {t('invitations.revoke')}
                    <span className="visually-hidden"> {t('invitations.revokeHidden', { id: invitation.nationalIdMasked })}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
