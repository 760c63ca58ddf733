import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { DomainError, type FieldProblem } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import { actorOf, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicantDataService, applicantChoiceOf } from '../applicant-data';
import { ApplicationSupport, ConsentErrors, CURRENT_PRIVACY_NOTICE, DraftApplications, newTrackingNumber } from '../applications';
import { CatalogueErrors, CatalogueService } from '../catalogue';
import { ApplicationErrors, WorkflowTransitions, type ApplicationEntity, type PreparedTransition } from '../core';
import { BundleEntity } from './bundle.entity';
import { BundleErrors } from './bundles-errors';
import type { BundlePrivacyConsentDto, CreateBundleDto } from './bundles.dto';

/** The refusals that make one licence impossible to apply for here: it names that licence, not the whole request. */
const LICENCE_REFUSALS: readonly string[] = [
  CatalogueErrors.code.LICENCE_TYPE_UNKNOWN,
  CatalogueErrors.code.LICENCE_TYPE_NOT_OPEN,
  CatalogueErrors.code.BUSINESS_DOES_NOT_NEED_LICENCE,
  ApplicationErrors.code.KIND_NOT_OFFERED,
  ApplicationErrors.code.NO_LOCAL_OFFICE,
  ApplicationErrors.code.NO_RESPONSIBLE_OFFICE,
  ApplicationErrors.code.FORM_INVALID,
];

/**
 * Several licences of one business applied for together (issue 17 part 2): the shared data (applicant, premises,
 * business, shared form fields) entered once, one draft per licence made in one transaction with the bundle, and
 * the drafts submitted together through `WorkflowTransitions.commitTogether` (all or none). After that each is an
 * ordinary application with its own workflow, office and timeline: a refusal of one leaves the others going.
 */
@Injectable()
export class Bundles {
  constructor(
    @InjectRepository(BundleEntity) private readonly bundles: Repository<BundleEntity>,
    private readonly support: ApplicationSupport,
    private readonly drafts: DraftApplications,
    private readonly catalogue: CatalogueService,
    private readonly applicantData: ApplicantDataService,
    private readonly transitions: WorkflowTransitions,
    private readonly transactions: TransactionRunner,
  ) {}

  async create(user: AuthenticatedUser, request: CreateBundleDto) {
    await this.drafts.checkPremises(request.premises);
    const holder = await this.applicantData.holderFor(user, applicantChoiceOf(request.applicant), request.confirmApplicantData === true);
    const now = new Date();
    const bundle: BundleEntity = {
      id: randomUUID(),
      referenceNumber: newTrackingNumber(now, 'BN'),
      applicantId: user.id,
      holderType: holder.type,
      holderId: holder.id,
      business: request.business,
      premises: { ...request.premises },
      createdAt: now,
    };
    // Every licence is tried before anything is written, so the answer names all that cannot be applied for here.
    const apps: ApplicationEntity[] = [];
    const refused: FieldProblem[] = [];
    for (const [i, slug] of request.licenceTypes.entries()) {
      try {
        const licenceType = await this.catalogue.licenceTypeNamedInRequest(slug, `licenceTypes[${i}]`);
        await this.catalogue.assertBusinessNeeds(request.business, slug);
        const workflow = await this.drafts.workflowOffering(slug, licenceType.currentVersion, 'new');
        apps.push(
          await this.drafts.draft(user, workflow, licenceType.currentVersion, {
            licenceType: slug,
            kind: 'new',
            business: request.business,
            premises: request.premises,
            holder,
            form: this.drafts.sharedFieldsFor(workflow, request.form ?? {}),
            bundleId: bundle.id,
          }),
        );
      } catch (error) {
        if (!(error instanceof DomainError) || !LICENCE_REFUSALS.includes(error.code)) throw error;
        refused.push({ field: `licenceTypes[${i}]`, problem: `${slug}: ${error.code}: ${error.message}` });
      }
    }
    // The bundle lists its applications by creation time: one millisecond apart at least keeps the order she chose.
    apps.forEach((app, i) => {
      if (i > 0 && app.createdAt <= apps[i - 1].createdAt) app.createdAt = new Date(apps[i - 1].createdAt.getTime() + 1);
    });
    if (refused.length > 0) {
      throw BundleErrors.create('BUNDLE_LICENCE_NOT_APPLICABLE', { licences: refused.map((r) => r.problem.split(':')[0]).join(', ') }, refused);
    }
    await this.transactions.run(async (manager) => {
      await manager.insert(BundleEntity, bundle);
      for (const app of apps) await this.support.store.insert(manager, app);
    });
    return this.view(bundle, apps);
  }

