import { Controller, Get, Post, RequestMethod } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Public, Roles } from '../auth.decorators';
import { Access } from './access.decorator';
import { assertEveryRouteDeclaresAccess, listRouteAccess, UndeclaredAccessError } from './route-access';

@Controller('things')
class DeclaredController {
  @Access.public('none')
  @Get()
  list() {}

  @Access.roles(['officer', 'approver'], 'application-office')
  @Post(':id/claim')
  claim() {}
}

@Public()
@Controller('open')
class ForgetfulController {
  @Get('forgotten')
  forgotten() {}

  // The handler's declaration wins over the class's @Public: signed in, as declared.
  @Access.signedIn('self')
  @Get('mine')
  mine() {}
}

@Roles('workflow_admin')
@Controller('admin')
class ContradictoryController {
  @Access.signedIn('none')
  @Get()
  widened() {}
}

@Controller('health')
class HealthLikeController {
  @Access.public('none')
  @Get()
  check() {}
}

async function appWith(...controllers: (new (...args: never[]) => unknown)[]) {
  const moduleRef = await Test.createTestingModule({ controllers }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  app.setGlobalPrefix('api/v1', { exclude: [{ path: 'health', method: RequestMethod.GET }] });
  return app;
}

describe('every route declares its access rule', () => {
  it('lists each route with its full path, its declared rule and what the guard enforces', async () => {
    const app = await appWith(DeclaredController, HealthLikeController);
    expect(listRouteAccess(app).map((r) => [r.method, r.path, r.rule?.who, r.rule?.resource, r.enforced])).toEqual([
      ['GET', '/api/v1/things', 'public', 'none', { public: true, roles: [] }],
      ['POST', '/api/v1/things/:id/claim', 'roles', 'application-office', { public: false, roles: ['officer', 'approver'] }],
      ['GET', '/health', 'public', 'none', { public: true, roles: [] }],
    ]);
    expect(() => assertEveryRouteDeclaresAccess(app)).not.toThrow();
    await app.close();
  });

  it('refuses to start, naming the route, when one declares nothing or a rule the guard would not enforce', async () => {
    const app = await appWith(DeclaredController, ForgetfulController, ContradictoryController);
    let error: unknown;
    try {
      assertEveryRouteDeclaresAccess(app);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UndeclaredAccessError);
    expect((error as UndeclaredAccessError).problems).toEqual([
      expect.stringMatching(/^GET \/api\/v1\/open\/forgotten \(ForgetfulController\.forgotten\) declares no access rule/),
      expect.stringMatching(/^GET \/api\/v1\/admin \(ContradictoryController\.widened\) declares roles \[\] but the guard would require \[workflow_admin\]/),
    ]);
    await app.close();
  });

  it('refuses Access.roles without roles', () => {
    expect(() => Access.roles([], 'none')).toThrow(/at least one role/);
  });
});
