import { ApiError } from '../../../api/client';
import type { components } from '../../../api/schema';
import type { FieldError } from '../../../components/ErrorSummary';

export type BusinessContent = components['schemas']['BusinessTypeContentView'];
export type BusinessVersion = components['schemas']['BusinessVersionView'];
export type Problem = components['schemas']['BusinessProblemView'];
export const ADMIN_BUSINESSES_KEY = ['studio', 'businesses'] as const;

/** A refusal's `details` as the validator's problems ({field, problem}), or none. */
export function problemsOf(error: unknown): Problem[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.body.details)) return [];
  return (error.body.details as unknown[]).filter((d): d is Problem => typeof d === 'object' && d !== null && 'field' in d && 'problem' in d);
}

/** The id of the input a problem's field names: `quiz.questions.0.text.th` → `quiz-questions-0-text-th`; licences by slug. */
export function inputIdOf(field: string, content: BusinessContent): string {
  const licence = /^licences\.(\d+)$/.exec(field);
  if (licence) return `licence-${content.licences[Number(licence[1])] ?? ''}`;
  return field.replace(/\./g, '-');
}

/** The nearest element on the page for a field: the input itself, else the fieldset around it. */
export function focusableFor(id: string): string {
  let candidate = id;
  while (candidate && !document.getElementById(candidate)) candidate = candidate.includes('-') ? candidate.slice(0, candidate.lastIndexOf('-')) : '';
  return candidate || 'business-form';
}

export function toFieldErrors(problems: Problem[], content: BusinessContent, label: (p: Problem) => string): FieldError[] {
  return problems.map((p) => ({ field: focusableFor(inputIdOf(p.field, content)), message: label(p) }));
}
