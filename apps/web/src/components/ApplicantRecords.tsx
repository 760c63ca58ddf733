import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, pick } from '../lib/format';
import { SummaryList, type SummaryRow } from './Chrome';
import './texts';

/**
 * The government records an application was made from. The API hands them on as free-form objects (their shape
 * belongs to DOPA and DBD: ApplicantDataView / HolderView in the OpenAPI document); these are the fields shown.
 */
export interface Bilingual {
  th: string;
  en: string;
}

export interface ThaiAddressView {
  text: string;
  [key: string]: unknown;
}

export interface CitizenView {
  nationalId: string;
  fullName: Bilingual;
  dateOfBirth: string | null;
  address: ThaiAddressView;
  source: string;
  fetchedAt: string;
}

export interface JuristicPersonView {
  registrationNumber: string;
  name: Bilingual | string;
  typeName: Bilingual | string;
  statusName: Bilingual;
  mayApply: boolean;
  authorisedDirectors: { name: Bilingual | string; you: boolean }[];
  headOffice: ThaiAddressView;
  source: string;
  fetchedAt: string;
}

/** What of an application's `holder` the records need (the generated HolderView fits it). */
export interface HolderRecords {
  type: 'person' | 'juristic';
  id: string | null;
  name: Bilingual | null;
  dataSource: string | null;
  fetchedAt: string | null;
  actingDirector: { name: Bilingual | string } | null;
  juristicPerson: object | null;
  applicantRecord: object | null;
}

/** "fixture:dopa", "http:dbd" → which government office the record came from. */
function sourceName(source: string | null | undefined, t: (key: string) => string): string {
  if (!source) return t('records.sources.other');
  if (/dopa/i.test(source)) return t('records.sources.dopa');
  if (/dbd/i.test(source)) return t('records.sources.dbd');
  return t('records.sources.other');
}

const text = (value: Bilingual | string | null | undefined, lang: string) => (typeof value === 'string' ? value : pick(value ?? null, lang));

export interface RecordGroup {
  key: string;
  title: string;
  source: string;
  rows: SummaryRow[];
}

/** The groups of the applicant's government data (the juristic person, the person), each with its source and time. */
export function useApplicantRows(holder: HolderRecords): RecordGroup[] {
  const { t, i18n } = useTranslation('shared');
  const lang = i18n.language;
  const groups: RecordGroup[] = [];
  const company = holder.juristicPerson as JuristicPersonView | null;
  if (company) {
    groups.push({
      key: 'juristic',
      title: t('records.holderJuristic'),
      source: t('records.source', { source: sourceName(company.source, t), time: formatDateTime(company.fetchedAt, lang) }),
      rows: [
        { key: 'reg', label: t('records.registrationNumber'), value: company.registrationNumber },
        { key: 'name', label: t('records.juristicName'), value: text(company.name, lang) },
        { key: 'status', label: t('records.juristicStatus'), value: text(company.statusName, lang) },
        { key: 'office', label: t('records.headOffice'), value: company.headOffice?.text },
        { key: 'directors', label: t('records.directors'), value: company.authorisedDirectors.map((d) => text(d.name, lang)).join(', ') },
        ...(holder.actingDirector ? [{ key: 'acting', label: t('records.actingDirector'), value: text(holder.actingDirector.name, lang) }] : []),
      ],
    });
  }
  const person = holder.applicantRecord as CitizenView | null;
  if (person) {
    groups.push({
      key: 'person',
      title: company ? t('records.actingDirector') : t('records.holderPerson'),
      source: t('records.source', { source: sourceName(person.source, t), time: formatDateTime(person.fetchedAt, lang) }),
      rows: [
        { key: 'id', label: t('records.nationalId'), value: person.nationalId },
        { key: 'name', label: t('records.name'), value: text(person.fullName, lang) },
        { key: 'dob', label: t('records.dateOfBirth'), value: person.dateOfBirth ? formatDate(person.dateOfBirth, lang) : t('records.notKnown') },
        { key: 'address', label: t('records.address'), value: person.address?.text },
      ],
    });
  } else if (!company && holder.name) {
    groups.push({
      key: 'holder',
      title: t('records.holderPerson'),
      source: t('records.source', { source: sourceName(holder.dataSource, t), time: formatDateTime(holder.fetchedAt, lang) }),
      rows: [
        ...(holder.id ? [{ key: 'id', label: t('records.nationalId'), value: holder.id }] : []),
        { key: 'name', label: t('records.name'), value: pick(holder.name, lang) },
      ],
    });
  }
  return groups;
}

/** Each group as a section with its heading, its source and time, and a summary list. `level`: the headings' level. */
export function ApplicantRecords({ holder, level = 2 }: { holder: HolderRecords; level?: 2 | 3 }) {
  const groups = useApplicantRows(holder);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`group-${g.key}`}>
          <Heading id={`group-${g.key}`}>{g.title}</Heading>
          <p className="hint">{g.source}</p>
          <SummaryList rows={g.rows} />
        </section>
      ))}
    </>
  );
}
