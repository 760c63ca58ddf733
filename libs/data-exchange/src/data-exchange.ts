import { juristicRegistrationNumberProblem, NotFoundError, thaiNationalIdProblem, type DomainError } from '@bizportal/common';
import type { DataExchangeConnector } from './connector';
import { DataExchangeErrors } from './data-exchange-errors';
import type { CitizenRecord, Fetched, JuristicPersonRecord } from './records';

/**
 * The product's one door to government data. It validates what it is asked (a wrong check digit is
 * a 400 naming the caller's field, and never reaches the registry), then asks the configured connector.
 */
export class DataExchange {
  constructor(readonly connector: DataExchangeConnector) {}

  async citizen(nationalId: string, field = 'nationalId'): Promise<Fetched<CitizenRecord>> {
    assertNationalId(nationalId, field);
    return withField(
      () => this.connector.citizen(nationalId),
      () => DataExchangeErrors.create('CITIZEN_NOT_FOUND', { nationalId }, [{ field, problem: 'no such record' }]),
    );
  }

  async juristicPerson(registrationNumber: string, field = 'registrationNumber'): Promise<Fetched<JuristicPersonRecord>> {
    const problem = juristicRegistrationNumberProblem(registrationNumber);
    if (problem) throw DataExchangeErrors.create('REGISTRATION_NUMBER_INVALID', { field, ...halvesOf(problem) }, [{ field, problem }]);
    return withField(
      () => this.connector.juristicPerson(registrationNumber),
      () => DataExchangeErrors.create('JURISTIC_PERSON_NOT_FOUND', { registrationNumber }, [{ field, problem: 'no such record' }]),
    );
  }

  async juristicPersonsDirectedBy(nationalId: string): Promise<Fetched<JuristicPersonRecord[]>> {
    assertNationalId(nationalId, 'nationalId');
    return this.connector.juristicPersonsDirectedBy(nationalId);
  }
}

function assertNationalId(nationalId: string, field: string): void {
  const problem = thaiNationalIdProblem(nationalId);
  if (problem) throw DataExchangeErrors.create('NATIONAL_ID_INVALID', { field, ...halvesOf(problem) }, [{ field, problem }]);
}

/** The check-digit helpers answer `ไทย / English` in one string; the catalogue puts the field before each half. */
function halvesOf(problem: string): { problemTh: string; problemEn: string } {
  const at = problem.indexOf(' / ');
  return at < 0 ? { problemTh: problem, problemEn: problem } : { problemTh: problem.slice(0, at), problemEn: problem.slice(at + 3) };
}

/** A record that is not there is a problem with the caller's field: say which. */
async function withField<T>(fetch: () => Promise<T>, notFound: () => DomainError): Promise<T> {
  try {
    return await fetch();
  } catch (error) {
    if (error instanceof NotFoundError && error.details === undefined) throw notFound();
    throw error;
  }
}
