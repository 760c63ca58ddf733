import { createHash, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import type { DomainError } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import type { CompiledWorkflow, DocumentRequirement } from '@bizportal/engine';
import type { AuthenticatedUser } from '@bizportal/identity';
import { ApplicationSupport } from '../applications';
import { DocumentRequirements, type ApplicationEntity, type DocumentRequirementsProvider } from '../core';
import { ApplicationDocumentEntity } from './application-document.entity';
import { DocumentErrors } from './document-errors';
import { DocumentScanner } from './document-scanner';
import { DocumentStorage } from './document-storage';

/** An uploaded file as multer hands it over (memory storage). */
export interface UploadedDocumentFile {
  buffer: Buffer;
  originalname: string;
}

export interface DocumentContent {
  document: ApplicationDocumentEntity;
  content: Buffer;
}

/**
 * The states in which the applicant may upload or replace documents: the machine's initial state (the
 * draft) and every state a REQUEST_INFO transition leads to (the office asked for more information).
 */
export function uploadStates(workflow: CompiledWorkflow): Set<string> {
  const machine = workflow.definition.machine;
  const states = new Set<string>([machine.initial]);
  for (const state of Object.values(machine.states)) {
    const entry = state.on?.REQUEST_INFO;
    if (!entry) continue;
    for (const t of Array.isArray(entry) ? entry : [entry]) {
      const target = typeof t === 'string' ? t : t.target;
      if (target) states.add(target);
    }
  }
  return states;
}

/** Biz Portal's power of attorney (หนังสือมอบอำนาจ), for an agency that still asks for it on paper (docs/architecture.md section 24). */
export const POWER_OF_ATTORNEY: DocumentRequirement = {
  code: 'power-of-attorney',
  label: { th: 'หนังสือมอบอำนาจ (แนบเมื่อหน่วยงานยังขอเอกสาร)', en: 'Power of attorney (attach it where the agency still asks for it on paper)' },
  required: false,
};

/**
 * The documents an application takes: its licence type's and, for one an agent filed under a grant, the power of
 * attorney as an optional document unless the licence type lists it already.
 */
export function documentsOf(app: Pick<ApplicationEntity, 'agentGrantId'>, workflow: CompiledWorkflow): DocumentRequirement[] {
  const listed = workflow.definition.documents;
  return app.agentGrantId && !listed.some((d) => d.code === POWER_OF_ATTORNEY.code) ? [...listed, POWER_OF_ATTORNEY] : listed;
}

/** The applicant's file name, without path, control or bidirectional characters, at most 255 characters. */
export function cleanFilename(name: string, extension: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069"]/g, '').trim();
  return (clean || `document.${extension}`).slice(0, 255);
}

/**
 * Uploads, lists and reads the documents of applications; the only writer of `application_documents`.
 * An upload writes the object first and then the row (superseding the current one) in a transaction; if the
 * transaction fails the object is deleted, so no row ever names missing bytes.
 */
@Injectable()
@DocumentRequirements()
export class DocumentsService implements DocumentRequirementsProvider {
  private readonly logger = new Logger(DocumentsService.name);

  constructor(
    @InjectRepository(ApplicationDocumentEntity) private readonly documents: Repository<ApplicationDocumentEntity>,
    private readonly support: ApplicationSupport,
    private readonly storage: DocumentStorage,
    private readonly scanner: DocumentScanner,
    private readonly transactions: TransactionRunner,
  ) {}

  async missingRequired(app: ApplicationEntity, workflow: CompiledWorkflow): Promise<DocumentRequirement[]> {
    const required = workflow.definition.documents.filter((d) => d.required);
    if (required.length === 0) return [];
    const current = await this.current(app.id);
    const present = new Set(current.map((d) => d.code));
    return required.filter((d) => !present.has(d.code));
  }

  /** The current (not superseded) documents of an application, oldest upload first. */
  current(applicationId: string): Promise<ApplicationDocumentEntity[]> {
    return this.documents.find({ where: { applicationId, supersededAt: IsNull() }, order: { uploadedAt: 'ASC' } });
  }

  async upload(user: AuthenticatedUser, applicationId: string, code: string, file: UploadedDocumentFile | undefined) {
    const app = await this.support.loadForViewing(applicationId, user);
    if (app.applicantId !== user.id) throw DocumentErrors.create('ONLY_APPLICANT_MAY_UPLOAD');
    const workflow = await this.support.facts.workflowOf(app);
    const takes = documentsOf(app, workflow);
    const requirement = takes.find((d) => d.code === code);
    if (!requirement) {
      const codes = takes.map((d) => d.code).join(', ') || 'none';
      throw DocumentErrors.create('DOCUMENT_CODE_UNKNOWN', { code, licenceType: app.licenceType, codes }, { allowed: takes.map((d) => d.code) });
    }
    const editable = uploadStates(workflow);
    if (!editable.has(app.state)) throw notEditable(app);
    if (!file) throw DocumentErrors.create('DOCUMENT_FILE_MISSING');

    const scanned = await this.scanner.scan(file.buffer);
    const now = new Date();
    const id = randomUUID();
    const document: ApplicationDocumentEntity = Object.assign(new ApplicationDocumentEntity(), {
      id,
      applicationId: app.id,
      code,
      filename: cleanFilename(file.originalname, scanned.extension),
      contentType: scanned.contentType,
      sizeBytes: file.buffer.length,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      storageKey: `applications/${app.id}/${id}`,
      uploadedBy: user.id,
      uploadedAt: now,
      supersededAt: null,
      supersededBy: null,
    });

    try {
      await this.storage.put(document.storageKey, file.buffer, document.contentType);
    } catch (error) {
      // A partial object may exist; it is removed like any other failed upload.
      await this.removeObject(document.storageKey);
      throw storageUnavailable(error, this.logger);
    }
    try {
      await this.transactions.run(async (manager) => {
        // Checked again inside the transaction: the application may have been submitted meanwhile.
        const fresh = await this.support.store.findById(app.id, manager);
        if (!fresh || !editable.has(fresh.state)) throw notEditable(fresh ?? app);
        await manager.update(ApplicationDocumentEntity, { applicationId: app.id, code, supersededAt: IsNull() }, { supersededAt: now, supersededBy: id });
        await manager.insert(ApplicationDocumentEntity, document);
      });
    } catch (error) {
      await this.removeObject(document.storageKey);
      throw error;
    }
    return this.documentView(document, requirement);
  }

  private async removeObject(key: string): Promise<void> {
    try {
      await this.storage.delete(key);
    } catch (error) {
      this.logger.error(`Could not delete the stored object ${key} of a failed upload: ${(error as Error).message}`);
    }
  }

  async list(user: AuthenticatedUser, applicationId: string) {
    const app = await this.support.loadForViewing(applicationId, user);
    const workflow = await this.support.facts.workflowOf(app);
    const rows = await this.documents.find({ where: { applicationId: app.id }, order: { uploadedAt: 'ASC', id: 'ASC' } });
    const takes = documentsOf(app, workflow);
    const requirementOf = (code: string) => takes.find((d) => d.code === code);
    const current = rows.filter((r) => r.supersededAt === null);
    const present = new Set(current.map((r) => r.code));
    const missing = takes.filter((d) => d.required && !present.has(d.code));
    return {
      applicationId: app.id,
      complete: missing.length === 0,
      canUpload: app.applicantId === user.id && uploadStates(workflow).has(app.state),
      documents: current.map((r) => this.documentView(r, requirementOf(r.code))),
      superseded: rows.filter((r) => r.supersededAt !== null).map((r) => this.documentView(r, requirementOf(r.code))),
      missing: missing.map((d) => ({ code: d.code, label: d.label })),
      requirements: takes.map((d) => ({ code: d.code, label: d.label, required: d.required })),
    };
  }

  async read(user: AuthenticatedUser, applicationId: string, documentId: string): Promise<DocumentContent> {
    const app = await this.support.loadForViewing(applicationId, user);
    const document = await this.documents.findOneBy({ id: documentId, applicationId: app.id });
    if (!document) throw DocumentErrors.create('DOCUMENT_NOT_FOUND', { applicationId, documentId });
    let content: Buffer | null;
    try {
      content = await this.storage.get(document.storageKey);
    } catch (error) {
      throw storageUnavailable(error, this.logger);
    }
    if (!content || createHash('sha256').update(content).digest('hex') !== document.sha256) {
      this.logger.error(`Document ${document.id} (${document.storageKey}) is ${content ? 'changed' : 'missing'} in the ${this.storage.kind} store`);
      throw DocumentErrors.create('DOCUMENT_INTEGRITY_FAILED', { documentId });
    }
    return { document, content };
  }

  private documentView(row: ApplicationDocumentEntity, requirement: DocumentRequirement | undefined) {
    return {
      id: row.id,
      code: row.code,
      label: requirement?.label ?? { th: row.code, en: row.code },
      required: requirement?.required ?? false,
      filename: row.filename,
      contentType: row.contentType,
      sizeBytes: row.sizeBytes,
      sha256: row.sha256,
      uploadedAt: row.uploadedAt,
      uploadedBy: row.uploadedBy,
      supersededAt: row.supersededAt,
      supersededBy: row.supersededBy,
    };
  }
}

function notEditable(app: ApplicationEntity): DomainError {
  return DocumentErrors.create('DOCUMENTS_NOT_EDITABLE', { state: app.state }, { state: app.state, status: app.status });
}

function storageUnavailable(error: unknown, logger: Logger): DomainError {
  logger.error(`Document store: ${(error as Error).message}`);
  return DocumentErrors.create('DOCUMENT_CONTENT_UNAVAILABLE', { detail: (error as Error).name ?? 'error' });
}
