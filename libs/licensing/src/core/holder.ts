import type { CitizenRecord, JuristicPersonRecord } from '@bizportal/data-exchange';

export type HolderType = 'person' | 'juristic';

/** A record as it was fetched, kept on the application (times as ISO strings: it is JSON). */
export interface FetchedSnapshot<T> {
  record: T;
  source: string;
  fetchedAt: string;
}

/**
 * What government data exchange said when the application was made: always the applicant's own
 * citizen record, and for a juristic application the juristic person's record as well.
 */
export interface ApplicantDataSnapshot {
  citizen: FetchedSnapshot<CitizenRecord>;
  juristicPerson?: FetchedSnapshot<JuristicPersonRecord>;
}

/** Who an application is for, with the record that says so. */
export interface Holder {
  type: HolderType;
  /** National ID (person) or juristic registration number. */
  id: string;
  name: { th: string; en: string };
  snapshot: ApplicantDataSnapshot;
  /** The source and time of the holder's own record (the citizen's or the juristic person's). */
  source: string;
  fetchedAt: Date;
  confirmedAt: Date | null;
}

/** The application columns that record the holder and the data it was made from. */
export function holderColumns(holder: Holder) {
  return {
    holderType: holder.type,
    holderId: holder.id,
    holderNameTh: holder.name.th,
    holderNameEn: holder.name.en,
    applicantData: holder.snapshot,
    applicantDataSource: holder.source,
    applicantDataFetchedAt: holder.fetchedAt,
    applicantDataConfirmedAt: holder.confirmedAt,
  };
}
