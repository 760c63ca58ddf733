import { ApiProperty } from '@nestjs/swagger';
import { PAYMENT_METHODS } from './statistics-clock';

export const MEASUREMENT = {
  th:
    'ระยะเวลาดำเนินการนับเป็นวันทำการ (จันทร์–ศุกร์ตามเวลากรุงเทพฯ ไม่รวมวันหยุดราชการในปฏิทินวันหยุดของระบบ) นับจากวันที่ยื่นคำขอครั้งแรกถึงวันที่มีคำวินิจฉัย ' +
    '(ออกใบอนุญาตหรือดำเนินการสำเร็จ หรือปฏิเสธคำขอ) โดยไม่นับช่วงเวลาที่รอผู้ประกอบการดำเนินการ (ส่งเอกสารเพิ่มเติม แก้ไข ตอบคำถาม หรือชำระค่าธรรมเนียม) ' +
    'ตามหลักของพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558 ที่การนับเวลาหยุดลงระหว่างรอผู้ยื่นคำขอ ' +
    'เปรียบเทียบกับระยะเวลาตามคู่มือสำหรับประชาชนของใบอนุญาตแต่ละประเภท ตัวเลขที่น้อยกว่า 5 (ยกเว้น 0) และค่าที่คำนวณจากคำขอน้อยกว่า 5 รายการจะไม่แสดง',
  en:
    'Processing time is counted in working days (Monday to Friday in Bangkok, less the public holidays of the portal’s calendar) from the first submission to the decision ' +
    '(the licence issued or the request done, or the application rejected), leaving out the time the application waited for the applicant (more documents, corrections, ' +
    'answers to questions, paying the fee): under the Licensing Facilitation Act B.E. 2558 the clock stops while the applicant must act. It is compared with the licence ' +
    'type’s statutory processing days. Counts from 1 to 4, and figures derived from fewer than 5 applications, are suppressed (null, named in `suppressed`).',
};

export class LocalizedNameView {
  @ApiProperty({ example: 'ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร' })
  th!: string;

  @ApiProperty({ example: 'Food premises permit' })
  en!: string;
}

export class ChannelFigureView {
  @ApiProperty({ enum: PAYMENT_METHODS })
  method!: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Successful fee payments by this channel (null: suppressed)' })
  payments!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Share of the period’s successful payments, 0–1 (null: suppressed or no payment)' })
  share!: number | null;
}

export class FiguresView {
  @ApiProperty({ type: Number, nullable: true, description: 'Applications first submitted in the period' })
  received!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Applications completed in the period (licence issued, registration or request done)' })
  completed!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Applications rejected in the period' })
  rejected!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Applications withdrawn by the applicant or closed in the period (not decisions)' })
  withdrawn!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Decisions in the period: completed + rejected' })
  decided!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Median processing time of the decisions, in working days (nearest rank), the applicant’s time left out' })
  medianProcessingDays!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: '90th percentile of the processing time of the decisions, in working days (nearest rank)' })
  p90ProcessingDays!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Decisions whose licence type states statutory processing days' })
  judged!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Of those, decisions within the statutory processing days' })
  onTime!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'onTime / judged, 0–1' })
  onTimeShare!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Successful fee payments in the period' })
  payments!: number | null;

  @ApiProperty({ type: [ChannelFigureView] })
  paymentChannels!: ChannelFigureView[];

  @ApiProperty({ type: [String], description: 'The fields (dotted paths for channels) suppressed because fewer than 5 applications lie behind them', example: ['rejected'] })
  suppressed!: string[];
}

export class NowView {
  @ApiProperty({ type: Number, nullable: true, description: 'Applications submitted and not yet ended, now' })
  inProgress!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Of those, waiting for the office (officer, approver or signer) past the due date of their step, now' })
  overdue!: number | null;

  @ApiProperty({ type: [String], description: 'inProgress or overdue when suppressed' })
  suppressed!: string[];
}

export class PeriodView {
  @ApiProperty({ example: '2026-01' })
  from!: string;

  @ApiProperty({ example: '2026-12' })
  to!: string;
}

export class StatisticsFiltersView {
  @ApiProperty({ type: String, nullable: true })
  licenceType!: string | null;

  @ApiProperty({ type: String, nullable: true })
  office!: string | null;
}

class StatisticsEnvelope {
  @ApiProperty({ type: PeriodView })
  period!: PeriodView;

  @ApiProperty({ type: StatisticsFiltersView })
  filters!: StatisticsFiltersView;

  @ApiProperty({ type: LocalizedNameView, description: 'How processing time is measured and what is suppressed' })
  measurement!: LocalizedNameView;

  @ApiProperty({ type: String, format: 'date-time' })
  generatedAt!: string;
}

export class StatisticsSummaryView extends StatisticsEnvelope {
  @ApiProperty({ type: Number, nullable: true, description: 'The statutory processing days of the licence type filtered on (its current version); null without that filter or when not stated' })
  statutoryDays!: number | null;

  @ApiProperty({ type: FiguresView, description: 'The figures over the whole period' })
  figures!: FiguresView;

  @ApiProperty({ type: NowView })
  now!: NowView;
}

export class MonthFiguresView {
  @ApiProperty({ example: '2026-03' })
  month!: string;

  @ApiProperty({ type: FiguresView })
  figures!: FiguresView;

  @ApiProperty({ type: Number, nullable: true, description: 'Applications in progress at the end of the month (suppressed like any count)' })
  inProgressAtMonthEnd!: number | null;
}

export class StatisticsMonthsView extends StatisticsEnvelope {
  @ApiProperty({ type: [MonthFiguresView], description: 'One entry per month of the period, oldest first, months without activity included' })
  months!: MonthFiguresView[];
}

export class LicenceTypeRefView {
  @ApiProperty({ example: 'food-premises-permit' })
  slug!: string;

  @ApiProperty({ type: LocalizedNameView })
  name!: LocalizedNameView;
}

export class LicenceTypeFiguresView {
  @ApiProperty({ type: LicenceTypeRefView })
  licenceType!: LicenceTypeRefView;

  @ApiProperty({ type: Number, nullable: true, description: 'Statutory processing days (current version); null when not stated' })
  statutoryDays!: number | null;

  @ApiProperty({ type: FiguresView })
  figures!: FiguresView;

  @ApiProperty({ type: NowView })
  now!: NowView;
}

export class StatisticsLicenceTypesView extends StatisticsEnvelope {
  @ApiProperty({ type: [LicenceTypeFiguresView], description: 'Licence types with any figure (in the period, or in progress now), by slug' })
  items!: LicenceTypeFiguresView[];
}

export class OfficeRefView {
  @ApiProperty({ example: 'bma-khlong-toei' })
  id!: string;

  @ApiProperty({ type: LocalizedNameView })
  name!: LocalizedNameView;
}

export class OfficeFiguresView {
  @ApiProperty({ type: OfficeRefView })
  office!: OfficeRefView;

  @ApiProperty({ type: FiguresView })
  figures!: FiguresView;

  @ApiProperty({ type: NowView })
  now!: NowView;
}

export class StatisticsOfficesView extends StatisticsEnvelope {
  @ApiProperty({ type: [OfficeFiguresView], description: 'Offices with any figure (in the period, or in progress now), by id' })
  items!: OfficeFiguresView[];
}
