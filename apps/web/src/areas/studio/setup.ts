import { addTexts } from '../../i18n';
import './studio.css';
import texts from './texts';

/** Registers the studio's texts (namespace `studio`) and styles when any of its pages loads. */
addTexts('studio', texts);
