import { createHash, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, IsNull, Repository, type EntityManager } from 'typeorm';
import { buddhistYear, RequestErrors, type FieldProblem } from '@bizportal/common';
import { TransactionRunner, nextSequenceNumber } from '@bizportal/database';
import { hasVisibleCharacter, type Actor } from '@bizportal/engine';
import { actorOf, AreasService, isOfficeStaff, UserDirectory, type AreaView, type AuthenticatedUser } from '@bizportal/identity';
import { CatalogueService } from '../catalogue';
import { ApplicationStore, Outbox, TransitionParticipant, WorkflowTransitions, type ApplicationEntity, type EffectToRecord, type TransitionChange, type TransitionParticipantProvider } from '../core';
import { DocumentErrors, DocumentScanner, DocumentStorage, DocumentsService, type UploadedDocumentFile } from '../documents';
import { LicencesService } from '../licences';
import { Clock } from '../reminders';
import { HearingAnswerEntity, HearingCommentEntity, HearingEntity, HearingFollowEntity, HearingPhotoEntity, HearingSequenceEntity, type HearingStatus, type PublishedDocument } from './hearing.entities';
import { hearingClosesAt } from './hearing-times';
import { HearingErrors } from './hearings-errors';
import { COMMENT_MAX_LENGTH, CONTROL_CHARACTER, type HearingListQueryDto, type PostAnswerDto, type PostCommentDto } from './hearings.dto';
import type { HearingCommentView, HearingCountsView, HearingFollowView, HearingListView, HearingSummaryView, HearingView } from './hearings.views';

export const HEARING_COMMENT_LIMIT = 5;
export const HEARING_PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/**
 * Comments are recorded in the history without their author: the public, not a person, and no role (not the
 * application's applicant, whom the timeline names by the role `applicant`).
 */
const PUBLIC_ACTOR: Actor = { id: 'public', roles: [], agencyId: null };
const HEARING_EVENTS = ['OPEN_HEARING', 'HEARING_CLOSED', 'ANSWERS_SUBMITTED', 'SUMMARISE_HEARING', 'CANCEL', 'REJECT'] as const;

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
const unknownArea = (code: string): AreaView => ({ code, level: 'subdistrict', parentCode: null, name: { th: code, en: code } });

/**
 * Public hearings (issue 18): the hearing row made by OPEN_HEARING in the step's transaction, the public's comments,
 * the applicant's answers, the office's hides, follows of subdistricts, and the public, office and applicant views.
 * Every act is also an entry of the application's hash-chained history. Owns `hearings`, `hearing_comments`,
 * `hearing_photos`, `hearing_answers`, `hearing_follows` and `hearing_sequences`.
 */
@Injectable()
@TransitionParticipant({ order: 45, events: HEARING_EVENTS })
export class HearingsService implements TransitionParticipantProvider {
  private readonly logger = new Logger(HearingsService.name);

  constructor(
    @InjectRepository(HearingEntity) private readonly hearings: Repository<HearingEntity>,
    @InjectRepository(HearingCommentEntity) private readonly comments: Repository<HearingCommentEntity>,
    @InjectRepository(HearingPhotoEntity) private readonly photos: Repository<HearingPhotoEntity>,
    @InjectRepository(HearingAnswerEntity) private readonly answers: Repository<HearingAnswerEntity>,
    @InjectRepository(HearingFollowEntity) private readonly follows: Repository<HearingFollowEntity>,
    private readonly applications: ApplicationStore,
    private readonly transitions: WorkflowTransitions,
    private readonly outbox: Outbox,
    private readonly transactions: TransactionRunner,
    private readonly catalogue: CatalogueService,
    private readonly documents: DocumentsService,
    private readonly storage: DocumentStorage,
    private readonly scanner: DocumentScanner,
    private readonly licences: LicencesService,
    private readonly areas: AreasService,
    private readonly users: UserDirectory,
    private readonly clock: Clock,
    private readonly config: ConfigService,
  ) {}

  // ---- The workflow's steps -------------------------------------------------------------------------------------

