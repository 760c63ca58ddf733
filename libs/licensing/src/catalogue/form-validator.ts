import { Injectable } from '@nestjs/common';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FieldProblem } from '@bizportal/common';
import { ajvErrorPath, describeAjvError, type CompiledWorkflow } from '@bizportal/engine';

interface FormValidators {
  /** Types and formats of the fields given; missing fields are fine (a draft). */
  partial: ValidateFunction;
  /** Everything, including required fields (submission). */
  complete: ValidateFunction;
}

function withoutRequired(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutRequired);
  if (schema && typeof schema === 'object') {
    return Object.fromEntries(
      Object.entries(schema).filter(([key]) => key !== 'required').map(([key, value]) => [key, withoutRequired(value)]),
    );
  }
  return schema;
}

/** Validates applicants' forms against each licence's JSON Schema (data, so ajv rather than class-validator). */
@Injectable()
export class FormValidator {
  private readonly ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
  private readonly cache = new WeakMap<CompiledWorkflow, FormValidators>();

  private validators(workflow: CompiledWorkflow): FormValidators {
    let validators = this.cache.get(workflow);
    if (!validators) {
      const schema = workflow.definition.form;
      validators = {
        partial: this.ajv.compile(withoutRequired(schema) as object),
        complete: this.ajv.compile(schema),
      };
      this.cache.set(workflow, validators);
    }
    return validators;
  }

  draftProblems(workflow: CompiledWorkflow, form: unknown): FieldProblem[] {
    return this.problems(this.validators(workflow).partial, form);
  }

  submissionProblems(workflow: CompiledWorkflow, form: unknown): FieldProblem[] {
    return this.problems(this.validators(workflow).complete, form);
  }

  private problems(validate: ValidateFunction, form: unknown): FieldProblem[] {
    if (validate(form)) return [];
    return (validate.errors ?? []).map((e) => ({ field: ajvErrorPath(e, 'form'), problem: describeAjvError(e) }));
  }
}
