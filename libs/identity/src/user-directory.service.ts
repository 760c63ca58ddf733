import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
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

  async findAgency(id: string): Promise<AgencyEntity | null> {
    return this.agencies.findOneBy({ id });
  }

  /** The local office that serves a subdistrict, if any. */
  async localOfficeServing(subdistrictCode: string): Promise<AgencyEntity | null> {
    const area = await this.areas.findOneBy({ subdistrictCode });
    return area ? this.agencies.findOneBy({ id: area.agencyId }) : null;
  }
}
