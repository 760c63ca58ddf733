import { Injectable, Logger } from '@nestjs/common';
import { BadGatewayError, NotFoundError, ServiceUnavailableError } from '@bizportal/common';
import { DataExchange, fullName, isAuthorisedDirector, JURISTIC_STATUSES, mayAct, type CitizenRecord, type Fetched, type JuristicPersonRecord } from '@bizportal/data-exchange';
import { UserDirectory, type AuthenticatedUser } from '@bizportal/identity';
import { citizenView, juristicPersonView } from './applicant-data.views';
import type { Holder } from '../core';
import { ApplicantDataErrors } from './applicant-data-errors';

/** The applicant the request names: herself (default) or a juristic person she directs. */
export type ApplicantChoice = { type: 'person' } | { type: 'juristic'; registrationNumber: string };

const REGISTRATION_FIELD = 'applicant.registrationNumber';

/**
 * Applicant data from government data exchange instead of uploaded copies: the caller's citizen
 * record, the juristic persons she may act for, and the holder of a new application.
 */
@Injectable()
export class ApplicantDataService {
  private readonly logger = new Logger(ApplicantDataService.name);

  constructor(
    private readonly exchange: DataExchange,
    private readonly identity: UserDirectory,
  ) {}

  /** GET /me/applicant-data: her record and every juristic person naming her as an authorised director. */
  async forApplicant(user: AuthenticatedUser) {
    const nationalId = await this.requireNationalId(user);
    const [citizen, companies] = await Promise.all([this.ownCitizen(nationalId), this.exchange.juristicPersonsDirectedBy(nationalId)]);
    return {
      citizen: citizenView(citizen.record, citizen.source, citizen.fetchedAt),
      companies: companies.record.map((r) => juristicPersonView(r, companies.source, companies.fetchedAt, nationalId)),
    };
  }

  /**
   * Registration numbers of the juristic persons (any status) whose register names this applicant
   * as an authorised director; empty for staff and for accounts without a national ID.
   */
  async actingFor(user: AuthenticatedUser): Promise<ReadonlySet<string>> {
    if (!user.roles.includes('applicant')) return new Set();
    const nationalId = await this.nationalIdOf(user);
    if (!nationalId) return new Set();
    const { record } = await this.exchange.juristicPersonsDirectedBy(nationalId);
    return new Set(record.map((r) => r.registrationNumber));
  }

  /**
   * For lists: the juristic persons she directs, or none while the register cannot be reached, so she
   * still sees what is her own rather than an error.
   */
  async actingForIfReachable(user: AuthenticatedUser): Promise<ReadonlySet<string>> {
    try {
      return await this.actingFor(user);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableError || error instanceof BadGatewayError)) throw error;
      this.logger.warn(`Listing only ${user.username}'s own records: ${error.message}`);
      return new Set();
    }
  }

  /**
   * The holder of a new application, fetched now. A juristic person must name the caller among its
   * authorised directors (403 otherwise) and be active (422 otherwise); nothing is stored here.
   */
  async holderFor(user: AuthenticatedUser, choice: ApplicantChoice | undefined, confirmed: boolean): Promise<Holder> {
    const nationalId = await this.requireNationalId(user);
    const confirmedAt = confirmed ? new Date() : null;
    if (!choice || choice.type === 'person') {
      const citizen = await this.ownCitizen(nationalId);
      return {
        type: 'person',
        id: nationalId,
        name: fullName(citizen.record.name),
        snapshot: { citizen: snapshotOf(citizen) },
        source: citizen.source,
        fetchedAt: citizen.fetchedAt,
        confirmedAt,
      };
    }
    const company = await this.exchange.juristicPerson(choice.registrationNumber, REGISTRATION_FIELD);
    const { name, registrationNumber, status } = company.record;
    if (!isAuthorisedDirector(company.record, nationalId)) {
      throw ApplicantDataErrors.create('NOT_AUTHORISED_DIRECTOR', { nameTh: name.th, nameEn: name.en, registrationNumber }, [
        { field: REGISTRATION_FIELD, problem: 'you are not among its authorised directors' },
      ]);
    }
    assertMayAct(company.record, REGISTRATION_FIELD);
    const citizen = await this.ownCitizen(nationalId);
    return {
      type: 'juristic',
      id: registrationNumber,
      name: { ...name },
      snapshot: { citizen: snapshotOf(citizen), juristicPerson: snapshotOf(company) },
      source: company.source,
      fetchedAt: company.fetchedAt,
      confirmedAt,
    };
  }

  /**
   * The holder of an application an agent files under a grant, fetched now: the principal person's own citizen record,
   * or the principal company's record (which must still be active, 422) with the agent's citizen record beside it.
   * The grant, not the register, says the agent may file; nothing is stored here.
   */
  async holderOnBehalfOf(agent: AuthenticatedUser, principal: { type: 'person' | 'juristic'; id: string }, confirmed: boolean): Promise<Holder> {
    const confirmedAt = confirmed ? new Date() : null;
    if (principal.type === 'person') {
      const citizen = await this.exchange.citizen(principal.id, 'onBehalfOf.grantId');
      return { type: 'person', id: principal.id, name: fullName(citizen.record.name), snapshot: { citizen: snapshotOf(citizen) }, source: citizen.source, fetchedAt: citizen.fetchedAt, confirmedAt };
    }
    const company = await this.exchange.juristicPerson(principal.id, 'onBehalfOf.grantId');
    assertMayAct(company.record, 'onBehalfOf.grantId');
    const citizen = await this.ownCitizen(await this.requireNationalId(agent));
    return { type: 'juristic', id: principal.id, name: { ...company.record.name }, snapshot: { citizen: snapshotOf(citizen), juristicPerson: snapshotOf(company) }, source: company.source, fetchedAt: company.fetchedAt, confirmedAt };
  }

  async nationalIdOf(user: AuthenticatedUser): Promise<string | null> {
    return (await this.identity.findUser(user.id))?.nationalId ?? null;
  }

  private async requireNationalId(user: AuthenticatedUser): Promise<string> {
    const nationalId = await this.nationalIdOf(user);
    if (!nationalId) {
      throw ApplicantDataErrors.create('ACCOUNT_HAS_NO_NATIONAL_ID', {}, [{ field: 'applicant', problem: 'the signed-in account has no national ID' }]);
    }
    return nationalId;
  }

  /** Her own record: one the civil registry lacks is a problem with the account, not a missing route (422). */
  private async ownCitizen(nationalId: string): Promise<Fetched<CitizenRecord>> {
    try {
      return await this.exchange.citizen(nationalId);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      throw ApplicantDataErrors.create('ACCOUNT_NOT_IN_CIVIL_REGISTRY', {}, [
        { field: 'applicant', problem: 'the national ID of the signed-in account is not in the civil registry' },
      ]);
    }
  }
}

/** A dissolved, liquidated, struck-off or bankrupt juristic person applies for nothing (422, naming the field). */
function assertMayAct(record: JuristicPersonRecord, field: string): void {
  if (mayAct(record)) return;
  const { name, status } = record;
  const label = JURISTIC_STATUSES[status];
  throw ApplicantDataErrors.create('JURISTIC_PERSON_NOT_ACTIVE', { nameTh: name.th, nameEn: name.en, statusTh: label.th, statusEn: label.en }, [{ field, problem: `status is ${status}` }]);
}

function snapshotOf<T>(fetched: Fetched<T>) {
  return { record: fetched.record, source: fetched.source, fetchedAt: fetched.fetchedAt.toISOString() };
}
