import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AgencyEntity, UserEntity } from './entities';
import { IdentityErrors } from './identity-errors';
import { Sessions, type SignedIn } from './sessions/sessions.service';

export interface DevUserView {
  username: string;
  roles: string[];
  agency: { id: string; name: { th: string; en: string } } | null;
  displayName: { th: string; en: string };
}

/** Signing in as any stored user without a password, for the embedded demo and the tests (DEV_LOGIN_ENABLED). */
@Injectable()
export class DevLogin {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
    private readonly sessions: Sessions,
  ) {}

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

  async devLogin(who: { username?: string; nationalId?: string }): Promise<SignedIn> {
    const found = who.username ? await this.users.findOneBy({ username: who.username }) : await this.users.findOneBy({ nationalId: who.nationalId });
    if (!found) throw IdentityErrors.create('DEMO_USER_NOT_FOUND', { who: who.username ? `named '${who.username}'` : `with national ID ${who.nationalId}` });
    return this.sessions.signIn(found);
  }
}
