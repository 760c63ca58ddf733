import { Controller, Get, Query, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DocumentBuilder, SwaggerModule, type OperationObject, type ResponseObject } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { RequestErrors } from '@bizportal/common';
import { Access } from './access.decorator';
import { ApiErrors, withErrorResponses } from './api-errors';
import { RateLimit } from './rate-limit.decorator';

class MonthQuery {
  @IsOptional()
  @Matches(/^\d{4}-\d{2}$/)
  from?: string;
}

// Two controllers of one class name, as the public statistics and the office's satisfaction statistics once were:
// the same handler name, one public with a validated query and a rate limit, the other for a role and without either.
const PublicStatistics = (() => {
  @Controller('statistics')
  class StatisticsController {
    @Access.public('none')
    @RateLimit('quiz')
    @ApiErrors(RequestErrors.code.CONCURRENT_CHANGE)
    @Get()
    summary(@Query() query: MonthQuery) {
      return query;
    }
  }
  return StatisticsController;
})();

const OfficeStatistics = (() => {
  @Controller('satisfaction/statistics')
  class StatisticsController {
    @Access.roles(['officer'], 'none')
    @Get()
    summary() {
      return {};
    }
  }
  return StatisticsController;
})();

/** The codes the document lists for each status of `get path`. */
function codesOf(operation: OperationObject | undefined): Record<string, string[]> {
  const codes: Record<string, string[]> = {};
  for (const [status, response] of Object.entries(operation?.responses ?? {})) {
    const schema = (response as ResponseObject).content?.['application/json']?.schema as { allOf?: { properties?: { code?: { enum?: string[] } } }[] } | undefined;
    const listed = schema?.allOf?.[1]?.properties?.code?.enum;
    if (listed) codes[status] = [...listed].sort();
  }
  return codes;
}

async function documentOf(...controllers: (new (...args: never[]) => unknown)[]): Promise<{ app: INestApplication; codes: (path: string) => Record<string, string[]> }> {
  const moduleRef = await Test.createTestingModule({ controllers }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  const document = withErrorResponses(SwaggerModule.createDocument(app, new DocumentBuilder().build()), app);
  return { app, codes: (path) => codesOf(document.paths[path]?.get) };
}

describe('withErrorResponses', () => {
  it('reads each route from its own controller when two controllers share a class name', async () => {
    expect(PublicStatistics.name).toBe(OfficeStatistics.name);
    for (const order of [
      [PublicStatistics, OfficeStatistics],
      [OfficeStatistics, PublicStatistics],
    ]) {
      const { app, codes } = await documentOf(...order);
      expect(codes('/statistics')).toEqual({
        '400': [RequestErrors.code.VALIDATION_FAILED],
        '409': [RequestErrors.code.CONCURRENT_CHANGE],
        '429': [RequestErrors.code.RATE_LIMITED],
        '500': [RequestErrors.code.INTERNAL_ERROR],
      });
      const office = codes('/satisfaction/statistics');
      expect(Object.keys(office)).toEqual(['401', '403', '500']);
      expect(office['401']).toContain(RequestErrors.code.AUTHENTICATION_REQUIRED);
      expect(office['403']).toEqual([RequestErrors.code.ROLE_FORBIDDEN]);
      await app.close();
    }
  });
});
