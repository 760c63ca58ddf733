import { createHash, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository, type EntityManager } from 'typeorm';
import { TransactionRunner } from '@bizportal/database';
import { isOfficeStaff, UserDirectory, type AuthenticatedUser } from '@bizportal/identity';
import { ApplicationSupport, ReviewEventErrors } from '../applications';
import { TransitionParticipant, type TransitionChange, type TransitionParticipantProvider } from '../core';
import { DocumentErrors, DocumentScanner, DocumentStorage, type UploadedDocumentFile } from '../documents';
import { InspectionPhotoEntity } from './inspection-photo.entity';
import { InspectionErrors } from './inspections-errors';
import type { InspectionDto, InspectionPersonDto, InspectionPhotoDto } from './inspections.dto';

/**
 * Site inspections: photos the office uploads (checked by the documents' scanner, kept in the documents' store),
 * the photos a RECORD_INSPECTION names (marked used in the step's transaction), and the inspections as the
 * history tells them. Owns `inspection_photos`.
 */
@Injectable()
@TransitionParticipant({ order: 50, events: ['RECORD_INSPECTION'] })
export class InspectionsService implements TransitionParticipantProvider {
  private readonly logger = new Logger(InspectionsService.name);

  constructor(
    @InjectRepository(InspectionPhotoEntity) private readonly photos: Repository<InspectionPhotoEntity>,
    private readonly support: ApplicationSupport,
    private readonly storage: DocumentStorage,
    private readonly scanner: DocumentScanner,
    private readonly users: UserDirectory,
    private readonly transactions: TransactionRunner,
  ) {}

  async upload(user: AuthenticatedUser, applicationId: string, file: UploadedDocumentFile | undefined): Promise<InspectionPhotoDto> {
    const app = await this.support.loadForViewing(applicationId, user);
    if (!isOfficeStaff(user, app.agencyId) || app.agencyId === null) throw InspectionErrors.create('INSPECTION_PHOTO_OFFICE_ONLY');
    if (!file) throw DocumentErrors.create('DOCUMENT_FILE_MISSING');
    const scanned = await this.scanner.scan(file.buffer);
    if (scanned.contentType !== 'image/jpeg' && scanned.contentType !== 'image/png') throw InspectionErrors.create('INSPECTION_PHOTO_TYPE_NOT_ALLOWED');
    const id = randomUUID();
    const photo: InspectionPhotoEntity = {
      id,
      applicationId: app.id,
      contentType: scanned.contentType,
      sizeBytes: file.buffer.length,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      storageKey: `applications/${app.id}/inspection-photos/${id}`,
      uploadedBy: user.id,
      uploadedAt: new Date(),
      usedAt: null,
    };
    try {
      await this.storage.put(photo.storageKey, file.buffer, photo.contentType);
    } catch (error) {
      await this.removeObject(photo.storageKey);
      this.logger.error(`Could not store inspection photo ${id}: ${(error as Error).message}`);
      throw DocumentErrors.create('DOCUMENT_CONTENT_UNAVAILABLE');
    }
    try {
      await this.transactions.run((manager) => manager.insert(InspectionPhotoEntity, photo));
    } catch (error) {
      await this.removeObject(photo.storageKey);
      throw error;
    }
    return { id, mediaType: photo.contentType, sizeBytes: photo.sizeBytes, sha256: photo.sha256, uploadedAt: photo.uploadedAt.toISOString() };
  }

  private async removeObject(key: string): Promise<void> {
    try {
      await this.storage.delete(key);
    } catch (error) {
      this.logger.error(`Could not delete the stored object ${key} of a failed upload: ${(error as Error).message}`);
    }
  }

  async read(user: AuthenticatedUser, applicationId: string, photoId: string): Promise<{ photo: InspectionPhotoEntity; content: Buffer }> {
    const app = await this.support.loadForViewing(applicationId, user);
    const photo = await this.photos.findOneBy({ id: photoId, applicationId: app.id });
    if (!photo) throw InspectionErrors.create('INSPECTION_PHOTO_NOT_FOUND');
    let content: Buffer | null;
    try {
      content = await this.storage.get(photo.storageKey);
    } catch {
      throw DocumentErrors.create('DOCUMENT_CONTENT_UNAVAILABLE');
    }
    if (!content || createHash('sha256').update(content).digest('hex') !== photo.sha256) {
      this.logger.error(`Inspection photo ${photo.id} (${photo.storageKey}) is ${content ? 'changed' : 'missing'} in the ${this.storage.kind} store`);
      throw DocumentErrors.create('DOCUMENT_INTEGRITY_FAILED', { documentId: photo.id });
    }
    return { photo, content };
  }

