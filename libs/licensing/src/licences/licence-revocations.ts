import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThanOrEqual, Repository } from 'typeorm';
import type { ApplicationEntity } from '../core';
import { LicenceEntity } from './licence.entity';
import { licenceHolderOf } from './licence-holding';

/** Revoked licences of an application's holder, for the officer's pre-check (libs/licensing/src/prechecks). */
@Injectable()
export class LicenceRevocations {
  constructor(@InjectRepository(LicenceEntity) private readonly licences: Repository<LicenceEntity>) {}

  /** The holder's licences of the application's type revoked at or after `since`, newest first. */
  async ofSameTypeSince(app: ApplicationEntity, since: Date): Promise<{ number: string; revokedAt: Date }[]> {
    const rows = await this.licences.find({
      select: { number: true, statusChangedAt: true },
      where: { ...licenceHolderOf(app), licenceType: app.licenceType, status: 'revoked', statusChangedAt: MoreThanOrEqual(since) },
      order: { statusChangedAt: 'DESC' },
    });
    return rows.map((r) => ({ number: r.number, revokedAt: r.statusChangedAt! }));
  }
}
