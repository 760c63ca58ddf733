import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { QueryDeepPartialEntity } from 'typeorm';
import { ConflictError, ForbiddenError, InvalidInputError } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import type { AuthenticatedUser } from '@bizportal/identity';
import { ApplicationEntity } from '../../entities';
import { ApplicationSupport, type ApplicationView } from '../application-support';
import { concurrentChange, staleVersion } from '../workflow-transitions.service';

export class UpdateApplicationFormCommand extends Command<ApplicationView> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly id: string,
    readonly changes: Record<string, unknown>,
    readonly expectedVersion?: number,
    readonly confirmApplicantData = false,
  ) {
    super();
  }
}

@CommandHandler(UpdateApplicationFormCommand)
export class UpdateApplicationFormHandler implements ICommandHandler<UpdateApplicationFormCommand> {
  constructor(
    private readonly support: ApplicationSupport,
    private readonly transactions: TransactionRunner,
  ) {}

  async execute({ user, id, changes, expectedVersion, confirmApplicantData }: UpdateApplicationFormCommand): Promise<ApplicationView> {
    const app = await this.support.load(id, user);
    if (app.applicantId !== user.id) {
      throw new ForbiddenError('เฉพาะผู้ยื่นคำขอแก้ไขแบบคำขอได้ / Only the applicant may change the form or confirm its data');
    }
    if (app.status !== 'draft' && app.status !== 'needs_documents') {
      throw new ConflictError(
        `แก้ไขแบบคำขอได้เฉพาะเมื่อเป็นแบบร่างหรือรอเอกสารเพิ่มเติม / The form can be changed only while a draft or waiting for more documents; it is '${app.status}'`,
        { state: app.state, status: app.status },
      );
    }
    if (expectedVersion !== undefined && expectedVersion !== app.version) throw staleVersion(app.version, expectedVersion);

    const form: Record<string, unknown> = { ...app.form };
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) delete form[key];
      else form[key] = value;
    }
    const workflow = await this.support.workflowOf(app);
    const problems = this.support.forms.draftProblems(workflow, form);
    if (problems.length > 0) {
      throw new InvalidInputError(`แบบคำขอไม่ถูกต้อง / The form is invalid: ${problems.map((p) => `${p.field} ${p.problem}`).join('; ')}`, problems);
    }
    const now = new Date();
    const confirmed = confirmApplicantData ? { applicantDataConfirmedAt: app.applicantDataConfirmedAt ?? now } : {};
    const next = { form, ...confirmed, version: app.version + 1, updatedAt: now } as QueryDeepPartialEntity<ApplicationEntity>;
    await this.transactions.run(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(ApplicationEntity)
        .set(next)
        .where('id = :id AND version = :version', { id: app.id, version: app.version })
        .execute();
      if (result.affected !== 1) throw concurrentChange();
    });
    return this.support.view(Object.assign(app, { form, ...confirmed, version: app.version + 1, updatedAt: now }), user);
  }
}
