import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink, SummaryList, Tag } from '../../components/Chrome';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading, Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { formatBaht, formatDateTime, pick } from '../../lib/format';
import { useSession } from '../../lib/session';
import { ActionForm, SubmitButton, TextArea, TextInput, apiErrors } from './ActionForms';
import { NotForYourRole } from './OfficeArea';
import { useHeldPayments, useResolveHeldPayment, type HeldPayment } from './data';

const RESOLVERS = ['officer', 'approver', 'head_of_office'];

/** `/office/held-payments`: money held for the office (wrong amount, a second payment…), each refunded or accepted with a reason. */
export default function HeldPaymentsPage() {
  const me = useSession().data!;
  if (!me.roles.some((r) => RESOLVERS.includes(r))) return <NotForYourRole isApplicant={false} />;
  return <HeldPayments />;
}

function HeldPayments() {
  const { t, i18n } = useTranslation('office');
  const held = useHeldPayments();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const report = (found: FieldError[]) => {
    setDone(null);
    setErrors(found);
  };
  const succeeded = (message: string) => {
    setErrors([]);
    setDone(message);
  };
  return (
    <>
      <BackLink to="/office">{t('review.back')}</BackLink>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('held.title')} hasErrors={errors.length > 0} />
      <p>{t('held.lead')}</p>
      {done && (
        <div className="notice notice--success" role="status">
          <p>{done}</p>
        </div>
      )}
      {held.isPending && <Loading />}
      {held.isError && <Problem error={held.error} retry={() => void held.refetch()} />}
      {held.data && held.data.items.length === 0 && <p>{t('held.none')}</p>}
      {held.data?.items.map((item) => <HeldItem key={item.id} item={item} lang={i18n.language} report={report} succeeded={succeeded} />)}
    </>
  );
}

function HeldItem({ item, lang, report, succeeded }: { item: HeldPayment; lang: string; report: (e: FieldError[]) => void; succeeded: (m: string) => void }) {
  const { t } = useTranslation('office');
  const resolve = useResolveHeldPayment();
  const [choice, setChoice] = useState<'refund' | 'accept'>('refund');
  const [reason, setReason] = useState('');
  const [reference, setReference] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const prefix = `held-${item.id}`;
  const refunding = item.status === 'refunding';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (reason.trim().length < 3) found.push({ field: `${prefix}-reason`, message: t('held.reasonMissing', { number: item.application.trackingNumber }) });
    if (choice === 'refund' && item.needsRefundReference && !reference.trim()) found.push({ field: `${prefix}-reference`, message: t('held.referenceMissing', { number: item.application.trackingNumber }) });
    setFieldErrors(Object.fromEntries(found.map((f) => [f.field, f.message])));
    if (found.length) return report(found);
    try {
      const after = await resolve.mutateAsync({ id: item.id, action: choice, reason: reason.trim(), refundReference: reference.trim() || undefined });
      const number = item.application.trackingNumber;
      succeeded(choice === 'accept' ? t('held.accepted', { number }) : after.status === 'refunded' ? t('held.refunded', { number, amount: formatBaht(item.amountSatang, lang) }) : t('held.refundWaiting', { number }));
    } catch (error) {
      report(apiErrors(error, lang, `${prefix}-reason`, t('held.changed')));
    }
  }

  return (
    <section className="held-payment" aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`}>
        <Link to={`/office/applications/${item.application.id}`}>{item.application.trackingNumber}</Link>{' '}
        <span className="held-payment__licence">{pick(item.application.licenceType.name, lang)}</span>
      </h2>
      <SummaryList
        rows={[
          { key: 'amount', label: t('held.amount'), value: <strong>{item.currency === 'THB' ? formatBaht(item.amountSatang, lang) : item.amountText}</strong> },
          { key: 'fee', label: t('held.fee'), value: formatBaht(item.feeSatang, lang) },
          { key: 'reason', label: t('held.reason'), value: item.hold ? pick(item.hold.text, lang) : '–' },
          { key: 'since', label: t('held.since'), value: formatDateTime(item.hold?.heldAt ?? item.createdAt, lang) },
          { key: 'method', label: t('held.method'), value: t(`held.methods.${item.method}`, { defaultValue: item.method }) + (item.chargeId ? ` (${item.chargeId})` : item.officeReceiptNumber ? ` (${item.officeReceiptNumber})` : '') },
          { key: 'status', label: t('held.status'), value: refunding ? <Tag colour="yellow">{t('held.refundingTag')}</Tag> : <Tag colour="orange">{t('held.heldTag')}</Tag> },
        ]}
      />
      {refunding ? (
        <p>{t('held.refundingText')}</p>
      ) : (
        <ActionForm id={`${prefix}-form`} title={t('held.decide')} onSubmit={(e) => void submit(e)}>
          <fieldset>
            <legend>{t('held.choice')}</legend>
            <div className="choice">
              <input type="radio" id={`${prefix}-refund`} name={`${prefix}-choice`} checked={choice === 'refund'} onChange={() => setChoice('refund')} aria-describedby={`${prefix}-refund-hint`} />
              <label htmlFor={`${prefix}-refund`}>
                {t('held.refund')}
                <span className="hint" id={`${prefix}-refund-hint`}>
                  {item.needsRefundReference ? t('held.refundOutsideHint') : t('held.refundHint')}
                </span>
              </label>
            </div>
            <div className="choice">
              <input type="radio" id={`${prefix}-accept`} name={`${prefix}-choice`} checked={choice === 'accept'} disabled={!item.canAccept} onChange={() => setChoice('accept')} aria-describedby={`${prefix}-accept-hint`} />
              <label htmlFor={`${prefix}-accept`}>
                {t('held.accept')}
                <span className="hint" id={`${prefix}-accept-hint`}>
                  {item.canAccept ? t('held.acceptHint') : t('held.cannotAccept', { why: item.acceptRefusal ? pick(item.acceptRefusal, lang) : '' })}
                </span>
              </label>
            </div>
          </fieldset>
          {choice === 'refund' && item.needsRefundReference && (
            <TextInput id={`${prefix}-reference`} className="input--medium" label={t('held.reference')} hint={t('held.referenceHint')} error={fieldErrors[`${prefix}-reference`]} value={reference} onChange={setReference} />
          )}
          <TextArea id={`${prefix}-reason`} label={t('held.reasonLabel')} hint={t('held.reasonHint')} error={fieldErrors[`${prefix}-reason`]} value={reason} onChange={setReason} />
          <SubmitButton pending={resolve.isPending} label={choice === 'accept' ? t('held.submitAccept') : t('held.submitRefund')} warning={choice === 'refund'} />
        </ActionForm>
      )}
    </section>
  );
}
