import { addTexts } from '../../i18n';
import './settings.css';
import texts from './texts';

/** Registers this area's texts (namespace `settings`) and styles when any of its pages loads. */
addTexts('settings', texts);
