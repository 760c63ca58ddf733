import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Tag } from '../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatDate, pick } from '../../lib/format';
import { useSession } from '../../lib/session';
import { DueWords } from './common';
import {
  QUEUE_FILTER_KEYS,
  useAssignMany,
  useClaimMany,
  useCreateView,
  useDeleteView,
  useLocalLicenceTypes,
  useSavedViews,
  useStaff,
  useSubdistricts,
  useWorkQueue,
  type QueueFilterKey,
  type WorkQueueFilter,
  type WorkQueueItem,
} from './data';

const TABS = ['all', 'mine', 'unassigned', 'overdue'] as const;
type Tab = (typeof TABS)[number];
const PAGE_SIZE = 25;
const OFFICE_STATUSES = ['submitted', 'checking', 'needs_documents', 'under_consideration', 'inspection', 'awaiting_payment', 'issuing', 'completed'] as const;
const KINDS = ['new', 'renew', 'amend', 'cancel'] as const;

/** The filters in the address (so a filtered queue can be bookmarked, shared and saved), without the tab and the page. */
function filtersOf(search: URLSearchParams): Partial<Record<QueueFilterKey, string>> {
  return Object.fromEntries(QUEUE_FILTER_KEYS.flatMap((key) => (search.get(key) ? [[key, search.get(key)!]] : [])));
}

