import { addTexts } from '../../../i18n';
import texts from './texts';

/** Registers this area's texts (namespace `agents`) when any of its pages loads. */
addTexts('agents', texts);
