import type { ApplicationView, DocumentList, LicenceTypeView } from './data';

export type TaskStatus = 'done' | 'inProgress' | 'notStarted' | 'cannotStart';
export type TaskName = 'premises' | 'form' | 'documents' | 'applicant' | 'delivery' | 'check';

export interface Task {
  name: TaskName;
  path: string;
  status: TaskStatus;
}

/** Whether the licence type lets the applicant choose delivery (licences and notifications; registrations issue nothing). */
export function offersDelivery(app: ApplicationView) {
  return app.availableEvents.some((e) => e.type === 'CHOOSE_DELIVERY');
}

/** Required document codes not uploaded yet: the API's list when it gives one, else worked out from the licence type. */
export function missingDocuments(type: LicenceTypeView, documents: DocumentList | null | undefined): string[] {
  const required = type.documents.filter((d) => d.required).map((d) => d.code);
  if (!documents) return required;
  if (documents.missing.length > 0) return documents.missing.map((m) => m.code);
  const uploaded = new Set(documents.documents.filter((d) => d.filename || d.sha256 || d.uploadedAt).map((d) => d.code));
  return required.filter((code) => !uploaded.has(code));
}

/**
 * The task list's statuses (GOV.UK "complete multiple tasks"): from the server's draft only, so they
 * survive a reload. The check-answers task cannot start until every other task is done.
 */
export function tasksOf(app: ApplicationView, type: LicenceTypeView, documents: DocumentList | null | undefined, deliveryChosen: boolean): Task[] {
  const base = `/applications/${app.id}`;
  const formKeys = Object.keys(app.form ?? {}).length;
  const missing = missingDocuments(type, documents);
  const uploadedCount = documents?.documents.filter((d) => d.filename || d.sha256 || d.uploadedAt).length ?? 0;
  const tasks: Task[] = [
    { name: 'premises', path: `${base}/premises`, status: 'done' },
    { name: 'form', path: `${base}/form`, status: app.formProblems.length === 0 ? 'done' : formKeys > 0 ? 'inProgress' : 'notStarted' },
  ];
  if (type.documents.length > 0) {
    tasks.push({ name: 'documents', path: `${base}/documents`, status: missing.length === 0 && documents ? 'done' : uploadedCount > 0 ? 'inProgress' : 'notStarted' });
  }
  tasks.push({ name: 'applicant', path: `${base}/applicant`, status: app.holder.confirmedAt ? 'done' : 'notStarted' });
  if (offersDelivery(app)) {
    tasks.push({ name: 'delivery', path: `${base}/delivery`, status: deliveryChosen || app.delivery.method !== 'e-licence' ? 'done' : 'notStarted' });
  }
  const ready = tasks.every((task) => task.status === 'done');
  tasks.push({ name: 'check', path: `${base}/check`, status: ready ? 'notStarted' : 'cannotStart' });
  return tasks;
}
