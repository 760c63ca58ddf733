import { Controller, Get, Query, ValidationPipe } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { SwaggerModule, DocumentBuilder } from '@nestjs/swagger';
import type { ValidationError } from 'class-validator';
import { PageLimit, pageLimitMessage } from './page-limit';

class PageQuery {
  @PageLimit({ max: 100, default: 30 })
  limit?: number;
}

class DescribedPageQuery {
  @PageLimit({ max: 200, default: 50, description: 'Items per page' })
  limit?: number;
}

@Controller('things')
class ThingsController {
  @Get()
  list(@Query() query: PageQuery) {
    return query;
  }

  @Get('more')
  more(@Query() query: DescribedPageQuery) {
    return query;
  }
}

/** The API's own pipe settings (apps/api/src/create-app.ts), the errors handed back instead of thrown as HTTP. */
const pipe = new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: (errors: ValidationError[]) => errors });

async function read(query: Record<string, unknown>, metatype: new () => unknown = PageQuery): Promise<{ value?: unknown; problems?: string[] }> {
  try {
    return { value: await pipe.transform(query, { type: 'query', metatype }) };
  } catch (errors) {
    return { problems: (errors as ValidationError[]).flatMap((e) => Object.values(e.constraints ?? {})) };
  }
}

describe('PageLimit', () => {
  it('reads a limit written in digits within 1–max, and leaves it out when absent', async () => {
    expect(await read({ limit: '1' })).toEqual({ value: Object.assign(new PageQuery(), { limit: 1 }) });
    expect(await read({ limit: '100' })).toEqual({ value: Object.assign(new PageQuery(), { limit: 100 }) });
    expect(await read({ limit: '200' }, DescribedPageQuery)).toEqual({ value: Object.assign(new DescribedPageQuery(), { limit: 200 }) });
    expect((await read({})).value).toEqual(new PageQuery());
  });

  it('refuses anything else with one message naming the range', async () => {
    const refused = pageLimitMessage(100);
    expect(refused).toBe('limit must be a whole number from 1 to 100');
    for (const limit of ['0', '101', '-5', 'ten', '', '2.5', '5.0', '1e1', ' 5', '0x10', ['1', '2']]) {
      const { problems } = await read({ limit });
      expect(problems?.length).toBeGreaterThan(0);
      expect(new Set(problems)).toEqual(new Set([refused]));
    }
    expect((await read({ limit: '201' }, DescribedPageQuery)).problems).toContain('limit must be a whole number from 1 to 200');
  });

  it('documents the parameter as optional with its minimum, maximum and default', async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [ThingsController] }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    expect(document.paths['/things'].get?.parameters).toEqual([{ name: 'limit', in: 'query', required: false, schema: { minimum: 1, maximum: 100, default: 30, type: 'number' } }]);
    expect(document.paths['/things/more'].get?.parameters).toEqual([
      { name: 'limit', in: 'query', required: false, description: 'Items per page', schema: { minimum: 1, maximum: 200, default: 50, type: 'number' } },
    ]);
    await app.close();
  });
});