  async participate(manager: EntityManager, change: TransitionChange): Promise<Record<string, unknown> | void> {
    switch (change.event.type) {
      case 'OPEN_HEARING':
        return this.open(manager, change);
      case 'HEARING_CLOSED': {
        const hearing = await this.ofApplicationIn(manager, change.app.id);
        await manager.update(HearingEntity, { id: hearing.id, closedAt: IsNull() }, { closedAt: this.clock.now() });
        return { hearingId: hearing.id, reference: hearing.reference, counts: await this.countsIn(manager, hearing.id) };
      }
      case 'ANSWERS_SUBMITTED': {
        const hearing = await this.ofApplicationIn(manager, change.app.id);
        const unanswered = await this.unansweredNumbers(manager, hearing.id);
        if (unanswered.length > 0) throw HearingErrors.create('HEARING_ANSWERS_MISSING', { numbers: unanswered.join(', ') });
        await manager.update(HearingEntity, { id: hearing.id }, { answersSubmittedAt: this.clock.now() });
        return { hearingId: hearing.id, answers: await manager.count(HearingAnswerEntity, { where: { hearingId: hearing.id } }) };
      }
      case 'SUMMARISE_HEARING': {
        const hearing = await this.ofApplicationIn(manager, change.app.id);
        const summary = String(change.event.data!.summary);
        const points = (change.event.data!.points as string[]).map((p) => p.trim());
        await manager.update(HearingEntity, { id: hearing.id }, { summary, points, concludedAt: this.clock.now() });
        return {
          hearingId: hearing.id,
          reference: hearing.reference,
          opensAt: hearing.opensAt.toISOString(),
          closesAt: hearing.closesAt.toISOString(),
          counts: await this.countsIn(manager, hearing.id),
        };
      }
      default: {
        // CANCEL or REJECT: a hearing not yet concluded ends with the application.
        const hearing = await manager.findOneBy(HearingEntity, { applicationId: change.app.id });
        if (!hearing || hearing.concludedAt || hearing.endedBy) return;
        await manager.update(HearingEntity, { id: hearing.id }, { endedBy: change.event.type === 'CANCEL' ? 'cancelled' : 'rejected', closedAt: hearing.closedAt ?? this.clock.now() });
      }
    }
  }

  /** OPEN_HEARING: the hearing row, its reference and dates, the published documents, and the followers told. */
  private async open(manager: EntityManager, { app, event, at }: TransitionChange): Promise<Record<string, unknown>> {
    const workflow = await this.catalogue.workflow(app.licenceType, app.workflowVersion);
    const days = (workflow.definition.template?.params.hearing as { days?: number } | undefined)?.days;
    if (!days) throw new Error(`${app.licenceType} v${app.workflowVersion} has no hearing days but took OPEN_HEARING`);
    const wanted = (event.data!.publishedDocumentIds as string[]) ?? [];
    const current = await this.documents.current(app.id);
    const bad = wanted.filter((id) => !current.some((d) => d.id === id));
    if (bad.length > 0) {
      throw HearingErrors.create(
        'HEARING_DOCUMENTS_INVALID',
        { documentIds: bad.join(', ') },
        bad.map((id) => ({ field: `data.publishedDocumentIds.${wanted.indexOf(id)}`, problem: 'is not a current document of this application' })),
      );
    }
    const published: (PublishedDocument & { storageKey: string })[] = wanted.map((id) => {
      const d = current.find((c) => c.id === id)!;
      return { id: d.id, code: d.code, fileName: d.filename, contentType: d.contentType, sha256: d.sha256, storageKey: d.storageKey };
    });
    const opensAt = this.clock.now();
    const year = buddhistYear(opensAt);
    const number = await nextSequenceNumber(manager, HearingSequenceEntity, { year });
    const juristic = app.holderType === 'juristic';
    const businessName = typeof app.form.businessName === 'string' && app.form.businessName.trim() !== '' ? app.form.businessName.trim() : (app.holderNameTh ?? '');
    const hearing: HearingEntity = {
      id: randomUUID(),
      applicationId: app.id,
      reference: `PH-${year}-${String(number).padStart(6, '0')}`,
      agencyId: app.agencyId!,
      licenceType: app.licenceType,
      provinceCode: app.premises.provinceCode,
      districtCode: app.premises.districtCode,
      subdistrictCode: app.premises.subdistrictCode,
      premisesAddress: app.premises.address,
      businessName,
      proposerKind: juristic ? 'company' : 'person',
      // A person is named only by her business: never her name with her ID or her house-registration address.
      proposerName: juristic ? (app.holderNameTh ?? businessName) : businessName,
      notice: String(event.data!.notice).trim(),
      publishedDocuments: published,
      days,
      opensAt,
      closesAt: hearingClosesAt(opensAt, days),
      closedAt: null,
      endedBy: null,
      commentCount: 0,
      answersSubmittedAt: null,
      summary: null,
      points: null,
      concludedAt: null,
      openedBy: event.actor.id,
    };
    await manager.insert(HearingEntity, hearing);
    const followers = (await manager.findBy(HearingFollowEntity, { subdistrictCode: hearing.subdistrictCode })).filter((f) => f.userId !== app.applicantId);
    if (followers.length > 0) {
      const vars = { reference: hearing.reference, businessName: hearing.businessName, closesOn: hearing.closesAt.toISOString().slice(0, 10) };
      const effects: EffectToRecord[] = followers.map((f) => ({ type: 'notify', params: { template: 'hearing-opened-nearby', to: 'user', userId: f.userId, vars } }));
      await this.outbox.record(manager, app.id, effects, at);
    }
    return {
      hearingId: hearing.id,
      reference: hearing.reference,
      days,
      opensAt: hearing.opensAt.toISOString(),
      closesAt: hearing.closesAt.toISOString(),
      publishedDocuments: published.map((d) => ({ id: d.id, code: d.code, fileName: d.fileName, sha256: d.sha256 })),
      followersNotified: followers.length,
    };
  }

