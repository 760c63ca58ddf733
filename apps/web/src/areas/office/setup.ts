import { addTexts } from '../../i18n';
import './office.css';
import texts from './texts';

/** Registers the office area's texts (namespace `office`) and styles when any of its pages loads. */
addTexts('office', texts);
