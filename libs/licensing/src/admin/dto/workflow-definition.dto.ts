import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsObject } from 'class-validator';

export class WorkflowDefinitionDto {
  @ApiProperty({
    description:
      'A whole licence file, as in workflows/licences/*.json: slug, name, agency, legalBasis, processingDays, validity, fees, form, documents, ' +
      'and machine, either full XState JSON or {"template": "licence", "params": {…}}',
    example: {
      slug: 'street-stall-permit',
      name: { th: 'ใบอนุญาตจำหน่ายสินค้าในที่สาธารณะ', en: 'Street stall permit' },
      agency: { level: 'local' },
      legalBasis: 'พ.ร.บ. รักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. 2535',
      processingDays: 15,
      validity: { years: 1 },
      fees: [{ code: 'licence', amountSatang: 30000, due: 'after-approval' }],
      form: { type: 'object', properties: { stallName: { type: 'string' } }, required: ['stallName'] },
      documents: [],
      machine: { template: 'licence', params: { fee: 'licence', inspection: true, planApproval: false, slaDays: { check: 3, decision: 7 } } },
    },
  })
  @IsDefined({ message: 'definition is required: a whole licence file (see workflows/licences/*.json)' })
  @IsObject({ message: 'definition must be a JSON object (a whole licence file)' })
  definition: Record<string, unknown>;
}