  private async ofApplicationIn(manager: EntityManager, applicationId: string): Promise<HearingEntity> {
    const hearing = await manager.findOneBy(HearingEntity, { applicationId });
    if (!hearing) throw HearingErrors.create('HEARING_NOT_FOUND');
    return hearing;
  }

  private async unansweredNumbers(manager: EntityManager, hearingId: string): Promise<number[]> {
    const visible = await manager.find(HearingCommentEntity, { where: { hearingId, hiddenAt: IsNull() }, order: { number: 'ASC' } });
    const answered = new Set((await manager.findBy(HearingAnswerEntity, { hearingId })).flatMap((a) => a.commentIds));
    return visible.filter((c) => !answered.has(c.id)).map((c) => c.number);
  }

  private async countsIn(manager: EntityManager, hearingId: string): Promise<HearingCountsView> {
    const rows = await manager.find(HearingCommentEntity, { where: { hearingId }, select: { stance: true, hiddenAt: true } });
    return countsOf(rows);
  }

  // ---- Comments ---------------------------------------------------------------------------------------------------

  /** A photo for a comment not yet posted: JPEG or PNG, at most 5 MB, kept unattached until a comment names it. */
  async uploadPhoto(user: AuthenticatedUser, file: UploadedDocumentFile | undefined): Promise<{ id: string }> {
    if (!file) throw DocumentErrors.create('DOCUMENT_FILE_MISSING');
    if (file.buffer.length > HEARING_PHOTO_MAX_BYTES) throw HearingErrors.create('HEARING_PHOTO_TOO_LARGE');
    const scanned = await this.scanner.scan(file.buffer);
    if (scanned.contentType !== 'image/jpeg' && scanned.contentType !== 'image/png') throw HearingErrors.create('HEARING_PHOTO_TYPE_NOT_ALLOWED');
    const id = randomUUID();
    const photo: HearingPhotoEntity = {
      id,
      commentId: null,
      uploadedBy: user.id,
      contentType: scanned.contentType,
      sizeBytes: file.buffer.length,
      sha256: sha256(file.buffer),
      storageKey: `hearings/photos/${id}`,
      uploadedAt: new Date(),
    };
    const removeObject = () => this.storage.delete(photo.storageKey).catch((e: Error) => this.logger.error(`Could not delete ${photo.storageKey} of a failed upload: ${e.message}`));
    try {
      await this.storage.put(photo.storageKey, file.buffer, photo.contentType);
      await this.transactions.run((manager) => manager.insert(HearingPhotoEntity, photo));
    } catch (error) {
      await removeObject();
      if (error instanceof Error && 'code' in error) throw error;
      this.logger.error(`Could not store hearing photo ${id}: ${(error as Error).message}`);
      throw DocumentErrors.create('DOCUMENT_CONTENT_UNAVAILABLE');
    }
    return { id };
  }

