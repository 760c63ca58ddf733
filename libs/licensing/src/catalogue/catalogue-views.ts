import { Injectable } from '@nestjs/common';
import { formatBaht } from '@bizportal/common';
import { STATUSES, type WorkflowDefinition } from '@bizportal/engine';
import { CatalogueErrors } from './catalogue-errors';
import type { LicenceTypeEntity } from './catalogue.entities';
import { CatalogueService } from './catalogue.service';
import { foldForSearch, licencesNeeded, quizAnswerProblems, type Quiz, type QuizAnswers } from './quiz';

/** What the public catalogue pages and the Smart Quiz answer: licence types, business types, the licences a business needs. */
@Injectable()
export class CatalogueViews {
  constructor(private readonly catalogue: CatalogueService) {}

  /** Licence types, optionally those whose Thai or English name, or agency, contains `q` (spaces and case ignored). */
  async listLicenceTypes(q?: string) {
    const rows = await this.catalogue.publishedLicenceTypes();
    const summaries = await Promise.all(rows.map(async (row) => licenceTypeSummary((await this.catalogue.workflow(row.slug, row.currentVersion)).definition, row)));
    if (!q?.trim()) return summaries;
    const wanted = foldForSearch(q);
    return summaries.filter((t) =>
      [t.slug, t.name.th, t.name.en, t.agency.name?.th ?? '', t.agency.name?.en ?? ''].some((text) => foldForSearch(text).includes(wanted)),
    );
  }

  /** The licences a business needs for the given Smart Quiz answers, with agency, fee and processing time. */
  async runQuiz(slug: string, answers: QuizAnswers) {
    const business = await this.catalogue.business(slug);
    const quiz = (business.details.quiz ?? { questions: [], rules: {} }) as Quiz;
    const problems = quizAnswerProblems(quiz, answers);
    if (problems.length > 0) {
      throw CatalogueErrors.create('QUIZ_ANSWERS_INVALID', { problems: problems.map((p) => `${p.field} ${p.problem}`).join('; ') }, problems);
    }
    const published = new Map((await this.catalogue.publishedLicenceTypes()).map((t) => [t.slug, t]));
    const licences = await Promise.all(
      licencesNeeded(business.licences, quiz, answers).map(async ({ slug: licence, reason }) => {
        const row = published.get(licence);
        if (!row) return { slug: licence, reason, availableOnline: false, name: null };
        const def = (await this.catalogue.workflow(licence, row.currentVersion)).definition;
        return { ...licenceTypeSummary(def, row), reason, availableOnline: true };
      }),
    );
    return { business: { slug: business.slug, name: { th: business.nameTh, en: business.nameEn } }, answers, licences };
  }

  /**
   * A licence type as its current version describes it, or as an earlier published one does: an application keeps
   * the version it started on, so its form and documents are that version's. Drafts are not shown (404).
   */
  async describeLicenceType(slug: string, version?: number) {
    const row = await this.catalogue.licenceType(slug);
    const def = (await this.catalogue.publishedWorkflow(slug, version ?? row.currentVersion)).definition;
    return {
      ...licenceTypeSummary(def, row),
      version: version ?? row.currentVersion,
      legalBasis: def.legalBasis,
      validity: def.validity,
      fees: def.fees,
      documents: def.documents,
      form: def.form,
      sources: def.sources ?? [],
    };
  }

  async workflowOf(slug: string) {
    const row = await this.catalogue.licenceType(slug);
    const def = (await this.catalogue.workflow(slug, row.currentVersion)).definition;
    return { slug, version: row.currentVersion, statuses: STATUSES, machine: def.machine };
  }

  async listBusinesses() {
    const rows = await this.catalogue.listBusinessRows();
    return rows.map((b) => ({ slug: b.slug, name: { th: b.nameTh, en: b.nameEn }, description: b.details.description ?? null, licenceCount: b.licences.length }));
  }

  async describeBusiness(slug: string) {
    const business = await this.catalogue.business(slug);
    const available = new Map((await this.catalogue.publishedLicenceTypes()).map((t) => [t.slug, t]));
    return {
      slug: business.slug,
      name: { th: business.nameTh, en: business.nameEn },
      ...business.details,
      description: business.details.description ?? null,
      version: business.currentVersion,
      licences: business.licences.map((licence) => {
        const type = available.get(licence);
        return type
          ? { slug: licence, name: { th: type.nameTh, en: type.nameEn }, availableOnline: true }
          : { slug: licence, name: null, availableOnline: false };
      }),
    };
  }

}

const NOT_STATED = { th: 'ไม่ระบุ', en: 'not stated' };

function feeText(def: WorkflowDefinition) {
  const fee = def.fees[0];
  if (!fee || fee.amountSatang === null) return NOT_STATED;
  const range = fee.maxAmountSatang != null && fee.maxAmountSatang > fee.amountSatang;
  const th = range ? `${formatBaht(fee.amountSatang)} – ${formatBaht(fee.maxAmountSatang!)}` : formatBaht(fee.amountSatang);
  return { th, en: th.replaceAll('บาท', 'THB') };
}

function licenceTypeSummary(def: WorkflowDefinition, row: LicenceTypeEntity) {
  return {
    slug: def.slug,
    name: def.name,
    category: def.category ?? 'licence',
    agency: def.agency,
    kinds: def.kinds ?? ['new'],
    processingDays: def.processingDays,
    processingDaysText: def.processingDays === null ? NOT_STATED : { th: `${def.processingDays} วันทำการ`, en: `${def.processingDays} working days` },
    fees: def.fees.map((f) => ({ code: f.code, amountSatang: f.amountSatang, maxAmountSatang: f.maxAmountSatang ?? null, due: f.due })),
    feeText: feeText(def),
    currentVersion: row.currentVersion,
  };
}
