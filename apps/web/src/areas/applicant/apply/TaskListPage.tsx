import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink, Tag, type TagColour } from '../../../components/Chrome';
import { Loading, Problem } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { formatBaht, pick } from '../../../lib/format';
import { WithDraft } from './common';
import { useDocuments, useLicenceType, useSendEvent, useTimeline, type ApplicationView } from './data';
import { tasksOf, type Task, type TaskName, type TaskStatus } from './progress';

const COLOUR: Record<TaskStatus, TagColour> = { done: 'green', inProgress: 'blue', notStarted: 'grey', cannotStart: 'grey' };
const SECTION_OF: Record<TaskName, 'prepare' | 'upload' | 'confirm'> = {
  premises: 'prepare',
  form: 'prepare',
  documents: 'upload',
  applicant: 'confirm',
  delivery: 'confirm',
  check: 'confirm',
};

function TaskItem({ task }: { task: Task }) {
  const { t } = useTranslation('apply');
  const statusId = `task-${task.name}-status`;
  const status = t(`tasks.status.${task.status}`);
  return (
    <li className="task-list__item">
      {task.status === 'cannotStart' ? (
        <span>{t(`tasks.${task.name}`)}</span>
      ) : (
        <Link to={task.path} aria-describedby={statusId}>
          {t(`tasks.${task.name}`)}
        </Link>
      )}
      <span id={statusId}>
        <Tag colour={COLOUR[task.status]}>{status}</Tag>
      </span>
    </li>
  );
}

function Tasks({ app }: { app: ApplicationView }) {
  const { t, i18n } = useTranslation('apply');
  const lang = i18n.language;
  const navigate = useNavigate();
  const type = useLicenceType(app.licenceType.slug, app.licenceType.workflowVersion);
  const documents = useDocuments(app.id);
  const timeline = useTimeline(app.id);
  const cancel = useSendEvent(app.id);
  if (type.isPending || documents.isPending || timeline.isPending) return <Loading />;
  if (type.isError) return <Problem error={type.error} retry={() => type.refetch()} />;
  const deliveryChosen = !!timeline.data?.entries.some((e) => e.event === 'CHOOSE_DELIVERY');
  const tasks = tasksOf(app, type.data, documents.data, deliveryChosen);
  const done = tasks.filter((task) => task.status === 'done').length;
  const fee = type.data.fees[0];
  const sections = (['prepare', 'upload', 'confirm'] as const)
    .map((section) => ({ section, tasks: tasks.filter((task) => SECTION_OF[task.name] === section) }))
    .filter((s) => s.tasks.length > 0);

  return (
    <>
      <BackLink to="/applications">{t('back')}</BackLink>
      <PageTitle title={t('tasks.title', { licence: pick(app.licenceType.name, lang) })} caption={`${t('trackingNumber')} ${app.trackingNumber}`} />
      <p>{t('tasks.progress', { done, total: tasks.length })}</p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('office')}</dt>
          <dd>{app.agency ? pick(app.agency.name, lang) : ''}</dd>
          <dd />
        </div>
        <div className="summary-list__row">
          <dt>{t('fee')}</dt>
          <dd>{fee?.amountSatang != null && !(fee.maxAmountSatang && fee.maxAmountSatang > fee.amountSatang) ? formatBaht(fee.amountSatang, lang) : pick(type.data.feeText, lang)}</dd>
          <dd />
        </div>
        <div className="summary-list__row">
          <dt>{t('time')}</dt>
          <dd>{pick(type.data.processingDaysText, lang)}</dd>
          <dd />
        </div>
      </dl>
      <p className="hint">{t('tasks.intro')}</p>
      {sections.map(({ section, tasks: items }) => (
        <section key={section} aria-labelledby={`section-${section}`}>
          <h2 id={`section-${section}`}>{t(`tasks.sections.${section}`)}</h2>
          <ul className="task-list">
            {items.map((task) => (
              <TaskItem key={task.name} task={task} />
            ))}
          </ul>
        </section>
      ))}
      {app.availableEvents.some((e) => e.type === 'CANCEL') && (
        <p>
          <button
            type="button"
            className="button button--warning"
            disabled={cancel.isPending}
            onClick={() => {
              if (window.confirm(t('tasks.cancelConfirm'))) cancel.mutate({ type: 'CANCEL', expectedVersion: app.version }, { onSuccess: () => void navigate('/applications') });
            }}
          >
            {t('tasks.cancel')}
          </button>
        </p>
      )}
      {cancel.isError && <Problem error={cancel.error} />}
    </>
  );
}

/** `/applications/:id/tasks`: the draft's sections and their statuses. */
export default function TaskListPage() {
  return <WithDraft>{(app) => <Tasks app={app} />}</WithDraft>;
}
