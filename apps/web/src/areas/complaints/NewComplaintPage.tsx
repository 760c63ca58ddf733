import { NS } from './setup';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, send, unwrap } from '../../api/client';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { FormField, RadioGroup } from '../../components/FormField';
import { PageTitle } from '../../components/PageTitle';
import { MAX_UPLOAD_BYTES } from '../../lib/documents';
import { PhotoPicker, usePhotoUploads } from '../../components/PhotoPicker';
import { pick } from '../../lib/format';
import { DESCRIPTION_MIN, PHOTOS_MAX, TEXT_MAX, type Complaint, type ComplaintLicence, type ComplaintPhoto } from './complaints-api';

const CATEGORIES = ['hygiene', 'noise', 'safety', 'unlicensed-activity', 'nuisance', 'other'] as const;
type Category = (typeof CATEGORIES)[number];

/**
 * `/complaints/new` (signed in): find the licence by number or address (`?licence=` fills the number, as the
 * verification page links here), say what is wrong, attach photos, choose whether the holder may know your name.
 * One GOV.UK error summary for both parts; the answer is a confirmation panel with the reference.
 */
export default function NewComplaintPage() {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  const [search] = useSearchParams();
  const [findBy, setFindBy] = useState<'number' | 'address'>('number');
  const [query, setQuery] = useState(search.get('licence') ?? '');
  const [results, setResults] = useState<ComplaintLicence[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [licence, setLicence] = useState<ComplaintLicence | null>(null);
  const [category, setCategory] = useState<Category | null>(null);
  const [description, setDescription] = useState('');
  const [anonymity, setAnonymity] = useState<'anonymous' | 'named' | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sending, setSending] = useState(false);
  const [made, setMade] = useState<Complaint | null>(null);
  const chosenHeading = useRef<HTMLHeadingElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const message = (error: unknown) => (error instanceof ApiError ? error.messageIn(lang) : String((error as Error).message));
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  const find = async (event?: FormEvent) => {
    event?.preventDefault();
    const text = query.trim();
    const problem = findBy === 'number' ? (text ? null : t('newComplaint.missingNumber')) : [...text].length >= 4 ? null : t('newComplaint.shortAddress');
    if (problem) {
      setErrors([{ field: 'licence-query', message: problem }]);
      return;
    }
    setSearching(true);
    try {
      const found = await unwrap(api.GET('/complaints/licences', { params: { query: findBy === 'number' ? { number: text } : { address: text } } }));
      setErrors([]);
      setResults(found.items);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'COMPLAINT_LICENCE_NOT_FOUND') {
        setErrors([]);
        setResults([]);
      } else setErrors([{ field: 'licence-query', message: message(error) }]);
    } finally {
      setSearching(false);
    }
  };

  // A number given in the address (from the verification page) is looked up at once.
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current || !search.get('licence')) return;
    asked.current = true;
    void find();
    // Once, for the number the page was opened with.
  }, []);
  useEffect(() => {
    if (results) resultsHeading.current?.focus();
  }, [results]);
  useEffect(() => {
    if (licence) chosenHeading.current?.focus();
  }, [licence]);

  const photos = usePhotoUploads({
    max: PHOTOS_MAX,
    maxBytes: MAX_UPLOAD_BYTES,
    upload: async (file) => {
      const body = new FormData();
      body.append('file', file, file.name);
      return (await (await send('/api/v1/complaints/photos', { method: 'POST', body })).json()) as ComplaintPhoto;
    },
    report: (problem) =>
      setErrors(
        problem === null
          ? []
          : [
              {
                field: 'complaint-photos',
                message:
                  problem.kind === 'too-many' ? t('newComplaint.tooManyPhotos', { max: PHOTOS_MAX }) : problem.kind === 'wrong-file' ? t('newComplaint.wrongPhoto') : message(problem.error),
              },
            ],
      ),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = description.trim();
    const problems: FieldError[] = [
      ...(licence ? [] : [{ field: 'licence-query', message: t('newComplaint.missingLicence') }]),
      ...(category ? [] : [{ field: 'complaint-category-hygiene', message: t('newComplaint.missingCategory') }]),
      ...(text.length < DESCRIPTION_MIN ? [{ field: 'complaint-description', message: t('newComplaint.shortDescription') }] : []),
      ...(text.length > TEXT_MAX ? [{ field: 'complaint-description', message: t('newComplaint.longDescription', { max: TEXT_MAX.toLocaleString() }) }] : []),
      ...(anonymity ? [] : [{ field: 'complaint-anonymity-anonymous', message: t('newComplaint.missingAnonymity') }]),
    ];
    setErrors(problems);
    if (problems.length > 0 || !licence || !category || !anonymity) return;
    setSending(true);
    try {
      const complaint = await unwrap(
        api.POST('/complaints', {
          body: { licenceNumber: licence.number, category, description: text, anonymousToHolder: anonymity === 'anonymous', photoIds: photos.photos.map((p) => p.id) },
        }),
      );
      setMade(complaint);
    } catch (error) {
      const details = error instanceof ApiError ? JSON.stringify(error.body.details ?? '') : '';
      const field = details.includes('description') ? 'complaint-description' : details.includes('photo') ? 'complaint-photos' : 'licence-query';
      setErrors([{ field, message: message(error) }]);
    } finally {
      setSending(false);
    }
  };

  if (made) {
    return (
      <>
        <div className="panel">
          <PageTitle title={t('made.title')} />
          <p className="panel__body">
            {t('made.reference')}
            <strong>{made.reference}</strong>
          </p>
        </div>
        <p>{t('made.next')}</p>
        <p>
          <Link to={`/complaints/status/${encodeURIComponent(made.reference)}`}>{t('made.status')}</Link>
        </p>
        <p>
          <Link to="/complaints">{t('made.mine')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <PageTitle title={t('newComplaint.title')} hasErrors={errors.length > 0} />
      <p className="lead">{t('newComplaint.lead')}</p>
      <p>{t('newComplaint.identity')}</p>

      <h2>{t('newComplaint.findHeading')}</h2>
      {licence ? (
        <div className="complaint-chosen">
          <h3 ref={chosenHeading} tabIndex={-1}>
            {t('newComplaint.chosen')}
          </h3>
          <LicenceLines licence={licence} />
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setLicence(null);
              setResults(null);
            }}
          >
            {t('newComplaint.changeLicence')}
          </button>
        </div>
      ) : (
        <form id="licence-find" onSubmit={find} noValidate>
          <RadioGroup
            name="find-by"
            legend={t('newComplaint.findBy')}
            options={[
              { value: 'number', label: t('newComplaint.byNumber') },
              { value: 'address', label: t('newComplaint.byAddress') },
            ]}
            value={findBy}
            onChange={(v) => {
              setFindBy(v);
              setResults(null);
            }}
          />
          <FormField
            id="licence-query"
            label={findBy === 'number' ? t('newComplaint.numberLabel') : t('newComplaint.addressLabel')}
            hint={findBy === 'number' ? t('newComplaint.numberHint') : t('newComplaint.addressHint')}
            error={errorOf('licence-query')}
          >
            {(describedBy, invalid) => (
              <input id="licence-query" name="query" type="text" autoComplete="off" spellCheck={false} aria-describedby={describedBy} aria-invalid={invalid} value={query} onChange={(e) => setQuery(e.target.value)} />
            )}
          </FormField>
          <button type="submit" className="button button--secondary" disabled={searching}>
            {searching ? t('newComplaint.searching') : t('newComplaint.search')}
          </button>
          {results && (
            <>
              <h3 ref={resultsHeading} tabIndex={-1}>
                {results.length > 0 ? t('newComplaint.results', { count: results.length }) : t('newComplaint.noResults')}
              </h3>
              <ul className="complaint-licences">
                {results.map((l) => (
                  <li key={l.number}>
                    <LicenceLines licence={l} />
                    <button type="button" className="button button--secondary" onClick={() => setLicence(l)}>
                      {t('newComplaint.choose')}
                      <span className="visually-hidden"> {l.number}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </form>
      )}

      <h2>{t('newComplaint.detailsHeading')}</h2>
      <form id="complaint-details" onSubmit={submit} noValidate>
        <RadioGroup
          name="complaint-category"
          legend={t('newComplaint.category')}
          error={errorOf('complaint-category-hygiene')}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
          value={category}
          onChange={setCategory}
        />
        <FormField id="complaint-description" label={t('newComplaint.description')} hint={t('newComplaint.descriptionHint', { max: TEXT_MAX.toLocaleString() })} error={errorOf('complaint-description')}>
          {(describedBy, invalid) => (
            <textarea id="complaint-description" name="description" rows={6} aria-describedby={describedBy} aria-invalid={invalid} value={description} onChange={(e) => setDescription(e.target.value)} />
          )}
        </FormField>
        <FormField id="complaint-photos" label={t('newComplaint.photos')} hint={t('newComplaint.photosHint', { max: PHOTOS_MAX })} error={errorOf('complaint-photos')}>
          {(describedBy, invalid) => (
            <PhotoPicker
              id="complaint-photos"
              picker={photos}
              describedBy={describedBy}
              invalid={invalid}
              listClassName="complaint-photos"
              texts={{ added: (name) => t('newComplaint.photoAdded', { name }), remove: (name) => t('newComplaint.removePhoto', { name }), uploading: t('newComplaint.uploading') }}
            />
          )}
        </FormField>
        <RadioGroup
          name="complaint-anonymity"
          legend={t('newComplaint.anonymity')}
          hint={t('newComplaint.anonymityHint')}
          error={errorOf('complaint-anonymity-anonymous')}
          options={[
            { value: 'anonymous', label: t('newComplaint.anonymous') },
            { value: 'named', label: t('newComplaint.named') },
          ]}
          value={anonymity}
          onChange={setAnonymity}
        />
        <button type="submit" className="button" disabled={sending || photos.uploading}>
          {sending ? t('newComplaint.submitting') : t('newComplaint.submit')}
        </button>
      </form>
    </>
  );
}

function LicenceLines({ licence }: { licence: ComplaintLicence }) {
  const { t, i18n } = useTranslation(NS);
  const lang = i18n.language;
  return (
    <>
      <p>
        <strong>{licence.number}</strong> — {t('newComplaint.licenceSummary', { type: pick(licence.licenceType.name, lang), address: licence.address })}
      </p>
      <p>
        {t('newComplaint.holder')}: {licence.holderMaskedName} · {t('newComplaint.issuer')}: {pick(licence.issuer.name, lang)} · {t('newComplaint.status')}: {pick(licence.statusLabel, lang)}
      </p>
    </>
  );
}
