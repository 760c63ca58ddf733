import { addTexts } from '../../../i18n';
import './studio-businesses.css';
import texts from './texts';

/** The namespace of the studio's business-type pages. */
export const NS = 'studio-businesses';
addTexts(NS, texts);
