import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Tag, type TagColour } from '../../components/Chrome';

const STATUS_COLOURS: Record<string, TagColour> = { running: 'blue', completed: 'green' };
const OUTCOME_COLOURS: Record<string, TagColour> = { pending: 'grey', moved: 'green', refused: 'red', skipped: 'yellow' };

export function MigrationStatusTag({ status }: { status: string }) {
  const { t } = useTranslation('studio');
  return <Tag colour={STATUS_COLOURS[status] ?? 'grey'}>{t(`migrations.status.${status}`, { defaultValue: status })}</Tag>;
}

export function MigrationOutcomeTag({ outcome }: { outcome: string }) {
  const { t } = useTranslation('studio');
  return <Tag colour={OUTCOME_COLOURS[outcome] ?? 'grey'}>{t(`migrations.outcomes.${outcome}`, { defaultValue: outcome })}</Tag>;
}

/** Who a state waits for, in words: "ผู้ยื่นคำขอ, สำนักงาน". */
export function actorNames(t: TFunction<'studio'>, kinds: string[]): string {
  return kinds.length === 0 ? t('migrations.actorKinds.nobody') : kinds.map((k) => t(`migrations.actorKinds.${k}`, { defaultValue: k })).join(', ');
}
