import { addTexts } from '../../i18n';
import texts from './texts';
import './public.css';

/** Every public page imports this first: the area's texts (namespace `public`) and its styles. */
addTexts('public', texts);

export const NS = 'public';
