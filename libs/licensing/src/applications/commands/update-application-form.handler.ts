import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@bizportal/database';
import type { AuthenticatedUser } from '@bizportal/identity';
import { ApplicationErrors, concurrentChange, formInvalid, staleVersion } from '../../core';
import { ApplicationSupport, type ApplicationView } from '../application-support';

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
    const app = await this.support.store.load(id, user);
    if (app.applicantId !== user.id) throw ApplicationErrors.create('ONLY_APPLICANT_MAY_EDIT');
    if (app.status !== 'draft' && app.status !== 'needs_documents') {
      throw ApplicationErrors.create('FORM_NOT_EDITABLE', { status: app.status }, { state: app.state, status: app.status });
    }
    if (expectedVersion !== undefined && expectedVersion !== app.version) throw staleVersion(app.version, expectedVersion);

    const form: Record<string, unknown> = { ...app.form };
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) delete form[key];
      else form[key] = value;
    }
    const workflow = await this.support.facts.workflowOf(app);
    const problems = this.support.facts.forms.draftProblems(workflow, form);
    if (problems.length > 0) throw formInvalid(problems);
    const now = new Date();
    const confirmed = confirmApplicantData ? { applicantDataConfirmedAt: app.applicantDataConfirmedAt ?? now } : {};
    await this.transactions.run(async (manager) => {
      if (!(await this.support.store.updateForm(manager, app, { form, ...confirmed }, now))) throw concurrentChange();
    });
    return this.support.view(Object.assign(app, { form, ...confirmed, version: app.version + 1, updatedAt: now }), user);
  }
}
