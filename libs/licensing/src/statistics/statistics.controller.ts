import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Access, ApiErrors } from '@bizportal/identity';
import { OpenData, type SnapshotBodies } from './open-data.service';
import { CkanPackageShowView, DCAT_SCHEMA, OpenDataDictionaryView, OpenDataDownloadView } from './open-data.views';
import { StatisticsErrors as E } from './statistics-errors';
import { StatisticsQueries } from './statistics-queries.service';
import { StatisticsQueryDto } from './statistics.dto';
import { MEASUREMENT, StatisticsLicenceTypesView, StatisticsMonthsView, StatisticsOfficesView, StatisticsSummaryView } from './statistics.views';

const FILTER_ERRORS = [E.code.STATISTICS_MONTH_RANGE_INVALID, E.code.STATISTICS_MONTH_RANGE_TOO_LONG, E.code.STATISTICS_LICENCE_TYPE_UNKNOWN, E.code.STATISTICS_OFFICE_UNKNOWN];
const HOW = `${MEASUREMENT.en} Filters: licenceType, office, from, to (YYYY-MM, Bangkok months; the last 12 months by default, at most 120). No sign-in.`;

/** Public statistics of licence processing (issue 15): figures per licence type, office and month. */
@ApiTags('statistics')
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly queries: StatisticsQueries) {}

  @Access.public('none')
  @ApiErrors(...FILTER_ERRORS)
  @Get()
  @ApiOperation({ summary: 'Licence processing statistics over a period, with the backlog now / สถิติการพิจารณาอนุญาต', description: HOW })
  @ApiOkResponse({ type: StatisticsSummaryView })
  summary(@Query() query: StatisticsQueryDto) {
    return this.queries.summary(query);
  }

  @Access.public('none')
  @ApiErrors(...FILTER_ERRORS)
  @Get('months')
  @ApiOperation({ summary: 'The figures month by month (a series for charts) / สถิติรายเดือน', description: HOW })
  @ApiOkResponse({ type: StatisticsMonthsView })
  months(@Query() query: StatisticsQueryDto) {
    return this.queries.months(query);
  }

  @Access.public('none')
  @ApiErrors(...FILTER_ERRORS)
  @Get('licence-types')
  @ApiOperation({ summary: 'The figures per licence type, beside its statutory days / สถิติแยกตามประเภทใบอนุญาต', description: HOW })
  @ApiOkResponse({ type: StatisticsLicenceTypesView })
  licenceTypes(@Query() query: StatisticsQueryDto) {
    return this.queries.byLicenceType(query);
  }

  @Access.public('none')
  @ApiErrors(...FILTER_ERRORS)
  @Get('offices')
  @ApiOperation({ summary: 'The figures per office / สถิติแยกตามหน่วยงาน', description: HOW })
  @ApiOkResponse({ type: StatisticsOfficesView })
  offices(@Query() query: StatisticsQueryDto) {
    return this.queries.byOffice(query);
  }
}

const CACHING =
  'Served from the daily snapshot, with `ETag` and `Last-Modified`; `If-None-Match` or `If-Modified-Since` answer 304 while it is unchanged. No personal data; counts 1–4 and figures from fewer than 5 applications suppressed.';
const VALIDATORS = {
  ETag: { description: 'The snapshot body’s tag', schema: { type: 'string' } },
  'Last-Modified': { description: 'When the snapshot was generated', schema: { type: 'string' } },
};

/** Open data: the monthly figures as CSV and JSON, their data dictionary, DCAT-AP and CKAN metadata. */
@ApiTags('open-data')
@Controller('open-data')
export class OpenDataController {
  constructor(
    private readonly openData: OpenData,
    private readonly config: ConfigService,
  ) {}

  @Access.public('none')
  @Get('processing-statistics.csv')
  @ApiOperation({ summary: 'Monthly statistics per licence type × office × month, CSV / สถิติรายเดือน (CSV)', description: `UTF-8 with a byte-order mark, header row, RFC 4180 quoting, CRLF. ${CACHING}` })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV (columns: GET /open-data/processing-statistics/dictionary)', headers: VALIDATORS, content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiResponse({ status: 304, description: 'Not modified since the tag or date given' })
  async csv(@Req() req: Request, @Res() res: Response): Promise<void> {
    send(req, res, await this.openData.current(), 'csv');
  }