  async postComment(user: AuthenticatedUser, hearingId: string, body: PostCommentDto): Promise<{ id: string; number: number }> {
    const hearing = await this.hearings.findOneBy({ id: hearingId });
    if (!hearing) throw HearingErrors.create('HEARING_NOT_FOUND');
    const text = body.text.normalize('NFC');
    if (!hasVisibleCharacter(text)) throw HearingErrors.create('COMMENT_EMPTY');
    const problems: FieldProblem[] = [];
    if ([...text].length > COMMENT_MAX_LENGTH) problems.push({ field: 'text', problem: `ยาวได้ไม่เกิน ${COMMENT_MAX_LENGTH} ตัวอักษร / may be at most ${COMMENT_MAX_LENGTH} characters` });
    if (CONTROL_CHARACTER.test(text)) problems.push({ field: 'text', problem: 'ไม่มีอักขระควบคุม / must contain no control characters but the line feed' });
    if (problems.length > 0) throw invalid(problems);
    this.assertOpen(hearing);
    const photoIds = [...new Set(body.photoIds ?? [])];
    const comment: HearingCommentEntity = {
      id: randomUUID(),
      hearingId,
      number: 0,
      commenterId: user.id,
      stance: body.stance,
      text,
      textSha256: sha256(text),
      postedAt: this.clock.now(),
      hiddenAt: null,
      hiddenBy: null,
      hiddenReason: null,
    };
    await this.transactions.run(async (manager) => {
      // Bumped first: the hearing's row lock (PostgreSQL) or the queue (SQLite) orders comments and the per-person limit.
      const bumped = await manager
        .createQueryBuilder()
        .update(HearingEntity)
        .set({ commentCount: () => 'comment_count + 1' })
        .where('id = :id AND closed_at IS NULL', { id: hearingId })
        .execute();
      if (bumped.affected !== 1) throw HearingErrors.create('HEARING_NOT_OPEN', { when: 'ended / ปิดแล้ว' });
      const mine = await manager.count(HearingCommentEntity, { where: { hearingId, commenterId: user.id } });
      if (mine >= HEARING_COMMENT_LIMIT) throw HearingErrors.create('HEARING_COMMENT_LIMIT', { limit: HEARING_COMMENT_LIMIT });
      comment.number = (await manager.findOneByOrFail(HearingEntity, { id: hearingId })).commentCount;
      await manager.insert(HearingCommentEntity, comment);
      if (photoIds.length > 0) {
        const attached = await manager.update(HearingPhotoEntity, { id: In(photoIds), uploadedBy: user.id, commentId: IsNull() }, { commentId: comment.id });
        if (attached.affected !== photoIds.length) {
          const usable = await manager.findBy(HearingPhotoEntity, { id: In(photoIds), commentId: comment.id });
          const badIds = photoIds.filter((id) => !usable.some((p) => p.id === id));
          throw invalid(badIds.map((id) => ({ field: `photoIds.${photoIds.indexOf(id)}`, problem: 'ไม่ใช่รูปที่ท่านอัปโหลดไว้และยังไม่ได้ใช้ / is not an unused photo you uploaded' })));
        }
      }
      await this.transitions.record(manager, hearing.applicationId, {
        type: 'HEARING_COMMENT_POSTED',
        actor: PUBLIC_ACTOR,
        data: { hearingId, reference: hearing.reference, commentId: comment.id, number: comment.number, stance: comment.stance, textSha256: comment.textSha256, photos: photoIds.length },
      });
    });
    return { id: comment.id, number: comment.number };
  }

  /** Open: past its opening and before its end by the clock (even before the job has closed it), and not ended. */
  private isOpen(hearing: HearingEntity, now = this.clock.now()): boolean {
    return hearing.closedAt === null && hearing.endedBy === null && now.getTime() >= hearing.opensAt.getTime() && now.getTime() <= hearing.closesAt.getTime();
  }

  private assertOpen(hearing: HearingEntity): void {
    const now = this.clock.now();
    if (this.isOpen(hearing, now)) return;
    const when = now.getTime() < hearing.opensAt.getTime() ? 'not yet open / ยังไม่เปิด' : 'ended / ปิดแล้ว';
    throw HearingErrors.create('HEARING_NOT_OPEN', { when });
  }

