import { customizeValidator } from '@rjsf/validator-ajv8';
import localizeTh from 'ajv-i18n/localize/th';

/** ajv with Thai or English messages: loaded only where the page may compile code (not under the portal's CSP). */
export const validators = { th: customizeValidator({}, localizeTh), en: customizeValidator({}) };
