import { useTranslation } from 'react-i18next';
import { formatDate, pick } from '../lib/format';
import { applicationProgress, isOverdue, showsExpectedDate, type Awaiting, type StageState } from './applicationProgress';
import './ApplicationProgress.css';

export {
  afterIntakeCheck,
  APPLICATION_GROUPS,
  applicationGroup,
  applicationProgress,
  currentStage,
  isOverdue,
  showsExpectedDate,
  STAGE_LABELS,
  STAGE_STATE_TEXT,
  TURN_TEXT,
  type ApplicationGroup,
  type Awaiting,
  type Progress,
  type ProgressContext,
  type Stage,
  type StageState,
  type Turn,
} from './applicationProgress';

const WORDS = {
  now: { th: 'สถานะปัจจุบัน', en: 'Current status' },
  turn: { th: 'ผู้ที่ต้องดำเนินการต่อ', en: 'Next action by' },
  expected: { th: 'คาดว่าจะแล้วเสร็จ', en: 'Expected to be completed' },
  expectedLater: { th: 'จะแจ้งวันที่คาดว่าจะแล้วเสร็จหลังตรวจสอบคำขอเบื้องต้น', en: 'The expected completion date is given after the preliminary check' },
  due: { th: 'กำหนดเสร็จของขั้นตอนนี้', en: 'This step is due by' },
  overdue: { th: 'เกินกำหนดเวลาแล้ว', en: 'Overdue' },
  overdueBody: {
    th: 'ขั้นตอนนี้เกินระยะเวลาที่กำหนดแล้ว ท่านสามารถติดต่อหน่วยงานที่รับคำขอเพื่อสอบถามได้',
    en: 'This step is past its deadline. You can contact the office handling the application.',
  },
  stages: { th: 'ขั้นตอนการขอใบอนุญาต', en: 'Steps of the application' },
  stageNumber: { th: 'ขั้นตอนที่', en: 'Step' },
};

const MARK: Record<StageState, string> = { done: '✓', current: '●', waiting: '', skipped: '–', ended: '✕' };

export interface ApplicationProgressProps {
  status: string;
  /** The statuses the application went through, oldest first (the tracking view's `steps`). */
  steps?: { status: string }[];
  dueAt?: string | null;
  /** Shown only after the preliminary (intake) check, as on the acknowledgement of receipt. */
  expectedCompletionAt?: string | null;
  /** The workflow state's name and actor, when known (the applicant's own view): finer words for whose turn it is. */
  state?: string;
  awaiting?: Awaiting;
  /** The workflow state's own label, e.g. "ตรวจสถานที่ประกอบการ", shown under the status. */
  stateLabel?: { th: string; en: string } | null;
  /** The level of the component's headings (the page's h1 is above it). */
  headingLevel?: 2 | 3;
}

/** Biz Portal's five stages as an ordered list with words for each state (never colour alone), whose turn it is, and the dates. */
export function ApplicationProgress({ status, steps, dueAt, expectedCompletionAt, stateLabel, state, awaiting, headingLevel = 2 }: ApplicationProgressProps) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const context = { state, awaiting };
  const progress = applicationProgress(status, steps, context);
  const expectedNow = showsExpectedDate(status, steps, context);
  const overdue = isOverdue(dueAt, status);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const nowText = pick(progress.now, lang);
  const detail = stateLabel ? pick(stateLabel, lang) : '';
  return (
    <div className="progress">
      <dl className="progress__facts">
        <div>
          <dt>{pick(WORDS.now, lang)}</dt>
          <dd>
            <strong>{nowText}</strong>
            {detail && detail !== nowText && <span className="progress__detail">{detail}</span>}
          </dd>
        </div>
        {progress.turnText && (
          <div>
            <dt>{pick(WORDS.turn, lang)}</dt>
            <dd>{pick(progress.turnText, lang)}</dd>
          </div>
        )}
        {!progress.finished && status !== 'draft' && (expectedCompletionAt || !expectedNow) && (
          <div>
            <dt>{pick(WORDS.expected, lang)}</dt>
            <dd>{expectedNow && expectedCompletionAt ? formatDate(expectedCompletionAt, lang) : <span className="hint">{pick(WORDS.expectedLater, lang)}</span>}</dd>
          </div>
        )}
        {!progress.finished && dueAt && (
          <div>
            <dt>{pick(WORDS.due, lang)}</dt>
            <dd>
              {formatDate(dueAt, lang)}
              {overdue && (
                <>
                  {' '}
                  <strong className="tag tag--red">{pick(WORDS.overdue, lang)}</strong>
                </>
              )}
            </dd>
          </div>
        )}
      </dl>
      {overdue && (
        <div className="notice notice--warning">
          <p>{pick(WORDS.overdueBody, lang)}</p>
        </div>
      )}
      <Heading>{pick(WORDS.stages, lang)}</Heading>
      <ol className="progress__stages">
        {progress.stages.map((stage, i) => (
          <li key={stage.key} className={`progress__stage progress__stage--${stage.state}`} aria-current={stage.state === 'current' ? 'step' : undefined}>
            <span className="progress__mark" aria-hidden="true">
              {MARK[stage.state] || i + 1}
            </span>
            <span className="progress__text">
              <span className="progress__label">
                <span className="visually-hidden">{pick(WORDS.stageNumber, lang)} {i + 1}: </span>
                {pick(stage.label, lang)}
              </span>
              <span className="progress__state">{pick(stage.stateText, lang)}</span>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
