import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, MoreThan, Not, Repository, type EntityManager } from 'typeorm';
import { thaiNationalIdProblem } from '@bizportal/common';
import { SeedChecksums, TransactionRunner } from '@bizportal/database';
import type { Role } from '@bizportal/engine';
import { AreaEntity } from '../areas/area.entity';
import { AREAS_SEED } from '../areas/areas.service';
import { OFFICE_ROLES, type AuthenticatedUser } from '../authenticated-user';
import { AgencyAreaEntity, AgencyEntity, UserEntity } from '../entities';
import { LOCAL_OFFICE_KINDS, type LocalOfficeKind } from '../areas/local-office-kinds';
import { OfficeErrors } from './office-errors';
import type { CreateOfficeDto, InviteStaffDto, OfficesQueryDto, SetSubdistrictsDto } from './offices.dto';
import type { OfficeDetailView, OfficeListView, OfficeSummaryView, StaffInvitationView } from './offices.views';
import { StaffInvitationEntity } from './staff-invitation.entity';

/** A unique-key violation on either database (SQLite's message or PostgreSQL's SQLSTATE 23505). */
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string }; message?: string };
  return e?.code === '23505' || e?.driverError?.code === '23505' || /UNIQUE constraint failed/.test(e?.message ?? '');
}

function maskNationalId(id: string): string {
  // 1-2345-67890-12-3: all but the last three digits hidden.
  return `X-XXXX-XXXXX-${id.slice(10, 12)}-${id.slice(12)}`;
}