  /** The applicant's bundles, newest first. */
  async list(user: AuthenticatedUser) {
    const bundles = await this.bundles.find({ where: { applicantId: user.id }, order: { createdAt: 'DESC' }, take: 100 });
    const apps = await this.support.store.inBundles(bundles.map((b) => b.id));
    return Promise.all(bundles.map((b) => this.view(b, apps.filter((a) => a.bundleId === b.id))));
  }

  async get(user: AuthenticatedUser, id: string) {
    const bundle = await this.load(user, id);
    return this.view(bundle, await this.support.store.inBundles([bundle.id]));
  }

  /**
   * Submits every draft of the bundle together, with the one consent given for all: each SUBMIT is decided first (its
   * form, documents, confirmed data), and if any would be refused nothing is submitted and the answer names each one
   * and why; otherwise all are committed in one transaction.
   */
  async submit(user: AuthenticatedUser, id: string, consent: BundlePrivacyConsentDto) {
    const bundle = await this.load(user, id);
    if (consent.noticeVersion !== CURRENT_PRIVACY_NOTICE.version) {
      throw ConsentErrors.create('PRIVACY_NOTICE_NOT_CURRENT', { given: consent.noticeVersion, current: CURRENT_PRIVACY_NOTICE.version }, [
        { field: 'privacyConsent.noticeVersion', problem: `must be the current version, "${CURRENT_PRIVACY_NOTICE.version}"` },
      ]);
    }
    const apps = await this.support.store.inBundles([bundle.id]);
    const drafts = apps.filter((a) => a.status === 'draft');
    if (drafts.length === 0) throw BundleErrors.create('BUNDLE_NOTHING_TO_SUBMIT');
    const prepared: PreparedTransition[] = [];
    const problems: FieldProblem[] = [];
    for (const app of drafts) {
      const field = `applications[${apps.indexOf(app)}]`;
      if (app.applicantDataConfirmedAt === null) {
        problems.push({ field, problem: `${app.trackingNumber} (${app.licenceType}): APPLICANT_DATA_NOT_CONFIRMED: confirm the government data first` });
        continue;
      }
      try {
        prepared.push(await this.transitions.prepare(app, { type: 'SUBMIT', actor: actorOf(user), data: { privacyConsent: { noticeVersion: consent.noticeVersion, agreed: true } } }));
      } catch (error) {
        if (!(error instanceof DomainError) || error.kind === 'internal') throw error;
        problems.push({ field, problem: `${app.trackingNumber} (${app.licenceType}): ${error.code}: ${error.message}` });
      }
    }
    if (problems.length > 0) {
      throw BundleErrors.create('BUNDLE_NOT_READY', { applications: problems.map((p) => p.problem.split(':')[0]).join(', ') }, problems);
    }
    await this.transitions.commitTogether(prepared);
    return this.view(bundle, await this.support.store.inBundles([bundle.id]));
  }

  /** The applications of a bundle the caller made (for paying them together). */
  async applicationsOf(user: AuthenticatedUser, id: string): Promise<ApplicationEntity[]> {
    return this.support.store.inBundles([(await this.load(user, id)).id]);
  }

  /** The bundle if the caller made it; anyone else, staff included, gets 404 (each application has its own access rule). */
  private async load(user: AuthenticatedUser, id: string): Promise<BundleEntity> {
    const bundle = await this.bundles.findOneBy({ id });
    if (!bundle || bundle.applicantId !== user.id) throw BundleErrors.create('BUNDLE_NOT_FOUND', { id });
    return bundle;
  }

  private async view(bundle: BundleEntity, apps: ApplicationEntity[]) {
    const [summaries, business] = await Promise.all([this.support.summaries(apps), this.catalogue.business(bundle.business).catch(() => null)]);
    const applications = await Promise.all(
      summaries.map(async (summary, i) => {
        const { definition } = await this.support.facts.workflowOf(apps[i]);
        return {
          ...summary,
          fees: definition.fees.map((fee) => ({ code: fee.code, label: fee.label ?? { th: 'ค่าธรรมเนียม', en: 'Fee' }, amountSatang: fee.amountSatang ?? 0 })),
        };
      }),
    );
    return {
      id: bundle.id,
      referenceNumber: bundle.referenceNumber,
      business: { slug: bundle.business, name: business ? { th: business.nameTh, en: business.nameEn } : { th: bundle.business, en: bundle.business } },
      premises: bundle.premises,
      holder: { type: bundle.holderType, name: { th: apps[0]?.holderNameTh ?? '', en: apps[0]?.holderNameEn ?? '' } },
      createdAt: bundle.createdAt,
      drafts: apps.filter((a) => a.status === 'draft').length,
      applications,
    };
  }
}
