import { createHash, randomInt, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, In, IsNull, Repository, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import { buddhistYear } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import { actorOf, isOfficeStaff, UserDirectory, type AuthenticatedUser } from '@bizportal/identity';
import { CatalogueService } from '../catalogue';
import { ApplicationStore, Outbox, WorkflowTransitions, type EffectToRecord } from '../core';
import { DocumentErrors, DocumentScanner, DocumentStorage, type UploadedDocumentFile } from '../documents';
import { LicencesService, maskName, type LicenceEntity } from '../licences';
import { bangkokMonth } from '../statistics';
import { CATEGORY_LABEL, EVENT_LABEL, OUTCOME_LABEL, STATUS_LABEL } from './complaint-labels';
import { COMPLAINT_OUTCOMES, COMPLAINT_STATUSES, ComplaintEntity, ComplaintEventEntity, ComplaintPhotoEntity, type ComplaintOutcome, type ComplaintSide, type ComplaintStatus } from './complaint.entities';
import { ComplaintErrors } from './complaints-errors';
import type { DecideComplaintDto, FileComplaintDto, FindLicenceQueryDto } from './complaints.dto';
import type { ComplaintLicenceView, ComplaintStandingView, ComplaintListView, ComplaintPhotoView, ComplaintStatisticsView, ComplaintSummaryView, ComplaintView, PublicComplaintView } from './complaints.views';

const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const WARNING_MAX_DAYS = 180;
type Viewer = ComplaintView['viewerSide'];

interface Change {
  from: readonly ComplaintStatus[];
  action: string;
  type: string;
  status: ComplaintStatus;
  side: ComplaintSide;
  note: string | null;
  data?: Record<string, unknown>;
  set?: Partial<Pick<ComplaintEntity, 'outcome' | 'warningDeadline' | 'holderResponse' | 'holderRespondedAt'>>;
  /** Work in the same transaction: the licence's own step for a suspension or revocation. */
  within?: (manager: EntityManager) => Promise<void>;
  notify: EffectToRecord[];
}

/**
 * Complaints about licensed premises and what the issuing office does about them: triage, inspection, and an outcome
 * (no action, a warning with a deadline, or the licence's own SUSPEND or REVOKE in the same transaction). The
 * complainant is signed in, so the office knows who she is; the holder is not told when she asks to stay anonymous.
 * Owns `complaints`, `complaint_events` and `complaint_photos`; notifications go through the licence's application.
 */
@Injectable()
export class ComplaintsService {
  private readonly logger = new Logger(ComplaintsService.name);

  constructor(
    @InjectRepository(ComplaintEntity) private readonly complaints: Repository<ComplaintEntity>,
    @InjectRepository(ComplaintEventEntity) private readonly events: Repository<ComplaintEventEntity>,
    @InjectRepository(ComplaintPhotoEntity) private readonly photos: Repository<ComplaintPhotoEntity>,
    private readonly licences: LicencesService,
    private readonly applications: ApplicationStore,
    private readonly transitions: WorkflowTransitions,
    private readonly outbox: Outbox,
    private readonly transactions: TransactionRunner,
    private readonly users: UserDirectory,
    private readonly storage: DocumentStorage,
    private readonly scanner: DocumentScanner,
    private readonly catalogue: CatalogueService,
  ) {}

  /** Licences in force or suspended, by number or by part of the premises address. */
  async findLicences(query: FindLicenceQueryDto): Promise<{ items: ComplaintLicenceView[] }> {
    const number = query.number ?? '';
    const address = query.address ?? '';
    if ((number === '') === (address === '') || (address !== '' && [...address].length < 4)) throw ComplaintErrors.create('COMPLAINT_SEARCH_INVALID');
    if (number !== '') {
      const licence = await this.licences.operating(number);
      if (!licence) throw ComplaintErrors.create('COMPLAINT_LICENCE_NOT_FOUND', { number });
      const app = await this.applications.findById(licence.applicationId);
      return { items: [await this.licenceView(licence, app?.premises.address ?? '')] };
    }
    const found = await this.licences.operatingAt(address, 10);
    return { items: await Promise.all(found.map((f) => this.licenceView(f.licence, f.address))) };
  }

  private async licenceView(licence: LicenceEntity, address: string): Promise<ComplaintLicenceView> {
    const view = await this.licences.describePublicly(licence);
    return {
      number: view.number,
      status: view.status,
      statusLabel: view.statusLabel,
      licenceType: view.licenceType,
      issuer: view.issuer,
      address,
      holderMaskedName: maskName(licence.holderName),
    };
  }

  /** A photo for a complaint not yet made: checked as documents are, kept unattached until the complaint names it. */
  async uploadPhoto(user: AuthenticatedUser, file: UploadedDocumentFile | undefined): Promise<ComplaintPhotoView> {
    if (!file) throw DocumentErrors.create('DOCUMENT_FILE_MISSING');
    const scanned = await this.scanner.scan(file.buffer);
    if (scanned.contentType !== 'image/jpeg' && scanned.contentType !== 'image/png') throw ComplaintErrors.create('COMPLAINT_PHOTO_TYPE_NOT_ALLOWED');
    const id = randomUUID();
    const photo: ComplaintPhotoEntity = {
      id,
      complaintId: null,
      uploadedBy: user.id,
      contentType: scanned.contentType,
      sizeBytes: file.buffer.length,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      storageKey: `complaints/photos/${id}`,
      uploadedAt: new Date(),
    };
    const removeObject = () => this.storage.delete(photo.storageKey).catch((e: Error) => this.logger.error(`Could not delete ${photo.storageKey} of a failed upload: ${e.message}`));
    try {
      await this.storage.put(photo.storageKey, file.buffer, photo.contentType);
    } catch (error) {
      await removeObject();
      this.logger.error(`Could not store complaint photo ${id}: ${(error as Error).message}`);
      throw DocumentErrors.create('DOCUMENT_CONTENT_UNAVAILABLE');
    }
    try {
      await this.transactions.run((manager) => manager.insert(ComplaintPhotoEntity, photo));
    } catch (error) {
      await removeObject();
      throw error;
    }
    return photoView(photo);
  }

  async file(user: AuthenticatedUser, body: FileComplaintDto): Promise<ComplaintView> {
    const licence = await this.licences.operating(body.licenceNumber);
    if (!licence) throw ComplaintErrors.create('COMPLAINT_LICENCE_NOT_FOUND', { number: body.licenceNumber });
    if (await this.licences.heldBy(user, licence)) throw ComplaintErrors.create('COMPLAINT_OWN_LICENCE');
    const photoIds = [...new Set(body.photoIds ?? [])];
    const now = new Date();
    const complaint: ComplaintEntity = {
      id: randomUUID(),
      reference: reference(now),
      licenceNumber: licence.number,
      licenceType: licence.licenceType,
      agencyId: licence.agencyId,
      applicationId: licence.applicationId,
      complainantId: user.id,
      anonymousToHolder: body.anonymousToHolder,
      category: body.category,
      description: body.description,
      status: 'received',
      outcome: null,
      warningDeadline: null,
      holderResponse: null,
      holderRespondedAt: null,
      month: bangkokMonth(now),
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await this.transactions.run(async (manager) => {
      await manager.insert(ComplaintEntity, complaint);
      if (photoIds.length > 0) {
        const attached = await manager.update(ComplaintPhotoEntity, { id: In(photoIds), uploadedBy: user.id, complaintId: IsNull() }, { complaintId: complaint.id });
        if (attached.affected !== photoIds.length) {
          const usable = await manager.findBy(ComplaintPhotoEntity, { id: In(photoIds), complaintId: complaint.id });
          const bad = photoIds.filter((id) => !usable.some((p) => p.id === id));
          throw ComplaintErrors.create('COMPLAINT_PHOTOS_INVALID', { photoIds: bad.join(', ') }, bad.map((id) => ({ field: `photoIds.${photoIds.indexOf(id)}`, problem: 'is not an unused photo you uploaded' })));
        }
      }
      await this.appendEvent(manager, complaint, { type: 'FILED', status: 'received', side: 'complainant', actorId: user.id, note: null, data: null, at: now });
      await this.outbox.record(manager, complaint.applicationId, [notifyOffice('complaint-received', complaint), notifyComplainant(complaint, 'received')], now);
    });
    this.outbox.runSoon();
    return this.view(complaint, user, 'complainant');
  }

  /** The complaint as the caller may see it: complainant, the issuing office, auditors, or the holder once it is accepted; else 404. */
  async visible(user: AuthenticatedUser, id: string): Promise<{ complaint: ComplaintEntity; side: Viewer }> {
    const complaint = await this.complaints.findOneBy({ id });
    const side = complaint ? await this.sideOf(user, complaint) : null;
    if (!complaint || !side) throw ComplaintErrors.create('COMPLAINT_NOT_FOUND');
    return { complaint, side };
  }

  private async sideOf(user: AuthenticatedUser, complaint: ComplaintEntity): Promise<Viewer | null> {
    if (isOfficeStaff(user, complaint.agencyId)) return 'office';
    if (complaint.complainantId === user.id) return 'complainant';
    if (user.roles.includes('auditor')) return 'auditor';
    if (complaint.status === 'received' || complaint.status === 'dismissed') return null;
    const licence = await this.licences.byNumber(complaint.licenceNumber);
    return licence && (await this.licences.heldBy(user, licence)) ? 'holder' : null;
  }

  async get(user: AuthenticatedUser, id: string): Promise<ComplaintView> {
    const { complaint, side } = await this.visible(user, id);
    return this.view(complaint, user, side);
  }

  async photo(user: AuthenticatedUser, id: string, photoId: string): Promise<{ photo: ComplaintPhotoEntity; content: Buffer }> {
    const { complaint, side } = await this.visible(user, id);
    const photo = side === 'holder' ? null : await this.photos.findOneBy({ id: photoId, complaintId: complaint.id });
    if (!photo) throw ComplaintErrors.create('COMPLAINT_PHOTO_NOT_FOUND');
    const content = await this.storage.get(photo.storageKey).catch(() => {
      throw DocumentErrors.create('DOCUMENT_CONTENT_UNAVAILABLE');
    });
    if (!content || createHash('sha256').update(content).digest('hex') !== photo.sha256) {
      this.logger.error(`Complaint photo ${photo.id} (${photo.storageKey}) is ${content ? 'changed' : 'missing'} in the ${this.storage.kind} store`);
      throw DocumentErrors.create('DOCUMENT_INTEGRITY_FAILED', { documentId: photo.id });
    }
    return { photo, content };
  }

  /** The complaints she made and those accepted about the licences she holds, newest first. */
  async mine(user: AuthenticatedUser): Promise<ComplaintListView> {
    const made = await this.complaints.find({ where: { complainantId: user.id }, order: { createdAt: 'DESC' }, take: 200 });
    const held = (await this.licences.mine(user)).map((l) => l.number);
    const about = held.length > 0 ? await this.complaints.find({ where: { licenceNumber: In(held), status: In(['accepted', 'inspected', 'closed']) }, order: { createdAt: 'DESC' }, take: 200 }) : [];
    const items = [...made.map((c) => ({ c, side: 'complainant' as const })), ...about.filter((c) => c.complainantId !== user.id).map((c) => ({ c, side: 'holder' as const }))];
    items.sort((a, b) => b.c.createdAt.getTime() - a.c.createdAt.getTime());
    return { items: await this.summaries(items.slice(0, 200)) };
  }

  /** The office's complaints, newest first (at most 200), optionally of one status. */
  async ofOffice(user: AuthenticatedUser, status?: ComplaintStatus): Promise<ComplaintListView> {
    const rows = await this.complaints.find({ where: { agencyId: user.agencyId!, ...(status ? { status } : {}) }, order: { createdAt: 'DESC' }, take: 200 });
    return { items: await this.summaries(rows.map((c) => ({ c, side: 'office' as const }))) };
  }

  async triage(user: AuthenticatedUser, id: string, decision: 'accept' | 'dismiss', note: string, expectedVersion?: number): Promise<ComplaintView> {
    const complaint = await this.forOffice(user, id, expectedVersion);
    const accept = decision === 'accept';
    return this.change(user, complaint, {
      from: ['received'],
      action: decision,
      type: accept ? 'ACCEPTED' : 'DISMISSED',
      status: accept ? 'accepted' : 'dismissed',
      side: 'office',
      note,
      notify: [notifyComplainant(complaint, accept ? 'accepted' : 'dismissed'), ...(accept ? [notifyHolder('complaint-about-licence', complaint)] : [])],
    });
  }

  async recordInspection(user: AuthenticatedUser, id: string, inspectedOn: string, findings: string, expectedVersion?: number): Promise<ComplaintView> {
    const complaint = await this.forOffice(user, id, expectedVersion);
    if (Number.isNaN(Date.parse(`${inspectedOn}T00:00:00Z`)) || inspectedOn > bangkokDate(new Date())) {
      throw ComplaintErrors.create('COMPLAINT_ACTION_NOT_ALLOWED', { status: complaint.status, action: 'record-inspection' }, [{ field: 'inspectedOn', problem: 'must be a real date, today or before' }]);
    }
    return this.change(user, complaint, {
      from: ['accepted'],
      action: 'record-inspection',
      type: 'INSPECTED',
      status: 'inspected',
      side: 'office',
      note: findings,
      data: { inspectedOn },
      notify: [notifyComplainant(complaint, 'inspected'), notifyHolder('complaint-inspected', complaint)],
    });
  }

  async decide(user: AuthenticatedUser, id: string, body: DecideComplaintDto): Promise<ComplaintView> {
    const complaint = await this.forOffice(user, id, body.expectedVersion);
    const enforcing = body.outcome === 'suspension' || body.outcome === 'revocation';
    if (enforcing && !user.roles.includes('approver')) throw ComplaintErrors.create('COMPLAINT_APPROVER_ONLY');
    if (complaint.status !== 'inspected') throw ComplaintErrors.create('COMPLAINT_ACTION_NOT_ALLOWED', { status: complaint.status, action: body.outcome });
    const today = bangkokDate(new Date());
    if (body.outcome === 'warning') {
      const latest = bangkokDate(new Date(Date.now() + WARNING_MAX_DAYS * 86_400_000));
      if (!body.deadline || Number.isNaN(Date.parse(`${body.deadline}T00:00:00Z`)) || body.deadline <= today || body.deadline > latest) {
        throw ComplaintErrors.create('COMPLAINT_WARNING_DEADLINE_INVALID', {}, [{ field: 'deadline', problem: `must be a date after ${today} and at most ${latest}` }]);
      }
    }
    const extra = (body.outcome !== 'warning' && body.deadline) || (body.outcome !== 'suspension' && body.suspendedUntil);
    if (extra) throw ComplaintErrors.create('COMPLAINT_ACTION_NOT_ALLOWED', { status: complaint.status, action: body.outcome }, [{ field: body.deadline ? 'deadline' : 'suspendedUntil', problem: `does not go with the outcome ${body.outcome}` }]);
    if (body.suspendedUntil && (Number.isNaN(Date.parse(`${body.suspendedUntil}T00:00:00Z`)) || body.suspendedUntil <= today)) {
      throw ComplaintErrors.create('COMPLAINT_ACTION_NOT_ALLOWED', { status: complaint.status, action: body.outcome }, [{ field: 'suspendedUntil', problem: `must be a date after ${today}` }]);
    }
    return this.change(user, complaint, {
      from: ['inspected'],
      action: body.outcome,
      type: 'CLOSED',
      status: 'closed',
      side: 'office',
      note: body.note,
      data: { outcome: body.outcome, ...(body.deadline ? { deadline: body.deadline } : {}), ...(body.suspendedUntil ? { suspendedUntil: body.suspendedUntil } : {}) },
      set: { outcome: body.outcome, warningDeadline: body.outcome === 'warning' ? body.deadline! : null },
      within: enforcing ? (manager) => this.enforce(manager, user, complaint, body) : undefined,
      notify: [notifyComplainant(complaint, 'closed'), notifyHolder('complaint-outcome', complaint, { outcomeTh: OUTCOME_LABEL[body.outcome].th, outcomeEn: OUTCOME_LABEL[body.outcome].en })],
    });
  }

  /** The licence's own step (SUSPEND or REVOKE by this approver), in the complaint's transaction, naming the complaint. */
  private async enforce(manager: EntityManager, user: AuthenticatedUser, complaint: ComplaintEntity, body: DecideComplaintDto): Promise<void> {
    const app = await this.applications.findById(complaint.applicationId, manager);
    const licence = await this.licences.byNumber(complaint.licenceNumber);
    const suspend = body.outcome === 'suspension';
    const fits = suspend ? app?.state === 'completed' && licence?.status === 'valid' : licence?.status === 'valid' || licence?.status === 'suspended';
    if (!app || !fits) {
      throw ComplaintErrors.create('COMPLAINT_LICENCE_NOT_OPERATING', { number: complaint.licenceNumber, action: suspend ? 'suspended' : 'revoked', status: licence?.status ?? 'unknown' });
    }
    const comment = suspend
      ? `พักใช้ใบอนุญาตตามเรื่องร้องเรียน ${complaint.reference}: ${body.note} / Suspended following complaint ${complaint.reference}: ${body.note}`
      : `เพิกถอนใบอนุญาตตามเรื่องร้องเรียน ${complaint.reference}: ${body.note} / Revoked following complaint ${complaint.reference}: ${body.note}`;
    await this.transitions.sendWithin(manager, app, {
      type: suspend ? 'SUSPEND' : 'REVOKE',
      actor: actorOf(user),
      comment,
      ...(suspend && body.suspendedUntil ? { data: { until: body.suspendedUntil } } : {}),
    });
  }

  /** The holder's answer, once, after the office accepted the complaint; the office is told. */
  async answer(user: AuthenticatedUser, id: string, text: string): Promise<ComplaintView> {
    const { complaint, side } = await this.visible(user, id);
    if (side !== 'holder') throw ComplaintErrors.create('COMPLAINT_HOLDER_ONLY');
    if (complaint.holderResponse !== null) throw ComplaintErrors.create('COMPLAINT_RESPONSE_NOT_OPEN');
    const now = new Date();
    return this.change(user, complaint, {
      from: ['accepted', 'inspected', 'closed'],
      action: 'respond',
      type: 'HOLDER_RESPONDED',
      status: complaint.status,
      side: 'holder',
      note: null,
      set: { holderResponse: text, holderRespondedAt: now },
      notify: [notifyOffice('complaint-answered', complaint)],
    }, 'holder');
  }

  /** What anyone may learn from the reference: no names, description, notes or answer. */
  async publicStatus(reference: string): Promise<PublicComplaintView> {
    const complaint = await this.complaints.findOneBy({ reference: reference.toUpperCase() });
    if (!complaint) throw ComplaintErrors.create('COMPLAINT_NOT_FOUND');
    const [history, names, licenceType] = await Promise.all([
      this.events.find({ where: { complaintId: complaint.id }, order: { seq: 'ASC' } }),
      this.users.namesOf([complaint.agencyId], []),
      this.typeName(complaint.licenceType),
    ]);
    const steps = history.filter((e, i) => i === 0 || e.status !== history[i - 1].status);
    return {
      reference: complaint.reference,
      licenceNumber: complaint.licenceNumber,
      licenceType: { slug: complaint.licenceType, name: licenceType },
      office: { id: complaint.agencyId, name: names.agencies.get(complaint.agencyId)?.name ?? null },
      ...standingOf(complaint),
      warningDeadline: complaint.warningDeadline,
      filedAt: complaint.createdAt.toISOString(),
      steps: steps.map((e) => ({ status: e.status, label: STATUS_LABEL[e.status], at: e.createdAt.toISOString() })),
    };
  }

  /** Counts of the complaints made in the months, by where they stand now and by outcome, overall and per office. */
  async statistics(period: { from: string; to: string }): Promise<ComplaintStatisticsView> {
    const rows: { agency_id: string; status: ComplaintStatus; outcome: ComplaintOutcome | null; n: string | number }[] = await this.complaints
      .createQueryBuilder('c')
      .select('c.agency_id', 'agency_id')
      .addSelect('c.status', 'status')
      .addSelect('c.outcome', 'outcome')
      .addSelect('COUNT(*)', 'n')
      .where({ month: Between(period.from, period.to) })
      .groupBy('c.agency_id')
      .addGroupBy('c.status')
      .addGroupBy('c.outcome')
      .getRawMany();
    const counted = rows.map((r) => ({ ...r, n: Number(r.n) }));
    const tally = (of: typeof counted) => ({
      received: of.reduce((sum, r) => sum + r.n, 0),
      byStatus: COMPLAINT_STATUSES.map((s) => ({ key: s, label: STATUS_LABEL[s], count: of.filter((r) => r.status === s).reduce((sum, r) => sum + r.n, 0) })),
      byOutcome: COMPLAINT_OUTCOMES.map((o) => ({ key: o, label: OUTCOME_LABEL[o], count: of.filter((r) => r.outcome === o).reduce((sum, r) => sum + r.n, 0) })),
    });
    const agencyIds = [...new Set(counted.map((r) => r.agency_id))].sort();
    const names = await this.users.namesOf(agencyIds, []);
    return {
      period,
      ...tally(counted),
      offices: agencyIds.map((id) => ({ office: { id, name: names.agencies.get(id)?.name ?? null }, ...tally(counted.filter((r) => r.agency_id === id)) })),
      generatedAt: new Date().toISOString(),
    };
  }

  private async forOffice(user: AuthenticatedUser, id: string, expectedVersion?: number): Promise<ComplaintEntity> {
    const { complaint, side } = await this.visible(user, id);
    if (side !== 'office') throw ComplaintErrors.create('COMPLAINT_OFFICE_ONLY');
    if (expectedVersion !== undefined && expectedVersion !== complaint.version) throw ComplaintErrors.create('COMPLAINT_CHANGED_CONCURRENTLY');
    return complaint;
  }

  /** One change of a complaint: its row (guarded by the version read), a history entry and the notifications, in one transaction. */
  private async change(user: AuthenticatedUser, complaint: ComplaintEntity, change: Change, viewer: Viewer = 'office'): Promise<ComplaintView> {
    if (!change.from.includes(complaint.status)) throw ComplaintErrors.create('COMPLAINT_ACTION_NOT_ALLOWED', { status: complaint.status, action: change.action });
    const now = new Date(Math.max(Date.now(), complaint.updatedAt.getTime() + 1));
    const updated: ComplaintEntity = { ...complaint, ...change.set, status: change.status, updatedAt: now, version: complaint.version + 1 };
    await this.transactions.run(async (manager) => {
      const written = await manager.update(ComplaintEntity, { id: complaint.id, version: complaint.version }, { ...change.set, status: change.status, updatedAt: now, version: updated.version });
      if (written.affected !== 1) throw ComplaintErrors.create('COMPLAINT_CHANGED_CONCURRENTLY');
      await change.within?.(manager);
      await this.appendEvent(manager, complaint, { type: change.type, status: change.status, side: change.side, actorId: user.id, note: change.note, data: change.data ?? null, at: now });
      await this.outbox.record(manager, complaint.applicationId, change.notify, now);
    });
    this.outbox.runSoon();
    return this.view(updated, user, viewer);
  }

  private async appendEvent(
    manager: EntityManager,
    complaint: ComplaintEntity,
    e: { type: string; status: ComplaintStatus; side: ComplaintSide; actorId: string; note: string | null; data: Record<string, unknown> | null; at: Date },
  ): Promise<void> {
    const seq = (await manager.count(ComplaintEventEntity, { where: { complaintId: complaint.id } })) + 1;
    const row: ComplaintEventEntity = { id: randomUUID(), complaintId: complaint.id, seq, type: e.type, status: e.status, actorId: e.actorId, actorSide: e.side, note: e.note, data: e.data, createdAt: e.at };
    await manager.insert(ComplaintEventEntity, row as QueryDeepPartialEntity<ComplaintEventEntity>);
  }

  private async view(complaint: ComplaintEntity, user: AuthenticatedUser, side: Viewer): Promise<ComplaintView> {
    const [history, photos, licenceType] = await Promise.all([
      this.events.find({ where: { complaintId: complaint.id }, order: { seq: 'ASC' } }),
      side === 'holder' ? Promise.resolve([]) : this.photos.find({ where: { complaintId: complaint.id }, order: { uploadedAt: 'ASC' } }),
      this.typeName(complaint.licenceType),
    ]);
    const staffView = side === 'office' || side === 'auditor';
    const names = await this.users.namesOf([complaint.agencyId], staffView ? [complaint.complainantId, ...history.map((e) => e.actorId)] : [complaint.complainantId]);
    const showComplainant = side !== 'holder' || !complaint.anonymousToHolder;
    return {
      id: complaint.id,
      reference: complaint.reference,
      viewerSide: side,
      licenceNumber: complaint.licenceNumber,
      licenceType: { slug: complaint.licenceType, name: licenceType },
      office: { id: complaint.agencyId, name: names.agencies.get(complaint.agencyId)?.name ?? null },
      ...standingOf(complaint),
      description: complaint.description,
      anonymousToHolder: complaint.anonymousToHolder,
      complainant: showComplainant ? { id: side === 'holder' ? '' : complaint.complainantId, name: names.users.get(complaint.complainantId)?.name ?? null } : null,
      warningDeadline: complaint.warningDeadline,
      holderResponse: side === 'complainant' ? null : complaint.holderResponse,
      holderRespondedAt: complaint.holderRespondedAt?.toISOString() ?? null,
      photos: photos.map(photoView),
      events: history
        .filter((e) => side !== 'complainant' || e.type !== 'HOLDER_RESPONDED')
        .map((e) => ({
          type: e.type,
          label: EVENT_LABEL[e.type] ?? { th: e.type, en: e.type },
          status: e.status,
          side: e.actorSide,
          actorName: staffView ? (names.users.get(e.actorId)?.name ?? null) : null,
          note: side === 'holder' && e.type === 'FILED' ? null : e.note,
          inspectedOn: typeof e.data?.inspectedOn === 'string' ? e.data.inspectedOn : null,
          outcome: typeof e.data?.outcome === 'string' ? (e.data.outcome as ComplaintOutcome) : null,
          at: e.createdAt.toISOString(),
        })),
      availableActions: this.actionsFor(complaint, user, side),
      version: complaint.version,
      createdAt: complaint.createdAt.toISOString(),
      updatedAt: complaint.updatedAt.toISOString(),
    };
  }

  private async typeName(slug: string): Promise<{ th: string; en: string }> {
    return (await this.catalogue.workflow(slug)).definition.name;
  }

  private actionsFor(complaint: ComplaintEntity, user: AuthenticatedUser, side: Viewer): string[] {
    if (side === 'holder') return complaint.holderResponse === null ? ['respond'] : [];
    if (side !== 'office') return [];
    const officer = user.roles.includes('officer') || user.roles.includes('head_of_office');
    if (complaint.status === 'received') return officer ? ['accept', 'dismiss'] : [];
    if (complaint.status === 'accepted') return officer ? ['record-inspection'] : [];
    if (complaint.status !== 'inspected') return [];
    return ['no_action', 'warning', ...(user.roles.includes('approver') ? ['suspension', 'revocation'] : [])];
  }

  private async summaries(rows: { c: ComplaintEntity; side: ComplaintSummaryView['side'] }[]): Promise<ComplaintSummaryView[]> {
    const types = new Map<string, { th: string; en: string }>();
    for (const slug of new Set(rows.map((r) => r.c.licenceType))) types.set(slug, await this.typeName(slug));
    return rows.map(({ c, side }) => ({
      id: c.id,
      reference: c.reference,
      side,
      licenceNumber: c.licenceNumber,
      licenceType: { slug: c.licenceType, name: types.get(c.licenceType)! },
      ...standingOf(c),
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    }));
  }
}

function standingOf(c: ComplaintEntity): ComplaintStandingView {
  return {
    category: c.category,
    categoryLabel: CATEGORY_LABEL[c.category],
    status: c.status,
    statusLabel: STATUS_LABEL[c.status],
    outcome: c.outcome,
    outcomeLabel: c.outcome ? OUTCOME_LABEL[c.outcome] : null,
  };
}

function photoView(photo: ComplaintPhotoEntity): ComplaintPhotoView {
  return { id: photo.id, mediaType: photo.contentType, sizeBytes: photo.sizeBytes, sha256: photo.sha256 };
}

function reference(at: Date): string {
  const code = Array.from({ length: 8 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join('');
  return `RC-${buddhistYear(at)}-${code}`;
}

/** YYYY-MM-DD in Bangkok. */
function bangkokDate(at: Date): string {
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

const complaintVars = (c: ComplaintEntity, extra: Record<string, string> = {}) => ({ reference: c.reference, licenceNumber: c.licenceNumber, ...extra });

function notifyOffice(template: string, c: ComplaintEntity): EffectToRecord {
  return { type: 'notify', params: { template, to: 'office', vars: complaintVars(c) } };
}

function notifyHolder(template: string, c: ComplaintEntity, extra: Record<string, string> = {}): EffectToRecord {
  return { type: 'notify', params: { template, to: 'applicant', vars: complaintVars(c, extra) } };
}

function notifyComplainant(c: ComplaintEntity, status: ComplaintStatus): EffectToRecord {
  return { type: 'notify', params: { template: 'complaint-status', to: 'user', userId: c.complainantId, vars: complaintVars(c, { statusTh: STATUS_LABEL[status].th, statusEn: STATUS_LABEL[status].en }) } };
}
