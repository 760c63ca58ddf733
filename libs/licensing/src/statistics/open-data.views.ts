import { ApiProperty } from '@nestjs/swagger';
import { LocalizedNameView } from './statistics.views';

const int = (description: string) => ApiProperty({ type: Number, nullable: true, description });

export class OpenDataRowView {
  @ApiProperty({ example: '2026-03' }) month!: string;
  @ApiProperty({ example: 'food-premises-permit' }) licence_type!: string;
  @ApiProperty() licence_type_name_th!: string;
  @ApiProperty() licence_type_name_en!: string;
  @ApiProperty({ example: 'bma-khlong-toei' }) office_id!: string;
  @ApiProperty() office_name_th!: string;
  @ApiProperty() office_name_en!: string;
  @int('Statutory processing days (working days)') statutory_days!: number | null;
  @int('Applications first submitted in the month') received!: number | null;
  @int('Applications completed in the month') completed!: number | null;
  @int('Applications rejected in the month') rejected!: number | null;
  @int('Applications withdrawn or closed in the month') withdrawn!: number | null;
  @int('completed + rejected') decided!: number | null;
  @int('Median processing working days of the month’s decisions') median_processing_days!: number | null;
  @int('90th percentile of processing working days') p90_processing_days!: number | null;
  @int('Decisions with statutory days') judged!: number | null;
  @int('Decisions within the statutory days') on_time!: number | null;
  @int('on_time / judged, 0–1') on_time_share!: number | null;
  @int('Successful fee payments') payments!: number | null;
  @int('Share paid by PromptPay, 0–1') share_promptpay!: number | null;
  @int('Share paid by card, 0–1') share_card!: number | null;
  @int('Share paid at the office counter, 0–1') share_counter!: number | null;
  @int('Share paid by bank bill payment, 0–1') share_billpay!: number | null;
  @ApiProperty({ type: [String], description: 'Columns suppressed in this row (fewer than 5 applications behind them)' }) suppressed!: string[];
}

export class SuppressionView {
  @ApiProperty({ example: 5 }) threshold!: number;
  @ApiProperty({ example: false }) secondarySuppression!: boolean;
}

export class OpenDataDownloadView {
  @ApiProperty({ example: 'bizportal-processing-statistics' }) dataset!: string;
  @ApiProperty({ type: LocalizedNameView }) title!: LocalizedNameView;
  @ApiProperty({ type: String, format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ type: String, nullable: true, example: '2025-01' }) firstMonth!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-03' }) lastMonth!: string | null;
  @ApiProperty({ example: 'https://creativecommons.org/licenses/by/4.0/' }) license!: string;
  @ApiProperty({ type: LocalizedNameView }) measurement!: LocalizedNameView;
  @ApiProperty({ type: SuppressionView }) suppression!: SuppressionView;
  @ApiProperty({ type: [String], description: 'The columns, in the CSV’s order' }) columns!: string[];
  @ApiProperty({ type: [OpenDataRowView] }) rows!: OpenDataRowView[];
}

export class DictionaryColumnView {
  @ApiProperty({ example: 'median_processing_days' }) name!: string;
  @ApiProperty({ type: LocalizedNameView }) title!: LocalizedNameView;
  @ApiProperty({ enum: ['string', 'integer', 'number'] }) type!: string;
  @ApiProperty({ type: String, nullable: true, example: 'working days' }) unit!: string | null;
  @ApiProperty({ type: LocalizedNameView }) description!: LocalizedNameView;
}

export class DictionarySuppressionView extends SuppressionView {
  @ApiProperty({ type: LocalizedNameView }) rule!: LocalizedNameView;
}

export class CsvFormatView {
  @ApiProperty() encoding!: string;
  @ApiProperty() delimiter!: string;
  @ApiProperty() lineEnd!: string;
  @ApiProperty() header!: boolean;
  @ApiProperty() quoting!: string;
}

export class OpenDataDictionaryView {
  @ApiProperty() dataset!: string;
  @ApiProperty({ type: LocalizedNameView }) title!: LocalizedNameView;
  @ApiProperty({ type: LocalizedNameView }) description!: LocalizedNameView;
  @ApiProperty() license!: string;
  @ApiProperty({ type: DictionarySuppressionView }) suppression!: DictionarySuppressionView;
  @ApiProperty({ type: LocalizedNameView }) measurement!: LocalizedNameView;
  @ApiProperty({ type: CsvFormatView }) csv!: CsvFormatView;
  @ApiProperty({ type: [DictionaryColumnView] }) columns!: DictionaryColumnView[];
}

export class CkanTagView {
  @ApiProperty() name!: string;
}

export class CkanExtraView {
  @ApiProperty() key!: string;
  @ApiProperty() value!: string;
}

export class CkanOrganizationView {
  @ApiProperty() name!: string;
  @ApiProperty() title!: string;
}

export class CkanResourceView {
  @ApiProperty() id!: string;
  @ApiProperty() package_id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ example: 'CSV' }) format!: string;
  @ApiProperty({ example: 'text/csv' }) mimetype!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Bytes' }) size!: number | null;
  @ApiProperty({ description: 'ISO 8601 without zone (UTC), as CKAN writes it' }) last_modified!: string;
  @ApiProperty() description!: string;
}

export class CkanPackageView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() title!: string;
  @ApiProperty() notes!: string;
  @ApiProperty({ example: 'CC-BY-4.0' }) license_id!: string;
  @ApiProperty() license_title!: string;
  @ApiProperty() license_url!: string;
  @ApiProperty() metadata_modified!: string;
  @ApiProperty() private!: boolean;
  @ApiProperty() state!: string;
  @ApiProperty() type!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ type: CkanOrganizationView }) organization!: CkanOrganizationView;
  @ApiProperty({ type: [CkanTagView] }) tags!: CkanTagView[];
  @ApiProperty({ type: [CkanExtraView] }) extras!: CkanExtraView[];
  @ApiProperty() num_resources!: number;
  @ApiProperty({ type: [CkanResourceView] }) resources!: CkanResourceView[];
}

export class CkanPackageShowView {
  @ApiProperty() help!: string;
  @ApiProperty() success!: boolean;
  @ApiProperty({ type: CkanPackageView }) result!: CkanPackageView;
}

/** The JSON-LD catalogue as a schema (DCAT-AP: the properties this portal writes; JSON-LD allows more). */
export const DCAT_SCHEMA = {
  type: 'object',
  required: ['@context', '@id', '@type', 'dcat:dataset'],
  properties: {
    '@context': { type: 'object', additionalProperties: { type: 'string' } },
    '@id': { type: 'string', format: 'uri' },
    '@type': { type: 'string', enum: ['dcat:Catalog'] },
    'dct:title': { type: 'array', items: { type: 'object', additionalProperties: true } },
    'dct:description': { type: 'array', items: { type: 'object', additionalProperties: true } },
    'dct:publisher': { type: 'object', additionalProperties: true },
    'dct:license': { type: 'object', additionalProperties: true },
    'dct:modified': { type: 'object', additionalProperties: true },
    'dcat:dataset': {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: true,
        description: 'dcat:Dataset with dct:title and dct:description in th and en, dct:publisher, dct:license, dct:modified, dct:temporal, dcat:keyword and dcat:distribution (dcat:downloadURL, dcat:mediaType)',
      },
    },
  },
};
