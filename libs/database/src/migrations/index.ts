import { InitialSchema1763800000000 } from './1763800000000-initial-schema';

/** Every migration in the order it runs; new ones are appended here. */
export const ALL_MIGRATIONS = [InitialSchema1763800000000];