  /** RECORD_INSPECTION's photoIds must be unused photos of this application; they are marked used with the step. */
  async participate(manager: EntityManager, { app, event, at }: TransitionChange): Promise<void> {
    const ids = (event.data?.photoIds ?? []) as string[];
    if (ids.length === 0) return;
    const usable = await manager.find(InspectionPhotoEntity, { where: { id: In(ids), applicationId: app.id, usedAt: IsNull() } });
    const bad = ids.filter((id) => !usable.some((p) => p.id === id));
    if (bad.length > 0) {
      throw ReviewEventErrors.create('INSPECTION_PHOTOS_INVALID', { photoIds: bad.join(', ') }, bad.map((id) => ({ field: `data.photoIds.${ids.indexOf(id)}`, problem: 'is not an unused inspection photo of this application' })));
    }
    const marked = await manager.update(InspectionPhotoEntity, { id: In(ids), applicationId: app.id, usedAt: IsNull() }, { usedAt: at });
    if (marked.affected !== ids.length) throw ReviewEventErrors.create('INSPECTION_PHOTOS_INVALID', { photoIds: ids.join(', ') });
  }

  /** Each scheduled inspection with the result recorded after it (a result without a schedule stands alone), oldest first. */
  async list(user: AuthenticatedUser, applicationId: string): Promise<InspectionDto[]> {
    const app = await this.support.loadForViewing(applicationId, user);
    const history = (await this.support.store.history(app.id)).filter((e) => e.type === 'SCHEDULE_INSPECTION' || e.type === 'RECORD_INSPECTION');
    const photoIds = history.flatMap((e) => (e.type === 'RECORD_INSPECTION' ? ((e.data?.photoIds as string[] | undefined) ?? []) : []));
    const photos = photoIds.length > 0 ? await this.photos.findBy({ id: In(photoIds), applicationId: app.id }) : [];
    const names = new Map<string, InspectionPersonDto>();
    const person = async (id: unknown): Promise<InspectionPersonDto | null> => {
      if (typeof id !== 'string') return null;
      if (!names.has(id)) {
        const found = await this.users.findUser(id);
        names.set(id, { id, displayName: found ? { th: found.displayNameTh, en: found.displayNameEn } : null });
      }
      return names.get(id)!;
    };
    const inspections: InspectionDto[] = [];
    for (const e of history) {
      const data = (e.data ?? {}) as Record<string, unknown>;
      if (e.type === 'SCHEDULE_INSPECTION') {
        const window = data.window as { from: string; to: string } | undefined;
        inspections.push({
          scheduledAt: e.createdAt.toISOString(),
          date: typeof data.date === 'string' ? data.date : null,
          window: window ? { from: window.from, to: window.to } : null,
          inspector: await person(data.inspectorId),
          notes: typeof data.notes === 'string' ? data.notes : null,
          result: null,
          findings: null,
          resultNotes: null,
          photos: [],
          recordedBy: null,
          recordedAt: null,
        });
        continue;
      }
      const open = inspections.findLast((i) => i.result === null && i.scheduledAt !== null);
      const entry: InspectionDto = open ?? { scheduledAt: null, date: null, window: null, inspector: null, notes: null, result: null, findings: null, resultNotes: null, photos: [], recordedBy: null, recordedAt: null };
      if (!open) inspections.push(entry);
      const findings = data.findings as { item: string; ok: boolean; note?: string }[] | undefined;
      entry.result = data.result === 'fail' ? 'fail' : 'pass';
      entry.findings = findings ? findings.map((f) => ({ item: f.item, ok: f.ok, note: f.note ?? null })) : null;
      entry.resultNotes = typeof data.notes === 'string' ? data.notes : null;
      entry.photos = ((data.photoIds as string[] | undefined) ?? [])
        .map((id) => photos.find((p) => p.id === id))
        .filter((p) => p !== undefined)
        .map((p) => ({ id: p.id, sha256: p.sha256, mediaType: p.contentType }));
      entry.recordedBy = await person(e.actorId);
      entry.recordedAt = e.createdAt.toISOString();
    }
    return inspections;
  }
}
