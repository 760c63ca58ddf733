import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { DataExchange, fullName } from '@bizportal/data-exchange';
import { isUniqueViolation, TransactionRunner } from '@bizportal/database';
import { UserDirectory, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicantDataService, type ApplicantChoice } from '../applicant-data';
import { CatalogueService } from '../catalogue';
import type { ApplicationEntity } from '../core';
import { AgentGrantEntity, AgentGrantEventEntity, type GrantEventType, type PrincipalType } from './agent-grant.entities';
import { bangkokToday, endOfBangkokDay, latestValidUntil } from './grant-dates';
import { GrantErrors } from './grant-errors';
import type { CreateGrantDto } from './grants.dto';
import type { GrantDetailView, GrantListView, GrantView } from './grants.views';

export type GrantStatus = 'active' | 'revoked' | 'expired';

/** What a grant is now: revoked, past its date (or set aside as such), or in force. */
export function grantStatusOf(grant: AgentGrantEntity, now = new Date()): GrantStatus {
  if (grant.status === 'revoked') return 'revoked';
  if (grant.status === 'expired' || grant.endsAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

export function grantCovers(grant: AgentGrantEntity, licenceType: string): boolean {
  return grant.licenceTypes === null || grant.licenceTypes.includes(licenceType);
}

const NOT_ACTIVE_WORDS: Record<Exclude<GrantStatus, 'active'>, { statusTh: string; statusEn: string }> = {
  revoked: { statusTh: 'ถูกเพิกถอนแล้ว', statusEn: 'has been revoked' },
  expired: { statusTh: 'สิ้นสุดแล้ว', statusEn: 'has expired' },
};

/** The principal sides the caller stands on: herself (her national ID) and the juristic persons she directs. */
interface PrincipalSides {
  nationalId: string | null;
  companies: ReadonlySet<string>;
}

/**
 * Grants (docs/architecture.md section 24): a person, or a company through an authorised director, gives an agent the
 * right to file and act for it, for some licence types or all, until a date; the principal revokes it. The agent is
 * looked up in the civil registry by national ID, so the principal sees whom she names. Owns `agent_grants` and
 * `agent_grant_events`.
 */
@Injectable()
export class AgentGrants {
  constructor(
    @InjectRepository(AgentGrantEntity) private readonly grants: Repository<AgentGrantEntity>,
    @InjectRepository(AgentGrantEventEntity) private readonly events: Repository<AgentGrantEventEntity>,
    private readonly transactions: TransactionRunner,
    private readonly applicantData: ApplicantDataService,
    private readonly exchange: DataExchange,
    private readonly catalogue: CatalogueService,
    private readonly users: UserDirectory,
  ) {}

  /** POST /grants. Everything is checked before anything is written; a refusal stores nothing. */
  async grant(user: AuthenticatedUser, request: CreateGrantDto): Promise<GrantDetailView> {
    const licenceTypes = await this.licenceTypesOf(request);
    const validUntil = validUntilOf(request.validUntil);
    const choice: ApplicantChoice = request.principal?.type === 'juristic' ? { type: 'juristic', registrationNumber: request.principal.registrationNumber ?? '' } : { type: 'person' };
    // The principal as the registers say now: herself, or a company naming her as an authorised director that may act.
    const principal = await this.applicantData.holderFor(user, choice, false);
    const ownNationalId = await this.applicantData.nationalIdOf(user);
    if (request.agentNationalId === ownNationalId) {
      throw GrantErrors.create('GRANT_AGENT_IS_PRINCIPAL', {}, [{ field: 'agentNationalId', problem: 'is your own national ID' }]);
    }
    const agent = await this.exchange.citizen(request.agentNationalId, 'agentNationalId');
    const agentName = fullName(agent.record.name);
    const now = new Date();
    const grant = Object.assign(new AgentGrantEntity(), {
      id: randomUUID(),
      principalType: principal.type,
      principalId: principal.id,
      principalNameTh: principal.name.th,
      principalNameEn: principal.name.en,
      grantedBy: user.id,
      agentNationalId: request.agentNationalId,
      agentNameTh: agentName.th,
      agentNameEn: agentName.en,
      licenceTypes,
      validUntilDate: validUntil,
      endsAt: endOfBangkokDay(validUntil),
      status: 'active' as const,
      revokedAt: null,
      revokedBy: null,
      revokeReason: null,
      createdAt: now,
    });
    try {
      await this.transactions.run(async (manager) => {
        const open = await manager.findBy(AgentGrantEntity, { principalType: grant.principalType, principalId: grant.principalId, agentNationalId: grant.agentNationalId, status: 'active' });
        for (const earlier of open) {
          if (grantStatusOf(earlier, now) === 'active') throw alreadyActive(agentName);
          // Past its date: set aside, so the one-in-force rule makes way for the new grant.
          await manager.update(AgentGrantEntity, { id: earlier.id, status: 'active' }, { status: 'expired' });
          await manager.insert(AgentGrantEventEntity, grantEvent(earlier.id, 'expired', user.id, null, now));
        }
        await manager.insert(AgentGrantEntity, grant);
        await manager.insert(AgentGrantEventEntity, grantEvent(grant.id, 'granted', user.id, null, now));
      });
    } catch (error) {
      // Two grants for the same agent at once: the partial unique index lets one in.
      if (isUniqueViolation(error)) throw alreadyActive(agentName);
      throw error;
    }
    return this.detail(grant, user, await this.sidesOf(user));
  }

  /** GET /grants: those she gave (for herself or a company she directs) and those she holds as an agent, newest first. */
  async list(user: AuthenticatedUser): Promise<GrantListView> {
    const sides = await this.sidesOf(user, true);
    const given = this.principalScopes(sides);
    const [givenRows, heldRows] = await Promise.all([
      given.length > 0 ? this.grants.find({ where: given, order: { createdAt: 'DESC', id: 'DESC' } }) : [],
      sides.nationalId ? this.grants.find({ where: { agentNationalId: sides.nationalId }, order: { createdAt: 'DESC', id: 'DESC' } }) : [],
    ]);
    const names = await this.licenceTypeNames([...givenRows, ...heldRows]);
    return { given: givenRows.map((g) => this.viewOf(g, names, sides)), held: heldRows.map((g) => this.viewOf(g, names, sides)) };
  }

  /** GET /grants/:id: for its principal's side and its agent, with its history; anyone else 404. */
  async get(user: AuthenticatedUser, id: string): Promise<GrantDetailView> {
    const sides = await this.sidesOf(user);
    return this.detail(await this.visible(id, sides), user, sides);
  }

  /** POST /grants/:id/revoke: only the principal's side; the agent is stopped at once. */
  async revoke(user: AuthenticatedUser, id: string, reason: string): Promise<GrantDetailView> {
    const sides = await this.sidesOf(user);
    const grant = await this.visible(id, sides);
    if (!isPrincipalSide(grant, sides)) throw GrantErrors.create('GRANT_ONLY_PRINCIPAL');
    const now = new Date();
    await this.transactions.run(async (manager) => {
      // Conditional on its status, so two revocations at once give one.
      const { affected } = await manager.update(AgentGrantEntity, { id, status: In(['active', 'expired']) }, { status: 'revoked', revokedAt: now, revokedBy: user.id, revokeReason: reason });
      if (!affected) throw GrantErrors.create('GRANT_ALREADY_REVOKED');
      await manager.insert(AgentGrantEventEntity, grantEvent(id, 'revoked', user.id, reason, now));
    });
    return this.detail(await this.grants.findOneByOrFail({ id }), user, sides);
  }

  /**
   * The grant an agent names to file an application for its principal: hers (404 otherwise, naming the field), in
   * force and covering the licence type (403 otherwise).
   */
  async forFiling(user: AuthenticatedUser, grantId: string, licenceType: string): Promise<AgentGrantEntity> {
    const nationalId = await this.applicantData.nationalIdOf(user);
    const grant = await this.grants.findOneBy({ id: grantId });
    if (!grant || nationalId === null || grant.agentNationalId !== nationalId) {
      throw GrantErrors.create('GRANT_NOT_FOUND', {}, [{ field: 'onBehalfOf.grantId', problem: 'is not a grant you hold' }]);
    }
    assertInForce(grant, licenceType);
    return grant;
  }

  /** Who made the grant (the principal herself, or the company's director who granted it), in force or not; null if none. */
  async granterOf(grantId: string): Promise<string | null> {
    return (await this.grants.findOne({ select: { grantedBy: true }, where: { id: grantId } }))?.grantedBy ?? null;
  }

  /** For the core (AgentAuthority): the grant an application was filed under must still be in force and cover it. */
  async assertInForce(grantId: string, licenceType: string, manager?: EntityManager): Promise<AgentGrantEntity> {
    const grant = manager ? await manager.findOneBy(AgentGrantEntity, { id: grantId }) : await this.grants.findOneBy({ id: grantId });
    if (!grant) throw GrantErrors.create('GRANT_NOT_ACTIVE', NOT_ACTIVE_WORDS.revoked);
    assertInForce(grant, licenceType);
    return grant;
  }

  private async licenceTypesOf(request: CreateGrantDto): Promise<string[] | null> {
    const listed = request.licenceTypes ?? [];
    if (request.allLicenceTypes === true ? listed.length > 0 : listed.length === 0) {
      throw GrantErrors.create('GRANT_LICENCE_TYPES_INVALID', {}, [{ field: 'licenceTypes', problem: 'name at least one licence type, or set allLicenceTypes (not both)' }]);
    }
    if (request.allLicenceTypes === true) return null;
    const unique = [...new Set(listed)];
    for (const [i, slug] of unique.entries()) await this.catalogue.licenceTypeNamedInRequest(slug, `licenceTypes[${i}]`);
    return unique;
  }

  private async sidesOf(user: AuthenticatedUser, whenReachable = false): Promise<PrincipalSides> {
    const [nationalId, companies] = await Promise.all([
      this.applicantData.nationalIdOf(user),
      whenReachable ? this.applicantData.actingForIfReachable(user) : this.applicantData.actingFor(user),
    ]);
    return { nationalId, companies };
  }

  private principalScopes(sides: PrincipalSides): FindOptionsWhere<AgentGrantEntity>[] {
    const scopes: FindOptionsWhere<AgentGrantEntity>[] = [];
    if (sides.nationalId) scopes.push({ principalType: 'person', principalId: sides.nationalId });
    if (sides.companies.size > 0) scopes.push({ principalType: 'juristic', principalId: In([...sides.companies]) });
    return scopes;
  }

  private async visible(id: string, sides: PrincipalSides): Promise<AgentGrantEntity> {
    const grant = await this.grants.findOneBy({ id });
    if (!grant || !(isPrincipalSide(grant, sides) || grant.agentNationalId === sides.nationalId)) throw GrantErrors.create('GRANT_NOT_FOUND', { id });
    return grant;
  }

  private async licenceTypeNames(grants: readonly AgentGrantEntity[]) {
    const rows = await this.catalogue.licenceTypesNamed(grants.flatMap((g) => g.licenceTypes ?? []));
    return new Map(rows.map((r) => [r.slug, { th: r.nameTh, en: r.nameEn }]));
  }

  private viewOf(grant: AgentGrantEntity, names: Map<string, { th: string; en: string }>, sides: PrincipalSides): GrantView {
    return {
      id: grant.id,
      principal: { type: grant.principalType, id: grant.principalId, name: { th: grant.principalNameTh, en: grant.principalNameEn } },
      agent: { nationalId: grant.agentNationalId, name: { th: grant.agentNameTh, en: grant.agentNameEn } },
      allLicenceTypes: grant.licenceTypes === null,
      licenceTypes: (grant.licenceTypes ?? []).map((slug) => ({ slug, name: names.get(slug) ?? { th: slug, en: slug } })),
      validUntil: grant.validUntilDate,
      endsAt: grant.endsAt.toISOString(),
      status: grantStatusOf(grant),
      createdAt: grant.createdAt.toISOString(),
      revokedAt: grant.revokedAt?.toISOString() ?? null,
      revokeReason: grant.revokeReason,
      youAre: isPrincipalSide(grant, sides) ? 'principal' : 'agent',
    };
  }

  private async detail(grant: AgentGrantEntity, user: AuthenticatedUser, sides: PrincipalSides): Promise<GrantDetailView> {
    const history = await this.events.find({ where: { grantId: grant.id }, order: { at: 'ASC', id: 'ASC' } });
    const [names, people] = await Promise.all([this.licenceTypeNames([grant]), this.users.namesOf([], [grant.grantedBy, ...history.map((e) => e.actorId)])]);
    return {
      ...this.viewOf(grant, names, sides),
      grantedBy: { id: grant.grantedBy, name: people.users.get(grant.grantedBy)?.name ?? null },
      history: history.map((e) => ({ type: e.type, at: e.at.toISOString(), by: { id: e.actorId, name: people.users.get(e.actorId)?.name ?? null }, reason: e.reason })),
    };
  }
}

function isPrincipalSide(grant: AgentGrantEntity, sides: PrincipalSides): boolean {
  return grant.principalType === 'person' ? grant.principalId === sides.nationalId : sides.companies.has(grant.principalId);
}

function assertInForce(grant: AgentGrantEntity, licenceType: string): void {
  const status = grantStatusOf(grant);
  if (status !== 'active') throw GrantErrors.create('GRANT_NOT_ACTIVE', NOT_ACTIVE_WORDS[status], { grantId: grant.id, status });
  if (!grantCovers(grant, licenceType)) throw GrantErrors.create('GRANT_NOT_FOR_LICENCE_TYPE', { licenceType }, { grantId: grant.id, licenceType });
}

function alreadyActive(agentName: { th: string; en: string }) {
  return GrantErrors.create('GRANT_ALREADY_ACTIVE', { agentTh: agentName.th, agentEn: agentName.en }, [{ field: 'agentNationalId', problem: 'already holds a grant in force from this principal' }]);
}

function grantEvent(grantId: string, type: GrantEventType, actorId: string, reason: string | null, at: Date): AgentGrantEventEntity {
  return Object.assign(new AgentGrantEventEntity(), { id: randomUUID(), grantId, type, actorId, reason, at });
}

/** The last day, checked: a real date, today or later (Bangkok), at most a year ahead. */
function validUntilOf(date: string): string {
  const today = bangkokToday();
  if (date < today) throw GrantErrors.create('GRANT_VALID_UNTIL_PAST', { today, validUntil: date }, [{ field: 'validUntil', problem: `must be ${today} or later` }]);
  const latest = latestValidUntil(today);
  if (date > latest) throw GrantErrors.create('GRANT_VALID_UNTIL_TOO_FAR', { latest }, [{ field: 'validUntil', problem: `must be ${latest} or earlier` }]);
  return date;
}

export type { PrincipalType };
