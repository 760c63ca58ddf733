import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { BackLink, SummaryList } from '../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime, pick, splitBilingual } from '../../lib/format';
import { apiErrors } from './common';
import { MigrationStatusTag, actorNames } from './migration-parts';
import { planMigration, useLicenceTypes, useMigrations, useStartMigration, useVersion, useVersions, type MigrationPlan, type MigrationRequest } from './data';

type MachineStates = Record<string, { type?: string; meta?: { label?: { th: string; en?: string } } }>;
type ActorProblem = { code: 'MIGRATION_ACTOR_CHANGE'; fromState: string; toState: string; fromActors: string[]; toActors: string[] };

/** Applications the plan lists on the page; the report of a run lists them all. */
const LISTED = 100;

/**
 * `/studio/licence-types/:slug/migrations`: earlier migrations, and a new one planned in three steps on one page:
 * the two versions, where each state holding live applications goes, then a dry run that lists every application
 * and why any would be refused. The run can start only from the plan just checked.
 */
export default function MigrationsPage() {
  const { t, i18n } = useTranslation('studio');
  const lang = i18n.language;
  const slug = useParams().slug ?? '';
  const navigate = useNavigate();
  const type = useLicenceTypes().data?.find((x) => x.slug === slug);
  const versions = useVersions(slug);
  const migrations = useMigrations(slug);
  const start = useStartMigration(slug);

  const published = (versions.data ?? []).filter((v) => v.status !== 'draft');
  const current = published.find((v) => v.status === 'current') ?? published[published.length - 1];
  const [fromChoice, setFromChoice] = useState<number | null>(null);
  const [toChoice, setToChoice] = useState<number | null>(null);
  const from = fromChoice ?? published.find((v) => v.version !== current?.version && v.runningApplications > 0)?.version ?? published[0]?.version ?? 0;
  const to = toChoice ?? current?.version ?? 0;
  const fromVersion = useVersion(slug, from);
  const toVersion = useVersion(slug, to);

  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [allowActorChange, setAllowActorChange] = useState<string[]>([]);
  const [skipRefused, setSkipRefused] = useState(false);
  const [plan, setPlan] = useState<{ key: string; result: MigrationPlan } | null>(null);
  const [actorProblems, setActorProblems] = useState<ActorProblem[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [checking, setChecking] = useState(false);

  const fromStates = (fromVersion.data?.definition.machine as { states?: MachineStates } | undefined)?.states ?? {};
  const toStates = (toVersion.data?.definition.machine as { states?: MachineStates } | undefined)?.states ?? {};
  const live = fromVersion.data?.liveByState ?? {};
  const occupied = Object.keys(fromStates).filter((s) => (live[s] ?? 0) > 0);
  const targets = Object.keys(toStates).filter((s) => toStates[s].type !== 'final');
  const labelOf = (states: MachineStates, state: string) => `${pick(states[state]?.meta?.label, lang) || state} (${state})`;
  // A state of the same name in the target version is the default; the official changes what needs changing.
  const mapping: Record<string, string> = Object.fromEntries(occupied.map((s) => [s, chosen[s] ?? (targets.includes(s) ? s : '')]));
  const request: MigrationRequest = { fromVersion: from, toVersion: to, stateMapping: mapping };
  if (allowActorChange.length) request.allowActorChange = allowActorChange;
  if (skipRefused) request.skipRefused = true;
  const requestKey = JSON.stringify(request);
  const checked = plan?.key === requestKey ? plan.result : null;

  if (versions.isPending) return <Loading />;
  if (versions.isError) return <Problem error={versions.error} />;

  const resetPlan = () => {
    setPlan(null);
    setErrors([]);
  };
  const choose = (state: string, target: string) => {
    setChosen({ ...chosen, [state]: target });
    resetPlan();
  };

  const dryRun = async () => {
    const unmapped = occupied.filter((s) => !mapping[s]);
    if (from === to) return setErrors([{ field: 'migration-to', message: t('migrations.sameVersion') }]);
    if (unmapped.length) return setErrors(unmapped.map((s) => ({ field: `map-${s}`, message: t('migrations.chooseTarget', { state: labelOf(fromStates, s) }) })));
    setChecking(true);
    try {
      const result = await planMigration(slug, request);
      setPlan({ key: requestKey, result });
      setErrors([]);
      setActorProblems([]);
    } catch (error) {
      setPlan(null);
      const problems = error instanceof ApiError && Array.isArray(error.body.details) ? (error.body.details as { code?: string }[]) : [];
      const actors = problems.filter((p): p is ActorProblem => p.code === 'MIGRATION_ACTOR_CHANGE');
      setActorProblems(actors);
      setErrors(actors.length ? [{ field: `allow-${actors[0].toState}`, message: t('migrations.actorChangeError', { count: actors.length }) }] : apiErrors(error, lang, 'migration-check'));
    } finally {
      setChecking(false);
    }
  };

  const run = async () => {
    try {
      const started = await start.mutateAsync(request);
      navigate(`/studio/licence-types/${slug}/migrations/${started.id}`);
    } catch (error) {
      setErrors(apiErrors(error, lang, 'migration-start'));
    }
  };

  const history = migrations.data ?? [];
  return (
    <>
      <BackLink to={`/studio/licence-types/${slug}`}>{t('migrations.back')}</BackLink>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('migrations.title')} caption={type ? pick(type.name, lang) : slug} hasErrors={errors.length > 0} />
      <p>{t('migrations.lead')}</p>

      {history.length > 0 && (
        <>
          <h2>{t('migrations.earlier')}</h2>
          <div className="table-wrap">
            <table className="responsive-table" data-testid="migration-history">
              <caption className="visually-hidden">{t('migrations.earlier')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('migrations.columns.started')}</th>
                  <th scope="col">{t('migrations.columns.versions')}</th>
                  <th scope="col">{t('migrations.columns.status')}</th>
                  <th scope="col">{t('migrations.columns.counts')}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((m) => (
                  <tr key={m.id}>
                    <td data-label={t('migrations.columns.started')}>
                      <Link to={`/studio/licence-types/${slug}/migrations/${m.id}`}>{formatDateTime(m.createdAt, lang)}</Link>
                      <span className="hint"> · {m.requestedBy.username}</span>
                    </td>
                    <td data-label={t('migrations.columns.versions')}>{t('migrations.versions', { from: m.fromVersion, to: m.toVersion })}</td>
                    <td data-label={t('migrations.columns.status')}>
                      <MigrationStatusTag status={m.status} />
                    </td>
                    <td data-label={t('migrations.columns.counts')}>{t('migrations.countsLine', { moved: m.moved, refused: m.refused, skipped: m.skipped, total: m.total })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <h2>{t('migrations.plan')}</h2>
      {published.length < 2 ? (
        <p>{t('migrations.needTwo')}</p>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void dryRun();
          }}
        >
          <div className="compare-form__fields">
            <div className="form-group">
              <label htmlFor="migration-from">{t('migrations.from')}</label>
              <select
                id="migration-from"
                value={from}
                onChange={(e) => {
                  setFromChoice(Number(e.target.value));
                  setChosen({});
                  resetPlan();
                }}
              >
                {published.map((v) => (
                  <option key={v.version} value={v.version}>
                    {t('migrations.versionOption', { version: v.version, count: v.runningApplications })}
                  </option>
                ))}
              </select>
            </div>
            <div className={'form-group' + (errors.some((e) => e.field === 'migration-to') ? ' form-group--error' : '')}>
              <label htmlFor="migration-to">{t('migrations.to')}</label>
              <select
                id="migration-to"
                value={to}
                onChange={(e) => {
                  setToChoice(Number(e.target.value));
                  setChosen({});
                  resetPlan();
                }}
              >
                {published.map((v) => (
                  <option key={v.version} value={v.version}>
                    {t('type.versionLink', { version: v.version })}
                    {v.status === 'current' ? ` (${t('versionStatus.current')})` : ''}
                  </option>
                ))}
              </select>
            </div>
          </div>

          {fromVersion.isPending || toVersion.isPending ? (
            <Loading />
          ) : fromVersion.isError || toVersion.isError ? (
            <Problem error={fromVersion.error ?? toVersion.error} />
          ) : occupied.length === 0 ? (
            <p data-testid="migration-nothing">{t('migrations.nothingLive', { version: from })}</p>
          ) : (
            <>
              <fieldset className="migration-mapping">
                <legend>
                  <h3>{t('migrations.mapping')}</h3>
                </legend>
                <span className="hint">{t('migrations.mappingHint', { from, to })}</span>
                {occupied.map((state) => {
                  const field = `map-${state}`;
                  const error = errors.find((e) => e.field === field);
                  return (
                    <div className={'form-group migration-mapping__row' + (error ? ' form-group--error' : '')} key={state}>
                      <label htmlFor={field}>
                        {labelOf(fromStates, state)} <span className="hint">{t('migrations.liveCount', { count: live[state] })}</span>
                      </label>
                      {error && <span className="error-message">{error.message}</span>}
                      <select id={field} value={mapping[state]} onChange={(e) => choose(state, e.target.value)}>
                        <option value="">{t('migrations.chooseOption')}</option>
                        {targets.map((target) => (
                          <option key={target} value={target}>
                            {labelOf(toStates, target)}
                          </option>
                        ))}
                      </select>
                    </div>
                  );
                })}
              </fieldset>

              {actorProblems.length > 0 && (
                <fieldset className="form-group form-group--error">
                  <legend>
                    <h3>{t('migrations.actorChange')}</h3>
                  </legend>
                  <span className="hint">{t('migrations.actorChangeHint')}</span>
                  {actorProblems.map((p) => (
                    <div className="choice" key={`${p.fromState}-${p.toState}`}>
                      <input
                        type="checkbox"
                        id={`allow-${p.toState}`}
                        checked={allowActorChange.includes(p.toState)}
                        onChange={(e) => {
                          setAllowActorChange(e.target.checked ? [...allowActorChange, p.toState] : allowActorChange.filter((s) => s !== p.toState));
                          resetPlan();
                        }}
                      />
                      <label htmlFor={`allow-${p.toState}`}>
                        {t('migrations.allowActor', {
                          from: labelOf(fromStates, p.fromState),
                          to: labelOf(toStates, p.toState),
                          fromActors: actorNames(t, p.fromActors),
                          toActors: actorNames(t, p.toActors),
                        })}
                      </label>
                    </div>
                  ))}
                </fieldset>
              )}

              <button className="button button--secondary" type="submit" id="migration-check" disabled={checking}>
                {t('migrations.check')}
              </button>
            </>
          )}
        </form>
      )}

      {checked && (
        <section aria-labelledby="plan-heading" data-testid="migration-plan">
          <h2 id="plan-heading">{t('migrations.planResult')}</h2>
          <SummaryList
            rows={[
              { key: 'applications', label: t('migrations.counts.applications'), value: checked.counts.applications },
              { key: 'movable', label: t('migrations.counts.movable'), value: checked.counts.movable },
              { key: 'refused', label: t('migrations.counts.refused'), value: checked.counts.refused },
            ]}
          />
          <div className="table-wrap">
            <table className="responsive-table">
              <caption>{t('migrations.statesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('migrations.columns.fromState')}</th>
                  <th scope="col">{t('migrations.columns.toState')}</th>
                  <th scope="col">{t('migrations.columns.applications')}</th>
                  <th scope="col">{t('migrations.columns.waitsFor')}</th>
                  <th scope="col">{t('migrations.columns.sla')}</th>
                </tr>
              </thead>
              <tbody>
                {checked.states.map((s) => (
                  <tr key={s.fromState}>
                    <td data-label={t('migrations.columns.fromState')}>{`${pick(s.fromLabel, lang)} (${s.fromState})`}</td>
                    <td data-label={t('migrations.columns.toState')}>{s.toLabel ? `${pick(s.toLabel, lang)} (${s.toState})` : s.toState}</td>
                    <td data-label={t('migrations.columns.applications')}>{s.applications}</td>
                    <td data-label={t('migrations.columns.waitsFor')}>
                      {s.actorChange ? t('migrations.actorsChanged', { from: actorNames(t, s.fromActors), to: actorNames(t, s.toActors) }) : actorNames(t, s.toActors)}
                    </td>
                    <td data-label={t('migrations.columns.sla')}>
                      {s.fromSlaDays === s.toSlaDays ? t('migrations.days', { count: s.toSlaDays ?? 0 }) : t('migrations.daysChanged', { from: s.fromSlaDays ?? '–', to: s.toSlaDays ?? '–' })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="table-wrap">
            <table className="responsive-table">
              <caption>{checked.applications.length > LISTED ? t('migrations.applicationsFirst', { count: LISTED, total: checked.applications.length }) : t('migrations.applicationsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('migrations.columns.tracking')}</th>
                  <th scope="col">{t('migrations.columns.move')}</th>
                  <th scope="col">{t('migrations.columns.result')}</th>
                </tr>
              </thead>
              <tbody>
                {checked.applications.slice(0, LISTED).map((a) => (
                  <tr key={a.applicationId} data-testid="plan-application">
                    <td data-label={t('migrations.columns.tracking')}>{a.trackingNumber}</td>
                    <td data-label={t('migrations.columns.move')}>{`${a.fromState} → ${a.toState}`}</td>
                    <td data-label={t('migrations.columns.result')}>{a.refusal ? <span className="error-text">{splitBilingual(a.refusal.message, lang)}</span> : t('migrations.movable')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {checked.counts.refused > 0 && (
            <div className="form-group">
              <div className="choice">
                <input
                  type="checkbox"
                  id="skip-refused"
                  checked={skipRefused}
                  onChange={(e) => {
                    setSkipRefused(e.target.checked);
                    setPlan({ key: JSON.stringify({ ...request, ...(e.target.checked ? { skipRefused: true } : { skipRefused: undefined }) }), result: checked });
                  }}
                />
                <label htmlFor="skip-refused">{t('migrations.skipRefused', { count: checked.counts.refused })}</label>
              </div>
            </div>
          )}
          {checked.counts.movable === 0 ? (
            <p>{t('migrations.noneMovable')}</p>
          ) : checked.counts.refused > 0 && !skipRefused ? (
            <p>{t('migrations.refusedFirst')}</p>
          ) : (
            <button className="button" type="button" id="migration-start" disabled={start.isPending} onClick={() => void run()}>
              {t('migrations.start', { count: checked.counts.movable, to })}
            </button>
          )}
        </section>
      )}
    </>
  );
}
