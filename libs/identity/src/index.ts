export * from './entities';
export * from './authenticated-user';
export * from './auth.decorators';
export * from './identity.service';
export * from './identity.module';
export { DEMO_AGENCIES, DEMO_USERS } from './demo-data';
