import { defineErrors, type DomainError } from '@bizportal/common';
import type { DefinitionProblem } from '@bizportal/engine';

/** Errors of workflow administration: licence types, workflow versions, validation and publication. */
export const WorkflowAdminErrors = defineErrors('workflow-admin', {
  WORKFLOW_VERSION_NUMBER_INVALID: { kind: 'bad-request', th: 'เลขฉบับไม่ถูกต้อง', en: 'The version must be a whole number, e.g. 2' },
  WORKFLOW_VERSION_NOT_FOUND: { kind: 'not-found', th: 'ไม่พบกระบวนงาน {slug} ฉบับที่ {version}', en: '{slug} has no workflow version {version}' },
  LICENCE_TYPE_EXISTS: {
    kind: 'conflict',
    th: 'มีประเภทใบอนุญาต {slug} อยู่แล้ว',
    en: "Licence type '{slug}' already exists: draft a new version with POST /api/v1/admin/licence-types/{slug}/versions",
  },
  WORKFLOW_VERSION_ALREADY_PUBLISHED: {
    kind: 'conflict',
    th: 'ฉบับที่ {version} เผยแพร่แล้ว',
    en: 'Version {version} of {slug} was already published ({publishedAt} by {publishedBy}); draft a new version to change it',
  },
  /** `{refusalTh}`/`{refusalEn}`: what could not be done, from REFUSALS below. */
  WORKFLOW_DEFINITION_INVALID: { kind: 'unprocessable', th: '{refusalTh}กระบวนงานไม่ถูกต้อง', en: '{refusalEn} ({version}): {problems}' },
});

/** What an invalid definition stops: storing it as a draft, publishing it, simulating it. */
const REFUSALS = {
  store: { refusalTh: '', refusalEn: 'The workflow definition is invalid' },
  publish: { refusalTh: 'เผยแพร่ไม่ได้ ', refusalEn: 'This version cannot be published: it fails validation' },
  simulate: { refusalTh: 'จำลองไม่ได้ ', refusalEn: 'This version cannot be simulated: it fails validation' },
};

/** 422 WORKFLOW_DEFINITION_INVALID with every problem, as the engine reports them, in `details`. */
export function definitionInvalid(refused: keyof typeof REFUSALS, version: string, problems: DefinitionProblem[]): DomainError {
  const listed = problems.map((p) => `${p.state ? `[${p.state}] ` : ''}${p.problem}`).join('; ');
  return WorkflowAdminErrors.create('WORKFLOW_DEFINITION_INVALID', { ...REFUSALS[refused], version, problems: listed }, problems);
}
