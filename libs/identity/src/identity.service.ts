import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { NotFoundError, thaiNationalIdProblem } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import type { AuthenticatedUser } from './authenticated-user';
import { DEMO_USERS } from './demo-data';
import { AgencyAreaEntity, AgencyEntity, UserEntity } from './entities';

export interface DevUserView {
  username: string;
  roles: string[];
  agency: { id: string; name: { th: string; en: string } } | null;
  displayName: { th: string; en: string };
}

@Injectable()
export class IdentityService implements OnApplicationBootstrap {
  private readonly logger = new Logger(IdentityService.name);

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
    @InjectRepository(AgencyAreaEntity) private readonly areas: Repository<AgencyAreaEntity>,
    private readonly transactions: TransactionRunner,
    private readonly jwt: JwtService,
    private readonly config: ConfigService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.get<boolean>('SEED_DEMO_DATA')) await this.seedDemoData();
  }

  /** Inserts the demo users once (their offices come from workflows/areas.json); an existing demo row is left as it is. */
  async seedDemoData(): Promise<void> {
    for (const user of DEMO_USERS) {
      const problem = user.nationalId ? thaiNationalIdProblem(user.nationalId) : null;
      if (problem) throw new Error(`Demo user ${user.username}: ${problem}`);
    }
    const created = await this.transactions.run(async (manager) => {
      let count = 0;
      const now = new Date();
      for (const user of DEMO_USERS) {
        if (await manager.existsBy(UserEntity, { id: user.id })) continue;
        await manager.insert(UserEntity, { ...user, createdAt: now });
        count++;
      }
      return count;
    });
    if (created > 0) this.logger.log(`Seeded ${created} demo users`);
    await this.seedDemoStaffOfAgencies();
  }

  /** An officer and an approver for every central and provincial agency, so every licence type can be worked in the demo. */
  private async seedDemoStaffOfAgencies(): Promise<void> {
    const agencies = await this.agencies.find({ where: { level: In(['central', 'provincial']) }, order: { id: 'ASC' } });
    const created = await this.transactions.run(async (manager) => {
      let count = 0;
      const now = new Date();
      for (const agency of agencies) {
        for (const role of ['officer', 'approver'] as const) {
          const username = `${role}.${agency.id}`;
          if (await manager.existsBy(UserEntity, { username })) continue;
          await manager.insert(UserEntity, {
            id: `user-${role}-${agency.id}`.slice(0, 64),
            username,
            displayNameTh: `${role === 'officer' ? 'เจ้าหน้าที่' : 'ผู้มีอำนาจอนุญาต'} ${agency.nameTh}`.slice(0, 300),
            displayNameEn: `${role === 'officer' ? 'Officer' : 'Approver'}, ${agency.nameEn}`.slice(0, 300),
            nationalId: null,
            roles: [role],
            agencyId: agency.id,
            createdAt: now,
          });
          count++;
        }
      }
      return count;
    });
    if (created > 0) this.logger.log(`Seeded ${created} demo staff for central and provincial agencies`);
  }

  /** Reference agencies from the catalogue; an existing row keeps its id and gets the current names. */
  async upsertAgencies(agencies: { id: string; nameTh: string; nameEn: string; level: AgencyEntity['level']; provinceCode: string | null }[]): Promise<void> {
    await this.transactions.run(async (manager) => {
      const now = new Date();
      for (const agency of agencies) {
        const existing = await manager.findOneBy(AgencyEntity, { id: agency.id });
        if (existing) await manager.update(AgencyEntity, { id: agency.id }, { nameTh: agency.nameTh, nameEn: agency.nameEn, level: agency.level });
        else await manager.insert(AgencyEntity, { ...agency, createdAt: now });
      }
    });
  }

  async listDevUsers(): Promise<DevUserView[]> {
    const users = await this.users.find({ order: { username: 'ASC' } });
    const agencyIds = [...new Set(users.map((u) => u.agencyId).filter((id): id is string => id !== null))];
    const agencies = new Map((await this.agencies.findBy({ id: In(agencyIds) })).map((a) => [a.id, a]));
    return users.map((u) => {
      const agency = u.agencyId ? agencies.get(u.agencyId) : undefined;
      return {
        username: u.username,
        roles: u.roles,
        agency: agency ? { id: agency.id, name: { th: agency.nameTh, en: agency.nameEn } } : null,
        displayName: { th: u.displayNameTh, en: u.displayNameEn },
      };
    });
  }

  async devLogin(who: { username?: string; nationalId?: string }): Promise<{ accessToken: string; user: AuthenticatedUser }> {
    const found = who.username ? await this.users.findOneBy({ username: who.username }) : await this.users.findOneBy({ nationalId: who.nationalId });
    const name = who.username ? `named '${who.username}'` : `with national ID ${who.nationalId}`;
    if (!found) throw new NotFoundError(`ไม่พบผู้ใช้ / No demo user ${name} (see GET /api/v1/auth/dev-users)`);
    return this.signIn(found);
  }

  /** A bearer token for a stored user: what dev login and Digital ID sign-in both answer. */
  async signIn(found: UserEntity): Promise<{ accessToken: string; user: AuthenticatedUser }> {
    const user: AuthenticatedUser = {
      id: found.id,
      username: found.username,
      roles: found.roles,
      agencyId: found.agencyId,
      displayName: found.displayNameTh,
    };
    const { id, ...claims } = user;
    const accessToken = await this.jwt.signAsync({ sub: id, ...claims });
    return { accessToken, user };
  }

  /**
   * The portal account of a citizen identified by national ID: the existing one (a seeded demo user included, whatever
   * its roles), its names brought up to date, or a new applicant. Two first sign-ins at once make one account
   * (users.national_id is unique).
   */
  async findOrCreateCitizen(person: { nationalId: string; displayNameTh: string; displayNameEn: string }): Promise<UserEntity> {
    const names = { displayNameTh: person.displayNameTh.slice(0, 300), displayNameEn: person.displayNameEn.slice(0, 300) };
    const existing = await this.users.findOneBy({ nationalId: person.nationalId });
    if (existing) {
      if (existing.displayNameTh !== names.displayNameTh || existing.displayNameEn !== names.displayNameEn) {
        await this.transactions.run((manager) => manager.update(UserEntity, { id: existing.id }, names));
        Object.assign(existing, names);
      }
      return existing;
    }
    const suffix = randomBytes(6).toString('hex');
    try {
      await this.transactions.run((manager) =>
        manager.insert(UserEntity, {
          id: `user-citizen-${suffix}`,
          username: `citizen.${suffix}`,
          ...names,
          nationalId: person.nationalId,
          roles: ['applicant'],
          agencyId: null,
          createdAt: new Date(),
        }),
      );
      this.logger.log(`New applicant account citizen.${suffix} from a Digital ID sign-in`);
    } catch (error) {
      if (!(await this.users.existsBy({ nationalId: person.nationalId }))) throw error;
    }
    return this.users.findOneByOrFail({ nationalId: person.nationalId });
  }

  async findUser(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  async findAgency(id: string): Promise<AgencyEntity | null> {
    return this.agencies.findOneBy({ id });
  }

  /** The local office that serves a subdistrict, if any. */
  async localOfficeServing(subdistrictCode: string): Promise<AgencyEntity | null> {
    const area = await this.areas.findOneBy({ subdistrictCode });
    return area ? this.agencies.findOneBy({ id: area.agencyId }) : null;
  }
}
