import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/Chrome';

/** How far the deadline is, in working days: "เหลือ 3 วันทำการ", "เกิน 2 วันทำการ", with the overdue / due-soon tag. */
export function DueWords({ overdue, dueSoon, workingDaysLeft }: { overdue: boolean; dueSoon: boolean; workingDaysLeft: number | null }) {
  const { t } = useTranslation('office');
  if (workingDaysLeft === null) return <>{t('queue.noDue')}</>;
  const words =
    workingDaysLeft < 0 ? t('queue.daysLate', { count: -workingDaysLeft }) : workingDaysLeft === 0 ? t('queue.dueToday') : t('queue.daysLeft', { count: workingDaysLeft });
  return (
    <>
      {overdue && <Tag colour="red">{t('queue.overdue')}</Tag>}
      {!overdue && dueSoon && <Tag colour="yellow">{t('queue.dueSoon')}</Tag>} <span className="due-words">{words}</span>
    </>
  );
}
