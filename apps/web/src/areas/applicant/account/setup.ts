import { addTexts } from '../../../i18n';
import './account.css';
import texts from './texts';

/** Registers this area's texts (namespace `account`) and styles when any of its pages loads. */
addTexts('account', texts);
