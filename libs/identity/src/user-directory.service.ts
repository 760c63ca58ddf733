import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { placeholderOf } from '@bizportal/database';
import type { Role } from '@bizportal/engine';
import { AgencyAreaEntity, AgencyEntity, UserEntity } from './entities';

/** An office or an account by id, with its Thai and English name. */
export interface NamedRecord {
  id: string;
  name: { th: string; en: string };
}

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

  /**
   * The names shown beside records: some offices' and some accounts' display names, in one statement without the
   * query builder or entities (an application's answer after every step, a list page's items). Missing ones are left out.
   */
  async namesOf(agencyIds: readonly string[], userIds: readonly string[]): Promise<{ agencies: Map<string, NamedRecord>; users: Map<string, NamedRecord> }> {
    const placeholder = placeholderOf(this.users.manager);
    const params: string[] = [];
    const inList = (ids: readonly string[]) => [...new Set(ids)].map((id) => placeholder(params.push(id))).join(', ');
    const parts: string[] = [];
    if (agencyIds.length > 0) parts.push(`SELECT 'agency' AS kind, id, name_th AS th, name_en AS en FROM agencies WHERE id IN (${inList(agencyIds)})`);
    if (userIds.length > 0) parts.push(`SELECT 'user' AS kind, id, display_name_th AS th, display_name_en AS en FROM users WHERE id IN (${inList(userIds)})`);
    const rows: { kind: 'agency' | 'user'; id: string; th: string; en: string }[] = parts.length > 0 ? await this.users.query(parts.join(' UNION ALL '), params) : [];
    const of = (kind: 'agency' | 'user') => new Map(rows.filter((r) => r.kind === kind).map((r): [string, NamedRecord] => [r.id, { id: r.id, name: { th: r.th, en: r.en } }]));
    return { agencies: of('agency'), users: of('user') };
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
