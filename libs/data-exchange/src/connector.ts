import type { CitizenRecord, Fetched, JuristicPersonRecord } from './records';

/**
 * One government data source behind one interface. Inputs arrive already validated (see
 * `DataExchange`); a connector answers the record or throws a domain error: NotFoundError when the
 * registry has no such record, ServiceUnavailableError when it cannot be reached, BadGatewayError
 * when it answers something we cannot use (each from DataExchangeErrors).
 */
export interface DataExchangeConnector {
  /** `fixture` or `http`: the prefix of every record's `source`. */
  readonly kind: 'fixture' | 'http';
  citizen(nationalId: string): Promise<Fetched<CitizenRecord>>;
  juristicPerson(registrationNumber: string): Promise<Fetched<JuristicPersonRecord>>;
  /** Juristic persons (any status) that name this citizen among their authorised directors. */
  juristicPersonsDirectedBy(nationalId: string): Promise<Fetched<JuristicPersonRecord[]>>;
}

/** The registries behind the records: DOPA (civil registration) and DBD (business registration). */
export const REGISTRY = { citizens: 'dopa', juristicPersons: 'dbd' } as const;
