import { addTexts } from '../../../i18n';
import './offices.css';
import texts from './texts';

/** Registers the local offices pages' texts (namespace `studio-offices`) and styles when any of them loads. */
addTexts('studio-offices', texts);