function queryString(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams(Object.entries(values).filter((entry): entry is [string, string] => !!entry[1]));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** `/office`: the office's work queue, the nearest deadline first, a page at a time. */
export default function QueuePage() {
  const { t, i18n } = useTranslation('office');
  const lang = i18n.language;
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const me = useSession().data!;
  const tab: Tab = (TABS as readonly string[]).includes(search.get('tab') ?? '') ? (search.get('tab') as Tab) : 'all';
  const filters = filtersOf(search);
  const cursor = search.get('cursor') ?? undefined;
  const query: WorkQueueFilter = {
    ...(filters as WorkQueueFilter),
    ...(tab === 'mine' ? { mine: true } : tab === 'unassigned' ? { unassigned: true } : tab === 'overdue' ? { overdue: true } : {}),
    limit: PAGE_SIZE,
    ...(cursor ? { cursor } : {}),
  };
  const queue = useWorkQueue(query);
  const staff = useStaff();
  const items = queue.data?.items ?? [];
  // The subdistricts this office serves, of the districts its queue's premises lie in (and the one filtered on).
  const districts = [...items.flatMap((item) => (item.premises ? [item.premises.districtCode] : [])), ...(filters.subdistrict ? [filters.subdistrict.slice(0, 4)] : [])];
  const areas = useSubdistricts(districts);
  const names = new Map((areas.data ?? []).map((area) => [area.code, area.name] as const));
  const officeAreas = (areas.data ?? []).filter((area) => area.localOffice?.id === me.agencyId);
  const claimMany = useClaimMany();
  const assignMany = useAssignMany();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [assignee, setAssignee] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const isHead = me.roles.includes('head_of_office');
  const canClaim = me.roles.includes('officer') || me.roles.includes('approver');
  const selectable = canClaim || isHead;
  const role = isHead ? 'head_of_office' : me.roles.includes('approver') ? 'approver' : 'officer';
  const counts = queue.data?.counts;
  const here = (changes: Record<string, string | undefined>) => `/office${queryString({ tab: tab === 'all' ? undefined : tab, ...filters, ...changes })}`;

  function toggle(id: string, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  }

  const failure = (error: unknown) => (error instanceof ApiError ? error.messageIn(lang) : String(error));

  async function bulk(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const action = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value ?? 'claim';
    const ids = items.filter((item) => selected.has(item.id)).map((item) => item.id);
    const found: FieldError[] = [];
    if (!ids.length) found.push({ field: items[0] ? `select-${items[0].id}` : 'select-all', message: t('queue.noneSelected') });
    if (action === 'assign' && !assignee) found.push({ field: 'assign-to', message: t('queue.assigneeMissing') });
    setErrors(found);
    if (found.length) return;
    try {
      if (action === 'assign') {
        await assignMany.mutateAsync({ applicationIds: ids, userId: assignee });
        const person = staff.data?.find((s) => s.id === assignee);
        setDone(t('queue.assigned', { count: ids.length, name: person ? pick(person.displayName, lang) : assignee }));
      } else {
        await claimMany.mutateAsync(ids);
        setDone(t('queue.claimed', { count: ids.length }));
      }
      setSelected(new Set());
    } catch (error) {
      setErrors([{ field: action === 'assign' ? 'assign-to' : `select-${ids[0]}`, message: failure(error) }]);
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('queue.title')} caption={isHead ? t('queue.captionHead') : t('queue.caption', { role: t(`roles.${role}`) })} hasErrors={errors.length > 0} />
      <p>{t('queue.lead')}</p>
      <ul className="office-links">
        {isHead && (
          <li>
            <Link to="/office/dashboard">{t('queue.dashboardLink')}</Link>
          </li>
        )}
        {me.roles.some((r) => ['officer', 'approver', 'head_of_office'].includes(r)) && (
          <li>
            <Link to="/office/held-payments">{t('held.link')}</Link>
          </li>
        )}
        {me.roles.some((r) => ['officer', 'head_of_office'].includes(r)) && (
          <li>
            <Link to="/office/bill-payments">{t('billpay.link')}</Link>
          </li>
        )}
        {me.roles.some((r) => ['officer', 'head_of_office'].includes(r)) && (
          <li>
            <Link to="/office/ratings">{t('ratings.link')}</Link>
          </li>
        )}
        <li>
          <Link to="/office/complaints">{t('complaintsLink')}</Link>
        </li>
      </ul>
      <nav aria-label={t('queue.tabsLabel')}>
        <ul className="queue-tabs">
          {TABS.map((name) => (
            <li key={name}>
              <Link to={`/office${queryString({ tab: name === 'all' ? undefined : name, ...filters })}`} aria-current={tab === name ? 'page' : undefined}>
                {counts ? t('queue.tabCount', { label: t(`queue.tabs.${name}`), count: counts[name] }) : t(`queue.tabs.${name}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <SavedViewLinks />
      <details className="queue-tools" open={QUEUE_FILTER_KEYS.some((key) => filters[key]) || undefined}>
        <summary>{t('queue.filters.title')}</summary>
        <Filters key={search.toString()} filters={filters} onApply={(next) => navigate(`/office${queryString({ tab: tab === 'all' ? undefined : tab, ...next })}`)} staff={staff.data ?? []} subdistricts={officeAreas} />
        <SaveView filters={filters} tab={tab} />
      </details>
      <div>
          <div role="status">{done && <p className="notice notice--success">{done}</p>}</div>
          {queue.isPending && <Loading />}
          {queue.isError && <Problem error={queue.error} retry={() => void queue.refetch()} />}
          {queue.data && items.length === 0 && <p>{t('queue.empty')}</p>}
          {queue.data && items.length > 0 && (
            <form onSubmit={(e) => void bulk(e)} noValidate>
              {selectable && (
                <div className="queue-actions">
                  <span className="hint" aria-live="polite">
                    {t('queue.selected', { count: selected.size })}
                  </span>
                  {canClaim && (
                    <button type="submit" name="action" value="claim" className="button button--secondary" disabled={claimMany.isPending}>
                      {claimMany.isPending ? t('queue.claiming') : t('queue.claimSelected')}
                    </button>
                  )}
                  {isHead && (
                    <div className="queue-assign">
                      <div className={'form-group' + (errors.some((e) => e.field === 'assign-to') ? ' form-group--error' : '')}>
                        <label htmlFor="assign-to">{t('queue.assignTo')}</label>
                        <select id="assign-to" value={assignee} onChange={(e) => setAssignee(e.target.value)}>
                          <option value="">{t('queue.choosePerson')}</option>
                          {(staff.data ?? [])
                            .filter((person) => person.roles.some((r) => r === 'officer' || r === 'approver'))
                            .map((person) => (
                              <option key={person.id} value={person.id}>
                                {t('queue.staffOption', { name: pick(person.displayName, lang), roles: person.roles.map((r) => t(`roleNames.${r}`, { defaultValue: r })).join(', '), count: person.held })}
                              </option>
                            ))}
                        </select>
                      </div>
                      <button type="submit" name="action" value="assign" className="button button--secondary" disabled={assignMany.isPending}>
                        {t('queue.assignSelected')}
                      </button>
                    </div>
                  )}
                </div>
              )}
              <QueueTable items={items} tab={tab} meId={me.id} selectable={selectable} selected={selected} toggle={toggle} setSelected={setSelected} names={names} />
            </form>
          )}
          {queue.data && (cursor || queue.data.nextCursor) && (
            <nav className="pagination" aria-label={t('queue.pages')}>
              {cursor && <Link to={here({})}>{t('queue.firstPage')}</Link>}
              {queue.data.nextCursor && (
                <Link to={here({ cursor: queue.data.nextCursor })} rel="next">
                  {t('queue.nextPage')}
                </Link>
              )}
            </nav>
          )}
      </div>
    </>
  );
}

function QueueTable({
  items,
  tab,
  meId,
  selectable,
  selected,
  toggle,
  setSelected,
  names,
}: {
  items: WorkQueueItem[];
  tab: Tab;
  meId: string;
  selectable: boolean;
  selected: Set<string>;
  toggle: (id: string, on: boolean) => void;
  setSelected: (s: Set<string>) => void;
  names: Map<string, { th: string; en: string }> | undefined;
}) {
  const { t } = useTranslation('office');
  return (
    <table className="queue-table">
      <caption className="visually-hidden">{t('queue.tableCaption', { tab: t(`queue.tabs.${tab}`), count: items.length })}</caption>
      <thead>
        <tr>
          {selectable && (
            <th scope="col">
              <div className="choice choice--small">
                <input
                  type="checkbox"
                  id="select-all"
                  checked={selected.size > 0 && items.every((item) => selected.has(item.id))}
                  onChange={(e) => setSelected(e.target.checked ? new Set(items.map((item) => item.id)) : new Set())}
                />
                <label htmlFor="select-all">
                  <span className="visually-hidden">{t('queue.selectAll')}</span>
                </label>
              </div>
            </th>
          )}
          <th scope="col">{t('queue.columns.trackingNumber')}</th>
          <th scope="col">{t('queue.columns.licence')}</th>
          <th scope="col">{t('queue.columns.state')}</th>
          <th scope="col">{t('queue.columns.subdistrict')}</th>
          <th scope="col">{t('queue.columns.waitingSince')}</th>
          <th scope="col">{t('queue.columns.due')}</th>
          <th scope="col">{t('queue.columns.assignee')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <QueueRow
            key={item.id}
            item={item}
            meId={meId}
            selectable={selectable}
            selected={selected.has(item.id)}
            onSelect={(on) => toggle(item.id, on)}
            subdistrict={item.premises ? names?.get(item.premises.subdistrictCode) : undefined}
          />
        ))}
      </tbody>
    </table>
  );
}

function QueueRow({
  item,
  meId,
  selectable,
  selected,
  onSelect,
  subdistrict,
}: {
  item: WorkQueueItem;
  meId: string;
  selectable: boolean;
  selected: boolean;
  onSelect: (on: boolean) => void;
  subdistrict: { th: string; en: string } | undefined;
}) {
  const { t, i18n } = useTranslation('office');
  const lang = i18n.language;
  return (
    <tr className={item.overdue ? 'queue-row queue-row--overdue' : 'queue-row'}>
      {selectable && (
        <td className="queue-row__select">
          <div className="choice choice--small">
            <input type="checkbox" id={`select-${item.id}`} checked={selected} onChange={(e) => onSelect(e.target.checked)} />
            <label htmlFor={`select-${item.id}`}>
              <span className="visually-hidden">{t('queue.selectRow', { number: item.trackingNumber })}</span>
            </label>
          </div>
        </td>
      )}
      <th scope="row" className="queue-row__number">
        <Link to={`/office/applications/${item.id}`}>
          <span className="visually-hidden">{t('queue.columns.trackingNumber')} </span>
          {item.trackingNumber}
        </Link>
      </th>
      <td data-label={t('queue.columns.licence')}>
        {pick(item.licenceType.name, lang)}
        {item.kind !== 'new' && (
          <>
            {' '}
            <Tag colour="blue">{t(`kinds.${item.kind}`)}</Tag>
          </>
        )}
      </td>
      <td data-label={t('queue.columns.state')}>
        <Tag colour="grey">{pick(item.stateLabel, lang)}</Tag>
      </td>
      <td data-label={t('queue.columns.subdistrict')}>{subdistrict ? pick(subdistrict, lang) : (item.premises?.subdistrictCode ?? '')}</td>
      <td data-label={t('queue.columns.waitingSince')}>{formatDate(item.waitingSince, lang)}</td>
      <td data-label={t('queue.columns.due')}>
        {item.dueAt && (
          <>
            <time dateTime={item.dueAt}>{formatDate(item.dueAt, lang)}</time>
            <br />
          </>
        )}
        <DueWords overdue={item.overdue} dueSoon={item.dueSoon} workingDaysLeft={item.workingDaysLeft} />
      </td>
      <td data-label={t('queue.columns.assignee')}>{item.assignedTo ? (item.assignedTo.id === meId ? t('queue.you') : pick(item.assignedTo.displayName, lang)) : <span className="muted">{t('queue.nobody')}</span>}</td>
    </tr>
  );
}

/** Status, licence type, subdistrict, assignee and kind: applied together (a GET-style form), kept in the address. */
function Filters({
  filters,
  onApply,
  staff,
  subdistricts,
}: {
  filters: Partial<Record<QueueFilterKey, string>>;
  onApply: (next: Partial<Record<QueueFilterKey, string>>) => void;
  staff: { id: string; displayName: { th: string; en: string } }[];
  subdistricts: { code: string; name: { th: string; en: string } }[];
}) {
  const { t, i18n } = useTranslation('office');
  const lang = i18n.language;
  const [values, setValues] = useState(filters);
  const types = useLocalLicenceTypes();
  const set = (key: QueueFilterKey) => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value || undefined });
  const active = QUEUE_FILTER_KEYS.some((key) => filters[key]);
  return (
    <form
      className="queue-filters"
      aria-label={t('queue.filters.title')}
      onSubmit={(e) => {
        e.preventDefault();
        onApply(values);
      }}
    >
      <div className="form-group">
        <label htmlFor="filter-status">{t('queue.filters.status')}</label>
        <select id="filter-status" value={values.status ?? ''} onChange={set('status')}>
          <option value="">{t('queue.filters.any')}</option>
          {OFFICE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label htmlFor="filter-licence-type">{t('queue.filters.licenceType')}</label>
        <select id="filter-licence-type" value={values.licenceType ?? ''} onChange={set('licenceType')}>
          <option value="">{t('queue.filters.any')}</option>
          {(types.data ?? []).map((type) => (
            <option key={type.slug} value={type.slug}>
              {pick(type.name, lang)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label htmlFor="filter-subdistrict">{t('queue.filters.subdistrict')}</label>
        <select id="filter-subdistrict" value={values.subdistrict ?? ''} onChange={set('subdistrict')}>
          <option value="">{t('queue.filters.any')}</option>
          {subdistricts.map((area) => (
            <option key={area.code} value={area.code}>
              {pick(area.name, lang)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label htmlFor="filter-assignee">{t('queue.filters.assignee')}</label>
        <select id="filter-assignee" value={values.assignee ?? ''} onChange={set('assignee')}>
          <option value="">{t('queue.filters.anyone')}</option>
          {staff.map((person) => (
            <option key={person.id} value={person.id}>
              {pick(person.displayName, lang)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label htmlFor="filter-kind">{t('queue.filters.kind')}</label>
        <select id="filter-kind" value={values.kind ?? ''} onChange={set('kind')}>
          <option value="">{t('queue.filters.any')}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="button-group">
        <button type="submit" className="button button--secondary">
          {t('queue.filters.apply')}
        </button>
        {active && <Link to="/office">{t('queue.filters.clear')}</Link>}
      </div>
    </form>
  );
}

/** My saved views, each a link that opens the queue with its tab and filters, and a way to delete it. */
function SavedViewLinks() {
  const { t } = useTranslation('office');
  const views = useSavedViews();
  const remove = useDeleteView();
  if (!views.data?.length) return null;
  return (
    <section className="queue-views" aria-labelledby="views-title">
      <h2 id="views-title" className="queue-views__title">
        {t('queue.views.title')}
      </h2>
      <ul className="queue-views__list">
        {views.data.map((view) => {
          const { mine, unassigned, overdue, ...rest } = view.filter;
          delete rest.dueSoon;
          const viewTab = mine ? 'mine' : unassigned ? 'unassigned' : overdue ? 'overdue' : undefined;
          return (
            <li key={view.id}>
              <Link to={`/office${queryString({ tab: viewTab, ...(rest as Record<string, string | undefined>) })}`}>{view.name}</Link>{' '}
              <button type="button" className="link-button queue-views__delete" disabled={remove.isPending} onClick={() => remove.mutate(view.id)}>
                {t('queue.views.delete')}
                <span className="visually-hidden"> {view.name}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Saves the tab and filters in use under a name. */
function SaveView({ filters, tab }: { filters: Partial<Record<QueueFilterKey, string>>; tab: Tab }) {
  const { t, i18n } = useTranslation('office');
  const lang = i18n.language;
  const create = useCreateView();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    if (!name.trim()) return setError(t('queue.views.nameMissing'));
    setError(undefined);
    const filter = { ...filters, ...(tab === 'mine' ? { mine: true } : tab === 'unassigned' ? { unassigned: true } : tab === 'overdue' ? { overdue: true } : {}) };
    try {
      await create.mutateAsync({ name: name.trim(), filter: filter as never });
      setSaved(t('queue.views.saved', { name: name.trim() }));
      setName('');
    } catch (e) {
      setError(e instanceof ApiError ? e.messageIn(lang) : String(e));
    }
  }

  return (
    <form className="queue-save-view" onSubmit={(e) => void save(e)} noValidate aria-label={t('queue.views.save')}>
      <div className={'form-group' + (error ? ' form-group--error' : '')}>
        <label htmlFor="view-name">{t('queue.views.name')}</label>
        <span className="hint" id="view-name-hint">
          {t('queue.views.nameHint')}
        </span>
        {error && (
          <span className="error-message" id="view-name-error">
            <span className="visually-hidden">{t('common:errorPrefix')}</span>
            {error}
          </span>
        )}
        <input type="text" id="view-name" value={name} maxLength={60} aria-invalid={error ? true : undefined} aria-describedby={'view-name-hint' + (error ? ' view-name-error' : '')} onChange={(e) => setName(e.target.value)} />
      </div>
      <button type="submit" className="button button--secondary" disabled={create.isPending}>
        {t('queue.views.save')}
      </button>
      <span role="status">{saved && <span className="tag tag--green">{saved}</span>}</span>
    </form>
  );
}
