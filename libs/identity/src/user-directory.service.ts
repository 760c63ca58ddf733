import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { In, Repository } from 'typeorm';
import { placeholderOf } from '@bizportal/database';
import type { Role } from '@bizportal/engine';
import { AgencyAreaEntity, AgencyEntity, UserEntity } from './entities';

/** An office or an account by id, with its Thai and English name. */
export interface NamedRecord {
  id: string;
  name: { th: string; en: string };
}

/**
 * How long this process shows an office's or an account's name without reading it again. A name changes when a
 * Digital ID sign-in brings a new one or the seed files rename an office; this process forgets its copy at once
 * (`forgetName`), another process within this time.
 */
export const NAMES_MAX_AGE_MS = 60_000;

/** Lookups of accounts and offices, for the other libraries. */
@Injectable()
export class UserDirectory {
  /** Names shown beside records, by `agency:<id>` or `user:<id>` (an application's answer after every step reads them). */
  private readonly names = new LRUCache<string, NamedRecord>({ max: 20_000, ttl: NAMES_MAX_AGE_MS });

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
    const agencies = new Map<string, NamedRecord>();
    const users = new Map<string, NamedRecord>();
    const missingAgencies = [...new Set(agencyIds)].filter((id) => !this.keptName(agencies, `agency:${id}`, id));
    const missingUsers = [...new Set(userIds)].filter((id) => !this.keptName(users, `user:${id}`, id));
    const placeholder = placeholderOf(this.users.manager);
    const params: string[] = [];
    const inList = (ids: readonly string[]) => ids.map((id) => placeholder(params.push(id))).join(', ');
    const parts: string[] = [];
    if (missingAgencies.length > 0) parts.push(`SELECT 'agency' AS kind, id, name_th AS th, name_en AS en FROM agencies WHERE id IN (${inList(missingAgencies)})`);
    if (missingUsers.length > 0) parts.push(`SELECT 'user' AS kind, id, display_name_th AS th, display_name_en AS en FROM users WHERE id IN (${inList(missingUsers)})`);
    const rows: { kind: 'agency' | 'user'; id: string; th: string; en: string }[] = parts.length > 0 ? await this.users.query(parts.join(' UNION ALL '), params) : [];
    for (const row of rows) {
      const record = { id: row.id, name: { th: row.th, en: row.en } };
      this.names.set(`${row.kind}:${row.id}`, record);
      (row.kind === 'agency' ? agencies : users).set(row.id, record);
    }
    return { agencies, users };
  }

  /** After a change to an office's or an account's name has committed: this process reads it again on next use. */
  forgetName(kind: 'agency' | 'user', id: string): void {
    this.names.delete(`${kind}:${id}`);
  }

  private keptName(into: Map<string, NamedRecord>, key: string, id: string): boolean {
    const kept = this.names.get(key);
    if (kept) into.set(id, kept);
    return kept !== undefined;
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
