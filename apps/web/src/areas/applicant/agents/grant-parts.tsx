import { useTranslation } from 'react-i18next';
import { Tag, type TagColour } from '../../../components/Chrome';
import { pick } from '../../../lib/format';
import type { Grant } from './data';

const STATUS_COLOUR: Record<Grant['status'], TagColour> = { active: 'green', revoked: 'grey', expired: 'yellow' };

export function GrantStatusTag({ status }: { status: Grant['status'] }) {
  const { t } = useTranslation('agents');
  return <Tag colour={STATUS_COLOUR[status]}>{t(`status.${status}`)}</Tag>;
}

/** The licence types a grant covers, in words. */
export function licenceTypesText(grant: Grant, lang: string, all: string): string {
  return grant.allLicenceTypes ? all : grant.licenceTypes.map((l) => pick(l.name, lang)).join(', ');
}
