import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../../components/Chrome';
import { formatDateTime, pick } from '../../../lib/format';
import type { InformationRequest } from './data';

type Item = InformationRequest['items'][number];

/** What an item asks for, in the reader's language: the document's label, or the office's question. */
export function itemWhat(item: Item, language: string): string {
  return item.kind === 'document' ? pick(item.label, language) || (item.documentCode ?? '') : (item.question ?? '');
}

/** The open request, if the office is waiting for one (the newest open one). */
export function openRequest(requests: InformationRequest[] | undefined): InformationRequest | undefined {
  return requests?.filter((r) => r.open).sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))[0];
}

/** GOV.UK task-list style checklist of the office's request: each item, its reason, and whether it is answered. */
export function InformationChecklist({ applicationId, request, linkItems }: { applicationId: string; request: InformationRequest; linkItems: boolean }) {
  const { t, i18n } = useTranslation('account');
  const lang = i18n.language;
  return (
    <>
      {request.comment && (
        <div className="requested-comment">
          <p>
            <strong>{t('requested.fromOffice')}</strong> ({t('requested.requestedAt', { at: formatDateTime(request.requestedAt, lang) })})
          </p>
          <p>{request.comment}</p>
        </div>
      )}
      <ul className="task-list requested-list">
        {request.items.map((item) => {
          const what = item.kind === 'document' ? t('requested.document', { label: itemWhat(item, lang) }) : t('requested.question', { question: itemWhat(item, lang) });
          return (
            <li key={item.id} className="task-list__item requested-list__item">
              <div>
                {linkItems ? <Link to={`/applications/${applicationId}/requested#item-${item.id}`}>{what}</Link> : <span>{what}</span>}
                {item.reason && (
                  <span className="hint">
                    {t('requested.reason')}: {item.reason}
                  </span>
                )}
              </div>
              <Tag colour={item.answered ? 'green' : 'yellow'}>{item.answered ? t('requested.answered') : t('requested.notAnswered')}</Tag>
            </li>
          );
        })}
      </ul>
    </>
  );
}
