import citizensFile from './fixtures/citizens.json';
import juristicPersonsFile from './fixtures/juristic-persons.json';
import { REGISTRY, type DataExchangeConnector } from './connector';
import { DataExchangeErrors } from './data-exchange-errors';
import { citizenRecordProblems, juristicPersonRecordProblems } from './record-schema';
import type { CitizenRecord, Fetched, JuristicPersonRecord } from './records';

export interface FixtureData {
  citizens: unknown[];
  juristicPersons: unknown[];
}

/** The fixture files in the repository (fictional people and companies). */
export const DEFAULT_FIXTURES: FixtureData = {
  citizens: citizensFile.citizens,
  juristicPersons: juristicPersonsFile.juristicPersons,
};

/**
 * Records from files, for development and tests. Every record is checked against the same schema
 * the HTTP adapter applies to live answers, so a fixture cannot drift from what the product accepts.
 * Answers are copies: a caller that changes one changes nothing here.
 */
export class FixtureDataExchangeConnector implements DataExchangeConnector {
  readonly kind = 'fixture' as const;
  private readonly citizens = new Map<string, CitizenRecord>();
  private readonly juristicPersons = new Map<string, JuristicPersonRecord>();
  private readonly byDirector = new Map<string, string[]>();

  constructor(data: FixtureData = DEFAULT_FIXTURES) {
    const problems: string[] = [];
    data.citizens.forEach((value, i) => {
      const found = citizenRecordProblems(value);
      if (found.length > 0) problems.push(...found.map((p) => `citizens[${i}]${p}`));
      else this.citizens.set((value as CitizenRecord).nationalId, value as CitizenRecord);
    });
    data.juristicPersons.forEach((value, i) => {
      const found = juristicPersonRecordProblems(value);
      if (found.length > 0) problems.push(...found.map((p) => `juristicPersons[${i}]${p}`));
      else {
        const record = value as JuristicPersonRecord;
        this.juristicPersons.set(record.registrationNumber, record);
        for (const director of record.authorisedDirectors) {
          this.byDirector.set(director.nationalId, [...(this.byDirector.get(director.nationalId) ?? []), record.registrationNumber]);
        }
      }
    });
    if (problems.length > 0) throw new Error(`Invalid data-exchange fixtures:\n  ${problems.join('\n  ')}`);
  }

  async citizen(nationalId: string): Promise<Fetched<CitizenRecord>> {
    const record = this.citizens.get(nationalId);
    if (!record) throw DataExchangeErrors.create('CITIZEN_NOT_FOUND', { nationalId });
    return fetched(record, REGISTRY.citizens);
  }

  async juristicPerson(registrationNumber: string): Promise<Fetched<JuristicPersonRecord>> {
    const record = this.juristicPersons.get(registrationNumber);
    if (!record) throw DataExchangeErrors.create('JURISTIC_PERSON_NOT_FOUND', { registrationNumber });
    return fetched(record, REGISTRY.juristicPersons);
  }

  async juristicPersonsDirectedBy(nationalId: string): Promise<Fetched<JuristicPersonRecord[]>> {
    const records = (this.byDirector.get(nationalId) ?? []).map((n) => this.juristicPersons.get(n)!);
    return fetched(records, REGISTRY.juristicPersons);
  }
}

function fetched<T>(record: T, registry: string): Fetched<T> {
  return { record: structuredClone(record), source: `fixture:${registry}`, fetchedAt: new Date() };
}