  private statusOf(hearing: HearingEntity, now = this.clock.now()): HearingStatus {
    if (hearing.concludedAt) return 'concluded';
    return this.isOpen(hearing, now) ? 'open' : 'closed';
  }

  /** The office hides a comment with a reason; it is never deleted and stays in the office's view and the history. */
  async hideComment(user: AuthenticatedUser, hearingId: string, commentId: string, reason: string): Promise<HearingView> {
    const hearing = await this.forOffice(user, hearingId);
    const comment = await this.comments.findOneBy({ id: commentId, hearingId });
    if (!comment) throw HearingErrors.create('HEARING_COMMENT_NOT_FOUND');
    if (comment.hiddenAt) throw HearingErrors.create('COMMENT_ALREADY_HIDDEN');
    const now = this.clock.now();
    await this.transactions.run(async (manager) => {
      const hidden = await manager.update(HearingCommentEntity, { id: commentId, hiddenAt: IsNull() }, { hiddenAt: now, hiddenBy: user.id, hiddenReason: reason });
      if (hidden.affected !== 1) throw HearingErrors.create('COMMENT_ALREADY_HIDDEN');
      await this.transitions.record(manager, hearing.applicationId, {
        type: 'HEARING_COMMENT_HIDDEN',
        actor: actorOf(user),
        comment: reason,
        data: { hearingId, reference: hearing.reference, commentId, number: comment.number, reason },
      });
    });
    return this.view(hearing, 'office');
  }

  /** The applicant answers one comment or several together, while the application waits for her answers. */
  async postAnswer(user: AuthenticatedUser, hearingId: string, body: PostAnswerDto): Promise<{ id: string }> {
    const hearing = await this.hearings.findOneBy({ id: hearingId });
    if (!hearing) throw HearingErrors.create('HEARING_NOT_FOUND');
    const app = await this.applications.getById(hearing.applicationId);
    if (app.applicantId !== user.id) throw HearingErrors.create('HEARING_APPLICANT_ONLY');
    if (app.state !== 'hearing_answers') throw HearingErrors.create('HEARING_NOT_ANSWERING');
    const ids = [...new Set(body.commentIds)];
    const visible = await this.comments.findBy({ id: In(ids), hearingId, hiddenAt: IsNull() });
    const bad = ids.filter((id) => !visible.some((c) => c.id === id));
    if (bad.length > 0) throw invalid(bad.map((id) => ({ field: `commentIds.${body.commentIds.indexOf(id)}`, problem: 'ไม่ใช่ความคิดเห็นที่แสดงอยู่ของการรับฟังนี้ / is not a visible comment of this hearing' })));
    const answer: HearingAnswerEntity = {
      id: randomUUID(),
      hearingId,
      commentIds: ids,
      commentNumbers: visible.map((c) => c.number).sort((a, b) => a - b),
      text: body.text.normalize('NFC'),
      answeredBy: user.id,
      answeredAt: this.clock.now(),
    };
    await this.transactions.run(async (manager) => {
      await manager.insert(HearingAnswerEntity, answer);
      await this.transitions.record(manager, hearing.applicationId, {
        type: 'HEARING_ANSWER_POSTED',
        actor: actorOf(user),
        data: { hearingId, reference: hearing.reference, answerId: answer.id, commentNumbers: answer.commentNumbers, textSha256: sha256(answer.text) },
      });
    });
    return { id: answer.id };
  }

  // ---- Follows ----------------------------------------------------------------------------------------------------

  async followed(user: AuthenticatedUser): Promise<HearingFollowView[]> {
    const rows = await this.follows.find({ where: { userId: user.id }, order: { followedAt: 'ASC' } });
    const subdistricts = await this.areas.named(rows.map((r) => r.subdistrictCode));
    const districts = await this.areas.named([...subdistricts.values()].map((s) => s.parentCode ?? ''));
    const provinces = await this.areas.named([...districts.values()].map((d) => d.parentCode ?? ''));
    return rows.map((r) => {
      const s = subdistricts.get(r.subdistrictCode) ?? unknownArea(r.subdistrictCode);
      const d = districts.get(s.parentCode ?? '') ?? unknownArea(s.parentCode ?? '');
      const p = provinces.get(d.parentCode ?? '') ?? unknownArea(d.parentCode ?? '');
      return { subdistrict: areaOf(s), district: areaOf(d), province: areaOf(p), followedAt: r.followedAt.toISOString() };
    });
  }

