import { defineErrors } from '@bizportal/common';

/**
 * Errors of migrating running applications between workflow versions. The plan's codes (422) carry `details`
 * naming the states; an application's own refusal (`MIGRATION_TARGET_DATA_MISSING`) and a skip
 * (`MIGRATION_APPLICATION_MOVED`) are reported per application in the plan and the report.
 */
export const MigrationErrors = defineErrors('workflow-migrations', {
  MIGRATION_SAME_VERSION: {
    kind: 'unprocessable',
    th: 'ฉบับต้นทางและปลายทางต้องไม่ใช่ฉบับเดียวกัน',
    en: 'fromVersion and toVersion are both {version}: a migration moves applications to another version',
  },
  MIGRATION_VERSION_NOT_PUBLISHED: {
    kind: 'unprocessable',
    th: 'ย้ายได้เฉพาะระหว่างกระบวนงานฉบับที่เผยแพร่แล้ว',
    en: 'Applications move only between published versions of {slug}: {problems}',
  },
  MIGRATION_SOURCE_STATE_UNKNOWN: {
    kind: 'unprocessable',
    th: 'ไม่มีสถานะนี้ในกระบวนงานฉบับต้นทาง',
    en: 'Version {fromVersion} has no state named {states}',
  },
  MIGRATION_SOURCE_STATE_UNMAPPED: {
    kind: 'unprocessable',
    th: 'ยังไม่ได้กำหนดสถานะปลายทางให้สถานะที่มีคำขอค้างอยู่',
    en: 'Live applications wait in states the plan does not map: {states}',
  },
  MIGRATION_TARGET_STATE_UNKNOWN: {
    kind: 'unprocessable',
    th: 'ไม่มีสถานะปลายทางนี้ในกระบวนงานฉบับใหม่',
    en: 'Version {toVersion} has no state named {states}',
  },
  MIGRATION_TARGET_STATE_FINAL: {
    kind: 'unprocessable',
    th: 'ย้ายคำขอที่ยังดำเนินการอยู่ไปยังสถานะสิ้นสุดไม่ได้',
    en: 'A running application cannot be moved into a final state: {states}',
  },
  MIGRATION_ACTOR_CHANGE: {
    kind: 'unprocessable',
    th: 'สถานะปลายทางรอผู้ดำเนินการต่างจากสถานะเดิม ให้ระบุใน allowActorChange หากตั้งใจ',
    en: 'These targets wait for another kind of actor than their source; list them in allowActorChange if that is intended: {states}',
  },
  MIGRATION_APPLICATIONS_REFUSED: {
    kind: 'unprocessable',
    th: 'มีคำขอที่ย้ายไม่ได้เพราะขาดข้อมูลที่สถานะปลายทางต้องใช้',
    en: '{count} applications lack what their target state needs (see the dry run); narrow the filter, change the mapping, or send skipRefused: true to move the others',
  },
  MIGRATION_NOTHING_TO_MOVE: {
    kind: 'unprocessable',
    th: 'ไม่มีคำขอที่ดำเนินการอยู่ตรงตามเงื่อนไข',
    en: 'No live application of {slug} version {fromVersion} matches the plan: nothing to migrate',
  },
  MIGRATION_ALREADY_RUNNING: {
    kind: 'conflict',
    th: 'มีการย้ายคำขอของใบอนุญาตประเภทนี้กำลังดำเนินการอยู่',
    en: 'Migration {id} of {slug} is still running; wait for its report',
  },
  MIGRATION_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบรายการย้ายคำขอ', en: '{slug} has no migration {id}' },
  MIGRATION_TARGET_DATA_MISSING: {
    kind: 'unprocessable',
    th: 'คำขอขาดข้อมูลที่สถานะปลายทาง {state} ต้องใช้ ({missing})',
    en: 'The application lacks what state {state} needs: {missing}',
  },
  MIGRATION_APPLICATION_MOVED: {
    kind: 'conflict',
    th: 'คำขอเปลี่ยนไปแล้วระหว่างการย้าย จึงไม่ได้ย้าย',
    en: 'The application changed after the plan was made (version {planned}, now {current}); it was left as it is',
  },
});
