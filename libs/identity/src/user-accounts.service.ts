import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { TransactionRunner } from '@bizportal/database';
import { ROLES, type Role } from '@bizportal/engine';
import { OFFICE_ROLES } from './authenticated-user';
import { AgencyEntity, UserEntity } from './entities';
import { IdentityErrors } from './identity-errors';
import { StaffInvitationEntity } from './offices/staff-invitation.entity';
import { Sessions } from './sessions/sessions.service';
import { UserDirectory } from './user-directory.service';

/** Roles a person's account may hold (`system` is the engine's own actor). */
const ACCOUNT_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'system');

/** Changes to accounts. A change that alters what someone may do ends her sessions. */
@Injectable()
export class UserAccounts {
  private readonly logger = new Logger(UserAccounts.name);

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
    @InjectRepository(StaffInvitationEntity) private readonly invitations: Repository<StaffInvitationEntity>,
    private readonly transactions: TransactionRunner,
    private readonly sessions: Sessions,
    private readonly directory: UserDirectory,
  ) {}

  /**
   * The portal account of a citizen identified by national ID: the existing one (a seeded demo user included, whatever
   * its roles), its names brought up to date, or a new applicant. Two first sign-ins at once make one account
   * (users.national_id is unique).
   */
  async findOrCreateCitizen(person: { nationalId: string; displayNameTh: string; displayNameEn: string }): Promise<UserEntity> {
    const account = await this.findOrCreateAccount(person);
    return (await this.acceptOpenInvitation(account)) ?? account;
  }

  /**
   * A staff invitation open for her national ID (LocalOffices.invite) becomes her account's roles and office, with the
   * invitation marked accepted, in one transaction; her other open sessions end. The conditional UPDATE makes a
   * revocation at the same moment win or lose whole. An account that has come to hold other roles since the
   * invitation keeps them, and the invitation stays open (logged).
   */
  private async acceptOpenInvitation(account: UserEntity): Promise<UserEntity | null> {
    if (!account.nationalId) return null;
    const invitation = await this.invitations.findOneBy({ nationalId: account.nationalId, acceptedAt: IsNull(), revokedAt: IsNull() });
    if (!invitation) return null;
    if (account.roles.some((role) => role !== 'applicant')) {
      this.logger.warn(`Invitation ${invitation.id} not accepted: account ${account.username} holds ${account.roles.join(', ')}`);
      return null;
    }
    const accepted = await this.transactions.run(async (manager) => {
      const now = new Date();
      const result = await manager.update(StaffInvitationEntity, { id: invitation.id, acceptedAt: IsNull(), revokedAt: IsNull() }, { acceptedAt: now, acceptedUserId: account.id });
      if ((result.affected ?? 0) === 0) return false;
      await manager.update(UserEntity, { id: account.id }, { roles: invitation.roles, agencyId: invitation.agencyId });
      await this.sessions.revokeAllOf(manager, account.id);
      return true;
    });
    if (!accepted) return null;
    this.sessions.forgetUser(account.id);
    this.logger.log(`Invitation ${invitation.id} accepted: ${account.username} is now ${invitation.roles.join(', ')} at ${invitation.agencyId}`);
    return { ...account, roles: invitation.roles, agencyId: invitation.agencyId };
  }

  private async findOrCreateAccount(person: { nationalId: string; displayNameTh: string; displayNameEn: string }): Promise<UserEntity> {
    const names = { displayNameTh: person.displayNameTh.slice(0, 300), displayNameEn: person.displayNameEn.slice(0, 300) };
    const existing = await this.users.findOneBy({ nationalId: person.nationalId });
    if (existing) {
      if (existing.displayNameTh !== names.displayNameTh || existing.displayNameEn !== names.displayNameEn) {
        await this.transactions.run((manager) => manager.update(UserEntity, { id: existing.id }, names));
        this.sessions.forgetUser(existing.id);
        this.directory.forgetName('user', existing.id);
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

  /**
   * Gives an account other roles or another office. Her open sessions end in the same transaction, so a
   * demoted officer cannot go on acting with the token she has: she signs in again with what she now holds.
   */
  async changeRoles(userId: string, change: { roles: Role[]; agencyId: string | null }): Promise<UserEntity> {
    const roles = [...new Set(change.roles)];
    const unknown = roles.filter((role) => !ACCOUNT_ROLES.includes(role));
    if (roles.length === 0) throw IdentityErrors.create('ROLES_INVALID', { problem: 'an account needs at least one role' });
    if (unknown.length > 0) throw IdentityErrors.create('ROLES_INVALID', { problem: `unknown roles ${unknown.join(', ')} (one of ${ACCOUNT_ROLES.join(', ')})` });
    if (change.agencyId === null && roles.some((role) => OFFICE_ROLES.includes(role))) {
      throw IdentityErrors.create('ROLES_INVALID', { problem: `${OFFICE_ROLES.join(', ')} work in an office: name its agencyId` });
    }
    const account = await this.users.findOneBy({ id: userId });
    if (!account) throw IdentityErrors.create('USER_NOT_FOUND', { id: userId });
    if (change.agencyId !== null && !(await this.agencies.existsBy({ id: change.agencyId }))) throw IdentityErrors.create('AGENCY_NOT_FOUND', { id: change.agencyId });
    if (account.agencyId === change.agencyId && [...account.roles].sort().join() === [...roles].sort().join()) return account;

    const ended = await this.transactions.run(async (manager) => {
      await manager.update(UserEntity, { id: userId }, { roles, agencyId: change.agencyId });
      return this.sessions.revokeAllOf(manager, userId);
    });
    this.sessions.forgetUser(userId);
    this.logger.log(`Account ${account.username} now holds ${roles.join(', ')}${change.agencyId ? ` at ${change.agencyId}` : ''}; ${ended} open sessions ended`);
    return { ...account, roles, agencyId: change.agencyId };
  }
}
