import { addTexts } from '../../i18n';
import './complaints.css';
import texts from './texts';

/** Registers this area's texts (namespace `complaints`) and styles when any of its pages loads. */
addTexts('complaints', texts);
export const NS = 'complaints';
