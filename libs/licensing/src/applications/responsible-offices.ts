import { Injectable } from '@nestjs/common';
import { UserDirectory, type AgencyEntity } from '@bizportal/identity';
import type { WorkflowDefinition } from '@bizportal/engine';
import { provincialOfficeId } from '../catalogue';
import { ApplicationErrors, type Premises } from '../core';

/**
 * Which office handles an application: local licences go to the office serving the premises' subdistrict,
 * provincial ones to the agency's office in the premises' province, central ones to the agency itself.
 */
@Injectable()
export class ResponsibleOffices {
  constructor(private readonly identity: UserDirectory) {}

  /** The office serving the premises today, or null where none does. */
  async serving(agency: WorkflowDefinition['agency'], premises: Pick<Premises, 'provinceCode' | 'subdistrictCode'>): Promise<AgencyEntity | null> {
    if (agency.level === 'local') return this.identity.localOfficeServing(premises.subdistrictCode);
    if (!agency.code) return null;
    return this.identity.findAgency(agency.level === 'provincial' ? provincialOfficeId(agency.code, premises.provinceCode) : agency.code);
  }

  /** The office for a new application's premises; refuses (NO_LOCAL_OFFICE, NO_RESPONSIBLE_OFFICE) where none serves them. */
  async officeFor(agency: WorkflowDefinition['agency'], premises: Premises): Promise<string> {
    const office = await this.serving(agency, premises);
    if (office) return office.id;
    if (agency.level === 'local') {
      throw ApplicationErrors.create('NO_LOCAL_OFFICE', { subdistrict: premises.subdistrictCode }, [
        { field: 'premises.subdistrictCode', problem: `no local office serves ${premises.subdistrictCode}` },
      ]);
    }
    const where = !agency.code
      ? 'this licence type (its definition names no agency code)'
      : agency.level === 'provincial'
        ? `province ${premises.provinceCode}`
        : `agency ${agency.code}`;
    throw ApplicationErrors.create('NO_RESPONSIBLE_OFFICE', { where }, [{ field: 'premises', problem: `no responsible office for ${where}` }]);
  }
}