  @Access.public('none')
  @Get('processing-statistics.json')
  @ApiOperation({ summary: 'Monthly statistics per licence type × office × month, JSON / สถิติรายเดือน (JSON)', description: CACHING })
  @ApiOkResponse({ type: OpenDataDownloadView, headers: VALIDATORS })
  @ApiResponse({ status: 304, description: 'Not modified since the tag or date given' })
  async json(@Req() req: Request, @Res() res: Response): Promise<void> {
    send(req, res, await this.openData.current(), 'json');
  }

  @Access.public('none')
  @Get('processing-statistics/dictionary')
  @ApiOperation({ summary: 'The data dictionary: each column’s name, Thai and English title, type, unit and description / คำอธิบายข้อมูล' })
  @ApiOkResponse({ type: OpenDataDictionaryView })
  dictionary() {
    return this.openData.dictionary();
  }

  @Access.public('none')
  @Get('processing-statistics/ckan')
  @ApiOperation({ summary: 'The dataset as CKAN’s package_show answers it (for harvesting into data.go.th) / เมทาดาตาแบบ CKAN' })
  @ApiOkResponse({ type: CkanPackageShowView })
  ckan(@Req() req: Request) {
    return this.openData.ckanPackage(this.baseUrl(req));
  }

  @Access.public('none')
  @Get('catalog.jsonld')
  @ApiOperation({
    summary: 'DCAT-AP catalogue of the open data, JSON-LD (CKAN’s ckanext-dcat harvests it) / แคตตาล็อกข้อมูลเปิด DCAT',
    description: 'dcat:Catalog → dcat:Dataset (dct:title and dct:description in th and en, dct:publisher, dct:license CC BY 4.0, dct:modified, dct:temporal, dcat:keyword) → dcat:Distribution (dcat:downloadURL, dcat:mediaType) for the CSV, the JSON and the dictionary.',
  })
  @ApiOkResponse({ description: 'JSON-LD', content: { 'application/ld+json': { schema: DCAT_SCHEMA } } })
  async dcat(@Req() req: Request, @Res() res: Response): Promise<void> {
    const body = await this.openData.dcat(this.baseUrl(req));
    res.type('application/ld+json; charset=utf-8').send(JSON.stringify(body));
  }

  private baseUrl(req: Request): string {
    return this.config.get<string>('PUBLIC_BASE_URL') ?? `${req.protocol}://${req.get('host')}`;
  }
}

function send(req: Request, res: Response, snapshot: SnapshotBodies, format: 'csv' | 'json'): void {
  const etag = format === 'csv' ? snapshot.csvEtag : snapshot.jsonEtag;
  const lastModified = new Date(Math.floor(snapshot.generatedAt.getTime() / 1000) * 1000);
  res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', lastModified.toUTCString());
  res.setHeader('Cache-Control', 'public, max-age=3600');
  res.setHeader('Vary', 'Accept-Encoding');
  const noneMatch = req.get('if-none-match');
  const modifiedSince = req.get('if-modified-since');
  const unchanged = noneMatch
    ? noneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*')
    : modifiedSince !== undefined && !Number.isNaN(Date.parse(modifiedSince)) && Date.parse(modifiedSince) >= lastModified.getTime();
  if (unchanged) {
    res.status(304).end();
    return;
  }
  res.setHeader('Content-Disposition', `inline; filename="processing-statistics-${snapshot.generatedAt.toISOString().slice(0, 10)}.${format}"`);
  res.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
  // Stored compressed: a client accepting gzip gets those bytes as they are.
  if (req.acceptsEncodings('gzip', 'identity') === 'gzip') {
    res.setHeader('Content-Encoding', 'gzip');
    res.end(format === 'csv' ? snapshot.csvGzip : snapshot.jsonGzip);
    return;
  }
  res.end(format === 'csv' ? snapshot.plain.csv : snapshot.plain.json);
}
