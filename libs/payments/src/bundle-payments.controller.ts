import { Controller, HttpCode, Param, ParseUUIDPipe, Post, Body } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiErrors, CurrentUser, type AuthenticatedUser } from '@bizportal/identity';
import { BundleErrors as B } from '@bizportal/licensing';
import { BundlePayments } from './bundle-payments';
import { PaymentErrors as P } from './payment-errors';
import { StartBundlePaymentDto } from './payments.dto';
import { BundlePaymentView } from './payments.views';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('bundles')
@ApiBearerAuth()
@Controller('bundles/:id/payments')
export class BundlePaymentsController {
  constructor(private readonly bundlePayments: BundlePayments) {}

  @Post()
  @HttpCode(200)
  @Access.roles(['applicant'], 'bundle')
  @ApiErrors(B.code.BUNDLE_NOT_FOUND, P.code.BUNDLE_NOTHING_TO_PAY, P.code.NO_OPEN_FEE, P.code.PAYMENT_HELD_FOR_REVIEW, P.code.AMOUNT_BELOW_GATEWAY_MINIMUM, P.code.PAYMENT_ALREADY_OPEN, P.code.PAYMENT_REFUSED_BY_GATEWAY, P.code.PAYMENT_GATEWAY_UNAVAILABLE, P.code.PAYMENT_GATEWAY_BAD_RESPONSE)
  @ApiOperation({
    summary: 'Pay the open fees of the bundle’s applications with one PromptPay QR / ชำระค่าธรรมเนียมรวม',
    description: 'One charge for the fees of every application of the bundle awaiting payment, summed. When it is paid each fee is paid on its own: PAYMENT_SUCCEEDED to its application and a receipt numbered by its own office. A second request while the QR is open answers the same one.',
  })
  @ApiOkResponse({ type: BundlePaymentView })
  start(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() _body: StartBundlePaymentDto) {
    return this.bundlePayments.start(user, id);
  }
}
