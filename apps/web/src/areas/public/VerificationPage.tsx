import { NS } from './setup';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { send } from '../../api/client';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Problem } from '../../components/Feedback';
import { PageTitle } from '../../components/PageTitle';
import { pick } from '../../lib/format';
import type { UploadVerdict } from './public-api';

const MAX_BYTES = 10 * 1024 * 1024;
const CHECK_ORDER = ['isPdf', 'signed', 'coversWholeFile', 'documentIntact', 'signatureVerifies', 'certificateTrusted', 'certificateValidAtSigning', 'matchesIssuedRecord'] as const;
const VERDICTS = ['not-a-pdf', 'no-signature', 'malformed-signature', 'truncated', 'appended-data', 'digest-mismatch', 'signature-invalid', 'untrusted-certificate', 'certificate-expired', 'certificate-revoked', 'not-issued-by-us'] as const;

export default function VerificationPage() {
  const { t } = useTranslation(NS);
  const navigate = useNavigate();
  const [number, setNumber] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<UploadVerdict | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const byNumber = (event: FormEvent) => {
    event.preventDefault();
    const cleaned = number.trim();
    if (!cleaned) {
      setErrors([{ field: 'licence-number', message: t('verify.numberMissing') }]);
      return;
    }
    navigate(`/verification/${encodeURIComponent(cleaned)}`);
  };

  const byFile = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    setFailure(null);
    if (!file) return setErrors([{ field: 'licence-file', message: t('verify.fileMissing') }]);
    if (file.size > MAX_BYTES) return setErrors([{ field: 'licence-file', message: t('verify.fileTooLarge') }]);
    setErrors([]);
    setBusy(true);
    try {
      const body = new FormData();
      body.append('file', file);
      const res = await send('/api/v1/verify', { method: 'POST', body });
      setResult((await res.json()) as UploadVerdict);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (field: string) => errors.find((e) => e.field === field);
  const numberError = errorOf('licence-number');
  const fileError = errorOf('licence-file');
  return (
    <>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('verify.title')} hasErrors={errors.length > 0} />
      <p className="lead">{t('verify.lead')}</p>
      <div className="notice">
        <p>{t('verify.qr', { path: `/verify/‹${t('licence.number')}›` })}</p>
      </div>

      <h2>{t('verify.byNumber')}</h2>
      <form onSubmit={byNumber} noValidate>
        <div className={'form-group' + (numberError ? ' form-group--error' : '')}>
          <label htmlFor="licence-number">{t('verify.numberLabel')}</label>
          <span className="hint" id="licence-number-hint">
            {t('verify.numberHint')}
          </span>
          {numberError && (
            <span className="error-message" id="licence-number-error">
              <span className="visually-hidden">{t('errorPrefix', { ns: 'common' })}</span>
              {numberError.message}
            </span>
          )}
          <input
            id="licence-number"
            type="text"
            className="input--medium"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={'licence-number-hint' + (numberError ? ' licence-number-error' : '')}
            aria-invalid={numberError ? true : undefined}
            value={number}
            onChange={(e) => setNumber(e.target.value)}
          />
        </div>
        <button type="submit" className="button">
          {t('verify.check')}
        </button>
      </form>

      <h2>{t('verify.byFile')}</h2>
      <p>{t('verify.fileIntro')}</p>
      <form onSubmit={byFile} noValidate>
        <div className={'form-group' + (fileError ? ' form-group--error' : '')}>
          <label htmlFor="licence-file">{t('verify.fileLabel')}</label>
          <span className="hint" id="licence-file-hint">
            {t('verify.fileHint')}
          </span>
          {fileError && (
            <span className="error-message" id="licence-file-error">
              <span className="visually-hidden">{t('errorPrefix', { ns: 'common' })}</span>
              {fileError.message}
            </span>
          )}
          <input
            id="licence-file"
            type="file"
            className="file-input"
            accept="application/pdf,.pdf"
            aria-describedby={'licence-file-hint' + (fileError ? ' licence-file-error' : '')}
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setResult(null);
              setFailure(null);
            }}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('verify.checking') : t('verify.checkFile')}
        </button>
      </form>
      {failure != null && <Problem error={failure} />}
      {result && <UploadResult result={result} />}
    </>
  );
}

function UploadResult({ result }: { result: UploadVerdict }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);
  const genuineButNot = !result.valid && result.verdict.startsWith('licence-');
  const headline = result.valid ? t('verify.genuine') : genuineButNot ? t('verify.genuineButNot') : t('verify.notGenuine');
  const reason = (VERDICTS as readonly string[]).includes(result.verdict) ? t(`verify.verdicts.${result.verdict as (typeof VERDICTS)[number]}`) : null;
  return (
    <section className="verify-result" aria-labelledby="verify-result-title">
      <h2 id="verify-result-title" tabIndex={-1} ref={heading}>
        {t('verify.resultTitle')}
      </h2>
      <div className={'notice ' + (result.valid ? 'notice--success' : 'notice--error')} role="status">
        <p>
          <strong>{headline}</strong>
        </p>
        {reason && <p>{reason}</p>}
        {genuineButNot && result.licence && <p>{t('licence.notValid', { status: pick(result.licence.statusLabel, lang) })}</p>}
      </div>
      <h3>{t('verify.checksTitle')}</h3>
      <ul className="check-list">
        {CHECK_ORDER.filter((k) => k in result.checks).map((k) => {
          const v = result.checks[k];
          return (
            <li key={k} className={'check-list__item check-list__item--' + (v === true ? 'pass' : v === false ? 'fail' : 'none')}>
              <span aria-hidden="true" className="check-list__mark">
                {v === true ? '✓' : v === false ? '✕' : '–'}
              </span>
              <span>{t(`verify.checkNames.${k}`)}:</span> <strong>{v === true ? t('verify.pass') : v === false ? t('verify.fail') : t('verify.notChecked')}</strong>
            </li>
          );
        })}
      </ul>
      {result.licence && (
        <p>
          <Link to={`/verification/${encodeURIComponent(result.licence.number)}`}>{t('licence.title', { number: result.licence.number })}</Link>
        </p>
      )}
      <dl className="summary-list">
        {result.signer && (
          <div className="summary-list__row">
            <dt>{t('verify.signer')}</dt>
            <dd>{result.signer.commonName ?? result.signer.subject}</dd>
            <dd />
          </div>
        )}
        {result.pades && (
          <>
            <div className="summary-list__row">
              <dt>{t('verify.padesLevel')}</dt>
              <dd>
                <strong className="tag">{result.pades.level}</strong> {pick(result.pades.label, lang)}
              </dd>
              <dd />
            </div>
            <div className="summary-list__row">
              <dt>{t('verify.timestamp')}</dt>
              <dd>
                {result.pades.timestamp ? (
                  <time dateTime={result.pades.timestamp.time}>
                    {result.pades.timestamp.trusted ? pick(result.pades.timestamp.bangkok, lang) : t('verify.timestampUntrusted', { time: pick(result.pades.timestamp.bangkok, lang) })}
                  </time>
                ) : (
                  t('verify.noTimestamp')
                )}
              </dd>
              <dd />
            </div>
          </>
        )}
        <div className="summary-list__row">
          <dt>{t('verify.sha256')}</dt>
          <dd>
            <code className="hash">{result.sha256}</code>
          </dd>
          <dd />
        </div>
      </dl>
    </section>
  );
}
