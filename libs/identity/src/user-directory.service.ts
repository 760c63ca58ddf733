import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { Role } from '@bizportal/engine';
import { AgencyAreaEntity, AgencyEntity, UserEntity } from './entities';

/** Lookups of accounts and offices, for the other libraries. */
@Injectable()
export class UserDirectory {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
    @InjectRepository(AgencyAreaEntity) private readonly areas: Repository<AgencyAreaEntity>,
  ) {}

  async findUser(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** Several accounts in one query (the missing ones are left out). */
  async findUsers(ids: readonly string[]): Promise<UserEntity[]> {
    const unique = [...new Set(ids)];
    return unique.length === 0 ? [] : this.users.findBy({ id: In(unique) });
  }

  /** The accounts of an office, by username. */
  async usersOfAgency(agencyId: string): Promise<UserEntity[]> {
    return this.users.find({ where: { agencyId }, order: { username: 'ASC' } });
  }

  /** Every account holding `role` (e.g. the auditors), by id. Roles are stored as a JSON array of names. */
  async withRole(role: Role): Promise<UserEntity[]> {
    const candidates = await this.users.createQueryBuilder('u').where('u.roles LIKE :pattern', { pattern: `%"${role}"%` }).orderBy('u.id', 'ASC').getMany();
    return candidates.filter((u) => u.roles.includes(role));
  }

  async findAgency(id: string): Promise<AgencyEntity | null> {
    return this.agencies.findOneBy({ id });
  }

  /** Several offices in one query (the missing ones are left out). */
  async findAgencies(ids: readonly string[]): Promise<AgencyEntity[]> {
    const unique = [...new Set(ids)];
    return unique.length === 0 ? [] : this.agencies.findBy({ id: In(unique) });
  }

  /** The accounts of an office's staff, optionally only those holding one of `roles`. */
  async staffOf(agencyId: string, roles?: readonly Role[]): Promise<UserEntity[]> {
    const staff = await this.users.find({ where: { agencyId }, order: { id: 'ASC' } });
    return roles ? staff.filter((u) => u.roles.some((r) => roles.includes(r))) : staff;
  }

  /** The local office that serves a subdistrict, if any. */
  async localOfficeServing(subdistrictCode: string): Promise<AgencyEntity | null> {
    const area = await this.areas.findOneBy({ subdistrictCode });
    return area ? this.agencies.findOneBy({ id: area.agencyId }) : null;
  }
}