export function invitationView(row: StaffInvitationEntity): StaffInvitationView {
  return {
    id: row.id,
    agencyId: row.agencyId,
    nationalIdMasked: maskNationalId(row.nationalId),
    roles: row.roles,
    status: row.acceptedAt ? 'accepted' : row.revokedAt ? 'revoked' : 'pending',
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    acceptedUserId: row.acceptedUserId,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/**
 * Onboarding local offices (role system_admin): the office's agency record, the subdistricts it serves and its staff
 * invited by national ID. Everything is read from the database on each request (routing, jurisdiction checks, the
 * area pickers), so a change applies at once in every process, without a restart.
 */
@Injectable()
export class LocalOffices {
  private readonly logger = new Logger(LocalOffices.name);

  constructor(
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
    @InjectRepository(AgencyAreaEntity) private readonly agencyAreas: Repository<AgencyAreaEntity>,
    @InjectRepository(AreaEntity) private readonly areas: Repository<AreaEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(StaffInvitationEntity) private readonly invitations: Repository<StaffInvitationEntity>,
    private readonly transactions: TransactionRunner,
    private readonly seedChecksums: SeedChecksums,
  ) {}

  async list(query: OfficesQueryDto): Promise<OfficeListView> {
    const limit = query.limit ?? 50;
    const where = { level: 'local' as const, ...(query.province ? { provinceCode: query.province } : {}), ...(query.after ? { id: MoreThan(query.after) } : {}) };
    const rows = await this.agencies.find({ where, order: { id: 'ASC' }, take: limit + 1 });
    const page = rows.slice(0, limit);
    return { items: await this.summaries(page), nextAfter: rows.length > limit ? page[page.length - 1].id : null };
  }

  async detail(id: string): Promise<OfficeDetailView> {
    const office = await this.localOffice(id);
    const [summary] = await this.summaries([office]);
    const served = await this.agencyAreas.find({ where: { agencyId: id }, order: { subdistrictCode: 'ASC' } });
    const names = new Map(
      (await this.areas.findBy({ code: In([...new Set(served.flatMap((s) => [s.subdistrictCode, s.subdistrictCode.slice(0, 4)]))]) })).map((a) => [a.code, { th: a.nameTh, en: a.nameEn }]),
    );
    const staff = await this.users.find({ where: { agencyId: id }, order: { username: 'ASC' } });
    const invitations = await this.invitations.find({ where: { agencyId: id }, order: { createdAt: 'DESC', id: 'ASC' } });
    return {
      ...summary,
      subdistricts: served.map((s) => ({
        code: s.subdistrictCode,
        name: names.get(s.subdistrictCode) ?? { th: s.subdistrictCode, en: s.subdistrictCode },
        district: { id: s.subdistrictCode.slice(0, 4), name: names.get(s.subdistrictCode.slice(0, 4)) ?? { th: '', en: '' } },
        assignedBy: s.assignedBy ?? null,
        assignedAt: s.assignedAt ? s.assignedAt.toISOString() : null,
      })),
      staff: staff.map((u) => ({ id: u.id, username: u.username, displayName: { th: u.displayNameTh, en: u.displayNameEn }, roles: u.roles })),
      invitations: invitations.map(invitationView),
    };
  }

  async create(body: CreateOfficeDto, by: AuthenticatedUser): Promise<OfficeDetailView> {
    const province = await this.areas.findOneBy({ code: body.provinceCode, level: 'province' });
    if (!province) throw OfficeErrors.create('OFFICE_PROVINCE_UNKNOWN', { code: body.provinceCode }, [{ field: 'provinceCode', problem: 'not a province code' }]);
    if (await this.agencies.existsBy({ id: body.id })) throw OfficeErrors.create('OFFICE_ID_TAKEN', { id: body.id }, [{ field: 'id', problem: 'taken' }]);
    try {
      await this.transactions.run((manager) =>
        manager.insert(AgencyEntity, {
          id: body.id,
          nameTh: body.name.th.trim(),
          nameEn: body.name.en.trim(),
          level: 'local',
          provinceCode: body.provinceCode,
          kind: body.kind,
          onboardedBy: by.id,
          createdAt: new Date(),
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw OfficeErrors.create('OFFICE_ID_TAKEN', { id: body.id }, [{ field: 'id', problem: 'taken' }]);
      throw error;
    }
    this.logger.log(`Local office ${body.id} (${body.kind}, province ${body.provinceCode}) onboarded by ${by.username}`);
    return this.detail(body.id);
  }

  /**
   * Sets every subdistrict the office serves. A subdistrict another office serves is refused unless listed in
   * `handOver`; then it moves in the same transaction. Checked and written in one transaction (the unique key on
   * agency_areas.subdistrict_code refuses a concurrent claim), so a refusal leaves everything as it was.
   */
  async setSubdistricts(id: string, body: SetSubdistrictsDto, by: AuthenticatedUser): Promise<OfficeDetailView> {
    const office = await this.localOffice(id);
    if (office.onboardedBy === null) throw OfficeErrors.create('OFFICE_MANAGED_BY_FILE', { id });
    const codes = [...new Set(body.subdistricts)].sort();
    const handOver = [...new Set(body.handOver ?? [])].sort();
    const known = new Set((await this.areas.findBy({ code: In(codes), level: 'subdistrict' })).map((a) => a.code));
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length > 0) throw OfficeErrors.create('OFFICE_SUBDISTRICT_UNKNOWN', { codes: unknown.join(', ') }, unknown.map((code) => ({ field: 'subdistricts', problem: `${code} is not a subdistrict` })));
    const outside = codes.filter((c) => !c.startsWith(office.provinceCode ?? '--'));
    if (outside.length > 0) {
      throw OfficeErrors.create('OFFICE_SUBDISTRICT_OUTSIDE_PROVINCE', { codes: outside.join(', '), province: office.provinceCode ?? '' }, outside.map((code) => ({ field: 'subdistricts', problem: `${code} is outside province ${office.provinceCode}` })));
    }
    try {
      await this.transactions.run(async (manager) => {
        const owners = await manager.find(AgencyAreaEntity, { where: { subdistrictCode: In(codes), agencyId: Not(id) } });
        const ownerOf = new Map(owners.map((o) => [o.subdistrictCode, o.agencyId]));
        const badHandOver = handOver.filter((c) => !codes.includes(c) || !ownerOf.has(c));
        if (badHandOver.length > 0) throw OfficeErrors.create('OFFICE_HANDOVER_NOT_SERVED', { codes: badHandOver.join(', ') }, badHandOver.map((code) => ({ field: 'handOver', problem: `${code}` })));
        const taken = owners.filter((o) => !handOver.includes(o.subdistrictCode));
        if (taken.length > 0) {
          const names = new Map((await manager.findBy(AgencyEntity, { id: In([...new Set(taken.map((t) => t.agencyId))]) })).map((a) => [a.id, { th: a.nameTh, en: a.nameEn }]));
          throw OfficeErrors.create(
            'OFFICE_SUBDISTRICT_TAKEN',
            { codes: taken.map((t) => `${t.subdistrictCode} (${t.agencyId})`).join(', ') },
            taken.map((t) => ({ subdistrict: t.subdistrictCode, office: { id: t.agencyId, name: names.get(t.agencyId) ?? null } })),
          );
        }
        await this.replaceJurisdiction(manager, id, codes, owners, by);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw OfficeErrors.create('OFFICE_SUBDISTRICT_TAKEN', { codes: codes.join(', ') }, []);
      throw error;
    }
    this.logger.log(`Local office ${id} now serves ${codes.length} subdistricts (${handOver.length} handed over), set by ${by.username}`);
    return this.detail(id);
  }

  private async replaceJurisdiction(manager: EntityManager, id: string, codes: string[], handedOver: AgencyAreaEntity[], by: AuthenticatedUser): Promise<void> {
    const current = await manager.find(AgencyAreaEntity, { where: { agencyId: id } });
    const keep = new Set(current.filter((c) => codes.includes(c.subdistrictCode)).map((c) => c.subdistrictCode));
    const dropped = current.filter((c) => !keep.has(c.subdistrictCode)).map((c) => c.subdistrictCode);
    if (dropped.length > 0) await manager.delete(AgencyAreaEntity, { agencyId: id, subdistrictCode: In(dropped) });
    for (const row of handedOver) {
      // Only if it still belongs to the office read above: a concurrent change makes the insert below fail.
      await manager.delete(AgencyAreaEntity, { agencyId: row.agencyId, subdistrictCode: row.subdistrictCode });
    }
    const now = new Date();
    const added = codes.filter((c) => !keep.has(c)).map((subdistrictCode) => ({ agencyId: id, subdistrictCode, assignedBy: by.id, assignedAt: now }));
    for (let i = 0; i < added.length; i += 200) await manager.insert(AgencyAreaEntity, added.slice(i, i + 200));
    // The next start applies the areas file again, as every start did before it was skipped when unchanged: a subdistrict
    // dropped here that the file gives to one of its offices goes back to it.
    await this.seedChecksums.forget(manager, AREAS_SEED);
  }

  /** Invites a person by national ID to the office with office roles; her first Digital ID sign-in accepts it (UserAccounts). */
  async invite(id: string, body: InviteStaffDto, by: AuthenticatedUser): Promise<StaffInvitationView> {
    const problem = thaiNationalIdProblem(body.nationalId);
    if (problem) throw OfficeErrors.create('STAFF_NATIONAL_ID_INVALID', { problem }, [{ field: 'nationalId', problem }]);
    const roles = [...new Set(body.roles)];
    const refused = roles.filter((r) => !OFFICE_ROLES.includes(r as Role));
    if (refused.length > 0) throw OfficeErrors.create('STAFF_ROLE_NOT_ALLOWED', { roles: refused.join(', ') }, [{ field: 'roles', problem: `not office roles: ${refused.join(', ')}` }]);
    await this.localOffice(id);
    const account = await this.users.findOneBy({ nationalId: body.nationalId });
    const other = account?.roles.filter((r) => r !== 'applicant') ?? [];
    if (account && other.length > 0) throw OfficeErrors.create('STAFF_ACCOUNT_HAS_ROLES', { roles: `${other.join(', ')}${account.agencyId ? ` at ${account.agencyId}` : ''}` });
    const open = await this.invitations.findOneBy({ nationalId: body.nationalId, acceptedAt: IsNull(), revokedAt: IsNull() });
    if (open) throw OfficeErrors.create('STAFF_INVITATION_OPEN', { agencyId: open.agencyId });
    const row: StaffInvitationEntity = {
      id: randomUUID(),
      agencyId: id,
      nationalId: body.nationalId,
      roles: roles as Role[],
      createdBy: by.id,
      createdAt: new Date(),
      acceptedAt: null,
      acceptedUserId: null,
      revokedAt: null,
      revokedBy: null,
    };
    try {
      await this.transactions.run((manager) => manager.insert(StaffInvitationEntity, row));
    } catch (error) {
      if (isUniqueViolation(error)) throw OfficeErrors.create('STAFF_INVITATION_OPEN', { agencyId: '?' });
      throw error;
    }
    this.logger.log(`Invitation ${row.id} to ${id} as ${roles.join(', ')} by ${by.username}`);
    return invitationView(row);
  }

  /** Revokes an invitation not yet accepted; the conditional UPDATE loses cleanly to an acceptance at the same moment. */
  async revoke(id: string, invitationId: string, by: AuthenticatedUser): Promise<StaffInvitationView> {
    const row = await this.invitations.findOneBy({ id: invitationId, agencyId: id });
    if (!row) throw OfficeErrors.create('STAFF_INVITATION_NOT_FOUND', { id: invitationId, agencyId: id });
    const now = new Date();
    const result = await this.transactions.run((manager) =>
      manager.update(StaffInvitationEntity, { id: invitationId, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: now, revokedBy: by.id }),
    );
    if ((result.affected ?? 0) === 0) {
      const now2 = await this.invitations.findOneByOrFail({ id: invitationId });
      if (now2.acceptedAt) throw OfficeErrors.create('STAFF_INVITATION_ACCEPTED', { acceptedAt: now2.acceptedAt.toISOString() });
      throw OfficeErrors.create('STAFF_INVITATION_REVOKED', { revokedAt: now2.revokedAt?.toISOString() ?? '' });
    }
    this.logger.log(`Invitation ${invitationId} to ${id} revoked by ${by.username}`);
    return invitationView({ ...row, revokedAt: now, revokedBy: by.id });
  }

  private async localOffice(id: string): Promise<AgencyEntity> {
    const office = await this.agencies.findOneBy({ id, level: 'local' });
    if (!office) throw OfficeErrors.create('OFFICE_NOT_FOUND', { id });
    return office;
  }

  private async summaries(offices: AgencyEntity[]): Promise<OfficeSummaryView[]> {
    if (offices.length === 0) return [];
    const ids = offices.map((o) => o.id);
    const count = async (table: string, extra = '') => {
      const rows = (await this.agencies.manager
        .createQueryBuilder()
        .select('t.agency_id', 'agencyId')
        .addSelect('COUNT(*)', 'n')
        .from(table, 't')
        .where(`t.agency_id IN (:...ids)${extra}`, { ids })
        .groupBy('t.agency_id')
        .getRawMany()) as { agencyId: string; n: string | number }[];
      return new Map(rows.map((r) => [r.agencyId, Number(r.n)]));
    };
    const [served, staff, pending] = [await count('agency_areas'), await count('users'), await count('staff_invitations', ' AND t.accepted_at IS NULL AND t.revoked_at IS NULL')];
    const provinces = new Map((await this.areas.findBy({ code: In([...new Set(offices.map((o) => o.provinceCode ?? ''))]) })).map((a) => [a.code, { th: a.nameTh, en: a.nameEn }]));
    return offices.map((o) => ({
      id: o.id,
      name: { th: o.nameTh, en: o.nameEn },
      kind: { id: o.kind, label: o.kind && o.kind in LOCAL_OFFICE_KINDS ? { ...LOCAL_OFFICE_KINDS[o.kind as LocalOfficeKind] } : null },
      province: { id: o.provinceCode ?? '', name: provinces.get(o.provinceCode ?? '') ?? { th: '', en: '' } },
      onboarded: o.onboardedBy !== null,
      subdistrictCount: served.get(o.id) ?? 0,
      staffCount: staff.get(o.id) ?? 0,
      pendingInvitations: pending.get(o.id) ?? 0,
    }));
  }
}
