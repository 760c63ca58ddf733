import { addTexts } from '../../i18n';
import './hearings.css';
import texts from './texts';

/** Registers this area's texts (namespace `hearings`) and styles when any of its pages loads. */
addTexts('hearings', texts);
export const NS = 'hearings';
