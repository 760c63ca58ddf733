import { getDefaultRegistry } from '@rjsf/core';
import type { BaseInputTemplateProps, FieldTemplateProps, IconButtonProps, ObjectFieldTemplateProps, RegistryWidgetsType, TemplatesType, WidgetProps } from '@rjsf/utils';
import { useTranslation } from 'react-i18next';

/**
 * rjsf templates that draw the licence's form like the rest of the portal (GOV.UK patterns): a form
 * group per field with its label, "(ไม่บังคับ)" for optional fields, hint, and the error message
 * above the input; no rjsf error list (the page shows our ErrorSummary). Ids are rjsf's own
 * (`root_businessName`), so the summary links straight to each input.
 */
const defaults = getDefaultRegistry();

function FieldTemplate(props: FieldTemplateProps) {
  const { id, label, required, rawErrors, rawDescription, children, hidden, displayLabel, schema } = props;
  const { t } = useTranslation('apply');
  if (hidden) return <div hidden>{children}</div>;
  // The root object and groups draw their own structure.
  if (schema.type === 'object' || (schema.type === 'array' && id === 'root')) return children;
  const errors = (rawErrors ?? []).filter(Boolean);
  const isArray = schema.type === 'array';
  return (
    <div className={'form-group' + (errors.length ? ' form-group--error' : '')}>
      {displayLabel && label && !isArray && (
        <label htmlFor={id}>
          {label}
          {!required && <span className="optional"> {t('form.optional')}</span>}
        </label>
      )}
      {isArray && label && (
        <h3 className="field-heading" id={id + '__title'}>
          {label}
          {!required && <span className="optional"> {t('form.optional')}</span>}
        </h3>
      )}
      {rawDescription && (
        <span className="hint" id={id + '__description'}>
          {rawDescription}
        </span>
      )}
      {errors.length > 0 && (
        <span className="error-message" id={id + '__error'}>
          <span className="visually-hidden">{t('errorPrefix', { ns: 'common' })}</span>
          {errors.join(' ')}
        </span>
      )}
      {children}
    </div>
  );
}

function ObjectFieldTemplate({ properties }: ObjectFieldTemplateProps) {
  return (
    <>
      {properties.map((p) => (
        <div key={p.name} hidden={p.hidden}>
          {p.content}
        </div>
      ))}
    </>
  );
}

function BaseInputTemplate(props: BaseInputTemplateProps) {
  const Default = defaults.templates.BaseInputTemplate;
  const invalid = (props.rawErrors ?? []).length > 0;
  // Numbers are typed freely (GOV.UK: no spinners); the schema still checks them.
  const numeric = props.schema.type === 'number' || props.schema.type === 'integer';
  const inputMode: 'numeric' | 'decimal' | undefined = numeric ? (props.schema.type === 'integer' ? 'numeric' : 'decimal') : undefined;
  const extra = { 'aria-invalid': invalid || undefined, ...(inputMode ? { inputMode } : {}) };
  return <Default {...props} {...extra} />;
}

function AddButton({ onClick, disabled }: IconButtonProps) {
  const { t } = useTranslation('apply');
  return (
    <button type="button" className="button button--secondary" onClick={onClick} disabled={disabled}>
      {t('form.addItem')}
    </button>
  );
}

function RemoveButton({ onClick, disabled }: IconButtonProps) {
  const { t } = useTranslation('apply');
  return (
    <button type="button" className="link-button" onClick={onClick} disabled={disabled}>
      {t('form.removeItem')}
    </button>
  );
}

function Nothing() {
  return null;
}

/** Select with "เลือก" as the empty choice and aria-invalid when it has an error. */
function SelectWidget(props: WidgetProps) {
  const { t } = useTranslation('apply');
  const Default = defaults.widgets.SelectWidget;
  return <Default {...props} placeholder={props.placeholder || t('form.choose')} />;
}

export const templates: Partial<TemplatesType> = {
  FieldTemplate,
  ObjectFieldTemplate,
  BaseInputTemplate,
  ErrorListTemplate: Nothing,
  FieldErrorTemplate: Nothing,
  DescriptionFieldTemplate: Nothing,
  TitleFieldTemplate: Nothing,
  ButtonTemplates: {
    ...defaults.templates.ButtonTemplates,
    AddButton,
    RemoveButton,
    MoveUpButton: Nothing,
    MoveDownButton: Nothing,
    CopyButton: Nothing,
    SubmitButton: Nothing,
  },
};

export const widgets: RegistryWidgetsType = { SelectWidget };
