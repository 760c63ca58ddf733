import { addTexts } from '../../../i18n';
import './bundles.css';
import texts from './texts';

/** Registers this area's texts (namespace `bundles`) and styles when any of its pages loads. */
addTexts('bundles', texts);
export const NS = 'bundles';
