import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading, Problem } from '../../../components/Feedback';
import { PageTitle } from '../../../components/PageTitle';
import { pick } from '../../../lib/format';
import { isDraft, useApplication, type ApplicationView } from './data';

/** Loads the application of the URL; a page of the draft journey gets it only while it is a draft. */
export function WithDraft({ children, allowSubmitted = false }: { children: (app: ApplicationView) => ReactNode; allowSubmitted?: boolean }) {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('apply');
  const app = useApplication(id);
  if (app.isPending) return <Loading />;
  if (app.isError) return <Problem error={app.error} retry={() => app.refetch()} />;
  if (!allowSubmitted && !isDraft(app.data)) {
    return (
      <>
        <PageTitle title={pick(app.data.licenceType.name, i18n.language)} caption={t('caption')} />
        <div className="notice notice--warning">
          <p>{t('notDraft')}</p>
        </div>
        <p>
          <Link to="/applications">{t('viewApplication')}</Link>
        </p>
      </>
    );
  }
  return <>{children(app.data)}</>;
}

/** "บันทึกแบบร่าง" and "ขั้นตอนถัดไป" side by side, as on Biz Portal. */
export function DraftButtons({ busy, onSave, nextLabel }: { busy: boolean; onSave?: () => void; nextLabel?: string }) {
  const { t } = useTranslation('apply');
  return (
    <div className="button-group">
      <button type="submit" className="button" disabled={busy}>
        {nextLabel ?? t('next')}
      </button>
      {onSave && (
        <button type="button" className="button button--secondary" disabled={busy} onClick={onSave}>
          {t('saveDraft')}
        </button>
      )}
    </div>
  );
}

/** "Draft saved at …", announced politely. */
export function SavedNotice({ at }: { at: Date | null }) {
  const { t, i18n } = useTranslation('apply');
  return (
    <p role="status" className="hint">
      {at ? t('saved', { time: new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'th-TH', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Asia/Bangkok' }).format(at) }) : ''}
    </p>
  );
}