  async follow(user: AuthenticatedUser, subdistrictCode: string): Promise<HearingFollowView> {
    const area = (await this.areas.named([subdistrictCode])).get(subdistrictCode);
    if (!area || area.level !== 'subdistrict') throw HearingErrors.create('HEARING_AREA_UNKNOWN', { code: subdistrictCode });
    const existing = await this.follows.findOneBy({ userId: user.id, subdistrictCode });
    if (!existing) {
      await this.transactions.run((manager) =>
        manager.createQueryBuilder().insert().into(HearingFollowEntity).values({ userId: user.id, subdistrictCode, followedAt: new Date() }).orIgnore().execute(),
      );
    }
    return (await this.followed(user)).find((f) => f.subdistrict.code === subdistrictCode)!;
  }

  async unfollow(user: AuthenticatedUser, subdistrictCode: string): Promise<void> {
    const removed = await this.transactions.run((manager) => manager.delete(HearingFollowEntity, { userId: user.id, subdistrictCode }));
    if (!removed.affected) throw HearingErrors.create('HEARING_FOLLOW_NOT_FOUND', { code: subdistrictCode });
  }

  // ---- Reading ----------------------------------------------------------------------------------------------------

  async list(query: HearingListQueryDto): Promise<HearingListView> {
    const limit = query.limit ?? 20;
    const qb = this.hearings.createQueryBuilder('h');
    if (query.province) qb.andWhere('h.province_code = :province', { province: query.province });
    if (query.subdistrict) qb.andWhere('h.subdistrict_code = :subdistrict', { subdistrict: query.subdistrict });
    const now = this.clock.now();
    if (query.status === 'open') qb.andWhere('h.closed_at IS NULL AND h.ended_by IS NULL AND h.opens_at <= :now AND h.closes_at >= :now', { now });
    if (query.status === 'closed') qb.andWhere(new Brackets((w) => w.where('h.closed_at IS NOT NULL').orWhere('h.ended_by IS NOT NULL').orWhere('h.closes_at < :now', { now })));
    if (query.status === 'concluded') qb.andWhere('h.concluded_at IS NOT NULL');
    if (query.before) {
      const cursor = decodeCursor(query.before);
      qb.andWhere(new Brackets((w) => w.where('h.opens_at < :at', { at: cursor.at }).orWhere('h.opens_at = :at AND h.id < :id', { at: cursor.at, id: cursor.id })));
    }
    const rows = await qb.orderBy('h.opens_at', 'DESC').addOrderBy('h.id', 'DESC').take(limit + 1).getMany();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: await this.summaries(page), nextBefore: rows.length > limit && last ? encodeCursor(last) : null };
  }

  async mine(user: AuthenticatedUser): Promise<HearingSummaryView[]> {
    const apps = await this.applications.find({ where: { applicantId: user.id }, select: { id: true } });
    if (apps.length === 0) return [];
    const rows = await this.hearings.find({ where: { applicationId: In(apps.map((a) => a.id)) }, order: { opensAt: 'DESC' } });
    return this.summaries(rows);
  }

  async publicView(id: string): Promise<HearingView> {
    const hearing = await this.hearings.findOneBy({ id });
    if (!hearing) throw HearingErrors.create('HEARING_NOT_FOUND');
    return this.view(hearing, 'public');
  }

  async officeView(user: AuthenticatedUser, id: string): Promise<HearingView> {
    return this.view(await this.forOffice(user, id), 'office');
  }

  /** Staff of the office responsible for the hearing's application; anyone else 404. */
  private async forOffice(user: AuthenticatedUser, id: string): Promise<HearingEntity> {
    const hearing = await this.hearings.findOneBy({ id });
    if (!hearing || !isOfficeStaff(user, hearing.agencyId)) throw HearingErrors.create('HEARING_NOT_FOUND');
    return hearing;
  }

  /** The hearing id of an application, for its page (null: none yet). */
  async idOfApplication(applicationId: string): Promise<string | null> {
    return (await this.hearings.findOne({ where: { applicationId }, select: { id: true } }))?.id ?? null;
  }

  /** A published document's bytes (as published, checked against its hash). */
  async publishedFile(id: string, documentId: string): Promise<{ contentType: string; fileName: string; content: Buffer }> {
    const hearing = await this.hearings.findOneBy({ id });
    const doc = hearing?.publishedDocuments.find((d) => d.id === documentId) as (PublishedDocument & { storageKey?: string }) | undefined;
    if (!hearing || !doc?.storageKey) throw HearingErrors.create('HEARING_FILE_NOT_FOUND');
    return { contentType: doc.contentType, fileName: doc.fileName, content: await this.checkedContent(doc.storageKey, doc.sha256, doc.id) };
  }

  /** A comment's photo: public unless the comment is hidden; the office sees every photo. */
  async photo(id: string, commentId: string, photoId: string, user?: AuthenticatedUser): Promise<{ contentType: string; content: Buffer }> {
    const hearing = user ? await this.forOffice(user, id) : await this.hearings.findOneBy({ id });
    const comment = hearing ? await this.comments.findOneBy({ id: commentId, hearingId: hearing.id }) : null;
    const photo = comment && (user || !comment.hiddenAt) ? await this.photos.findOneBy({ id: photoId, commentId: comment.id }) : null;
    if (!photo) throw HearingErrors.create('HEARING_FILE_NOT_FOUND');
    return { contentType: photo.contentType, content: await this.checkedContent(photo.storageKey, photo.sha256, photo.id) };
  }

  private async checkedContent(key: string, hash: string, id: string): Promise<Buffer> {
    const content = await this.storage.get(key).catch(() => {
      throw DocumentErrors.create('DOCUMENT_CONTENT_UNAVAILABLE');
    });
    if (!content || sha256(content) !== hash) {
      this.logger.error(`Hearing file ${id} (${key}) is ${content ? 'changed' : 'missing'} in the ${this.storage.kind} store`);
      throw DocumentErrors.create('DOCUMENT_INTEGRITY_FAILED', { documentId: id });
    }
    return content;
  }

  /** Every hearing, newest first, for the open data and the feed (no personal data is read). */
  async all(filter: { province?: string; subdistrict?: string } = {}, limit?: number): Promise<{ hearing: HearingEntity; summary: HearingSummaryView; counts: HearingCountsView }[]> {
    const rows = await this.hearings.find({
      where: { ...(filter.province ? { provinceCode: filter.province } : {}), ...(filter.subdistrict ? { subdistrictCode: filter.subdistrict } : {}) },
      order: { opensAt: 'DESC', id: 'DESC' },
      ...(limit ? { take: limit } : {}),
    });
    const summaries = await this.summaries(rows);
    const counts = await this.countsByHearing(rows.map((r) => r.id));
    return rows.map((hearing, i) => ({ hearing, summary: summaries[i], counts: counts.get(hearing.id) ?? countsOf([]) }));
  }

  private async countsByHearing(ids: string[]): Promise<Map<string, HearingCountsView>> {
    const result = new Map<string, HearingCountsView>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.comments.find({ where: { hearingId: In(ids.slice(i, i + 500)) }, select: { hearingId: true, stance: true, hiddenAt: true } });
      for (const id of ids.slice(i, i + 500)) result.set(id, countsOf(rows.filter((r) => r.hearingId === id)));
    }
    return result;
  }

  private async summaries(rows: HearingEntity[]): Promise<HearingSummaryView[]> {
    const areas = await this.areas.named(rows.flatMap((h) => [h.provinceCode, h.districtCode, h.subdistrictCode]));
    const types = new Map<string, { th: string; en: string }>();
    for (const slug of new Set(rows.map((r) => r.licenceType))) types.set(slug, (await this.catalogue.workflow(slug)).definition.name);
    const now = this.clock.now();
    const area = (code: string) => areaOf(areas.get(code) ?? unknownArea(code));
    return rows.map((h) => ({
      id: h.id,
      reference: h.reference,
      licenceType: { slug: h.licenceType, name: types.get(h.licenceType)! },
      proposer: { kind: h.proposerKind, name: h.proposerName },
      businessName: h.businessName,
      premises: { address: h.premisesAddress, subdistrict: area(h.subdistrictCode), district: area(h.districtCode), province: area(h.provinceCode) },
      opensAt: h.opensAt.toISOString(),
      closesAt: h.closesAt.toISOString(),
      status: this.statusOf(h, now),
      commentCount: h.commentCount,
      days: h.days,
    }));
  }

  private async view(hearing: HearingEntity, side: 'public' | 'office'): Promise<HearingView> {
    const office = side === 'office';
    const [[summary], comments, answers, workflow] = await Promise.all([
      this.summaries([hearing]),
      this.comments.find({ where: { hearingId: hearing.id }, order: { number: 'ASC' } }),
      this.answers.find({ where: { hearingId: hearing.id }, order: { answeredAt: 'ASC' } }),
      this.catalogue.workflow(hearing.licenceType),
    ]);
    const photos = comments.length > 0 ? await this.photos.find({ where: { commentId: In(comments.map((c) => c.id)) }, order: { uploadedAt: 'ASC' } }) : [];
    const names = office ? (await this.users.namesOf([], [...new Set(comments.map((c) => c.commenterId))])).users : new Map();
    const base = `/api/v1/${office ? 'office/' : ''}hearings/${hearing.id}`;
    const commentViews: HearingCommentView[] = comments.map((c) => {
      const shown = office || !c.hiddenAt;
      return {
        id: c.id,
        number: c.number,
        stance: c.stance,
        text: shown ? c.text : null,
        photos: shown ? photos.filter((p) => p.commentId === c.id).map((p) => ({ id: p.id, url: `${base}/comments/${c.id}/photos/${p.id}` })) : [],
        postedAt: c.postedAt.toISOString(),
        hidden: c.hiddenAt ? { reason: c.hiddenReason ?? '', hiddenAt: c.hiddenAt.toISOString() } : null,
        ...(office ? { commenter: { name: (names.get(c.commenterId) as { name?: { th: string } } | undefined)?.name?.th ?? null } } : {}),
      };
    });
    const licence = hearing.concludedAt ? await this.licences.issuedFor(hearing.applicationId) : null;
    const baseUrl = (this.config.get<string>('PUBLIC_BASE_URL') ?? '').replace(/\/+$/, '');
    return {
      ...summary,
      notice: hearing.notice,
      documents: hearing.publishedDocuments.map((d) => ({
        id: d.id,
        label: workflow.definition.documents.find((r) => r.code === d.code)?.label ?? { th: d.code, en: d.code },
        fileName: d.fileName,
        url: `/api/v1/hearings/${hearing.id}/documents/${d.id}`,
      })),
      comments: commentViews,
      answers: answers.map((a) => ({ id: a.id, commentNumbers: a.commentNumbers, text: a.text, answeredAt: a.answeredAt.toISOString() })),
      result:
        hearing.concludedAt && hearing.summary
          ? {
              summary: hearing.summary,
              points: hearing.points ?? [],
              counts: countsOf(comments),
              concludedAt: hearing.concludedAt.toISOString(),
              letter: licence ? { licenceNumber: licence.number, verifyUrl: `${baseUrl}/verify/${encodeURIComponent(licence.number)}` } : null,
            }
          : null,
      canComment: summary.status === 'open',
      ...(office ? { applicationId: hearing.applicationId } : {}),
    };
  }
}

function countsOf(rows: Pick<HearingCommentEntity, 'stance' | 'hiddenAt'>[]): HearingCountsView {
  const visible = rows.filter((r) => !r.hiddenAt);
  return {
    support: visible.filter((r) => r.stance === 'support').length,
    oppose: visible.filter((r) => r.stance === 'oppose').length,
    neutral: visible.filter((r) => r.stance === 'neutral').length,
    hidden: rows.length - visible.length,
  };
}

function areaOf(a: AreaView): { code: string; name: { th: string; en: string } } {
  return { code: a.code, name: a.name };
}

function invalid(problems: FieldProblem[]) {
  return RequestErrors.create('VALIDATION_FAILED', { problems: problems.map((p) => `${p.field} ${p.problem}`).join('; ') }, problems);
}

function encodeCursor(h: HearingEntity): string {
  return Buffer.from(`${h.opensAt.toISOString()}|${h.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) throw HearingErrors.create('HEARING_LIST_BAD_CURSOR');
  return { at: date, id };
}

export type { ApplicationEntity };
