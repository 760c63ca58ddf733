import { InvalidInputError, juristicRegistrationNumberProblem, NotFoundError, thaiNationalIdProblem } from '@bizportal/common';
import type { DataExchangeConnector } from './connector';
import type { CitizenRecord, Fetched, JuristicPersonRecord } from './records';

/**
 * The product's one door to government data. It validates what it is asked (a wrong check digit is
 * a 400 naming the caller's field, and never reaches the registry), then asks the configured connector.
 */
export class DataExchange {
  constructor(readonly connector: DataExchangeConnector) {}

  async citizen(nationalId: string, field = 'nationalId'): Promise<Fetched<CitizenRecord>> {
    const problem = thaiNationalIdProblem(nationalId);
    if (problem) throw new InvalidInputError(`${field}: ${problem}`, [{ field, problem }]);
    return withField(field, () => this.connector.citizen(nationalId));
  }

  async juristicPerson(registrationNumber: string, field = 'registrationNumber'): Promise<Fetched<JuristicPersonRecord>> {
    const problem = juristicRegistrationNumberProblem(registrationNumber);
    if (problem) throw new InvalidInputError(`${field}: ${problem}`, [{ field, problem }]);
    return withField(field, () => this.connector.juristicPerson(registrationNumber));
  }

  async juristicPersonsDirectedBy(nationalId: string): Promise<Fetched<JuristicPersonRecord[]>> {
    const problem = thaiNationalIdProblem(nationalId);
    if (problem) throw new InvalidInputError(`nationalId: ${problem}`, [{ field: 'nationalId', problem }]);
    return this.connector.juristicPersonsDirectedBy(nationalId);
  }
}

/** A record that is not there is a problem with the caller's field: say which. */
async function withField<T>(field: string, fetch: () => Promise<T>): Promise<T> {
  try {
    return await fetch();
  } catch (error) {
    if (error instanceof NotFoundError && error.details === undefined) throw new NotFoundError(error.message, [{ field, problem: 'no such record' }]);
    throw error;
  }
}
