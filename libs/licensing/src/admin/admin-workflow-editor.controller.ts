import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FREE_FORM, workflowsDirectory } from '@bizportal/common';
import { editorVocabulary, WORKFLOW_DEFINITION_SCHEMA } from '@bizportal/engine';
import { Access, ApiErrors, Roles } from '@bizportal/identity';
import { CatalogueErrors as C, readCatalogueAgencies } from '../catalogue';
import { PreviewWorkflowDraftDto } from './dto/preview-workflow-draft.dto';
import { DraftPreviewView, EditorVocabularyView } from './dto/workflow-admin.views';
import { PreviewWorkflowDraftQuery } from './queries/preview-workflow-draft.handler';

/** What the workflow studio's editor needs: the definition's schema, the vocabulary, and a draft drawn and checked as it is typed. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('workflow_admin')
@Controller('admin/workflow-editor')
export class AdminWorkflowEditorController {
  private readonly agencies: ReturnType<typeof readCatalogueAgencies>;

  constructor(
    private readonly queries: QueryBus,
    config: ConfigService,
  ) {
    this.agencies = readCatalogueAgencies(workflowsDirectory(config.get<string>('WORKFLOWS_DIR')));
  }

  @Access.roles(['workflow_admin'], 'none')
  @Get('schema')
  @ApiOperation({ summary: 'The JSON Schema of a licence workflow file, for the editor’s lint / โครงสร้างของนิยามกระบวนงาน' })
  @ApiOkResponse({ schema: { ...FREE_FORM } })
  schema() {
    return WORKFLOW_DEFINITION_SCHEMA;
  }

  @Access.roles(['workflow_admin'], 'none')
  @Get('vocabulary')
  @ApiOperation({ summary: 'Guards, actions, event words, templates with their parameters, statuses, roles and agencies / คำที่ใช้ในนิยามกระบวนงาน' })
  @ApiOkResponse({ type: EditorVocabularyView })
  vocabulary() {
    return { ...editorVocabulary(), agencies: this.agencies };
  }

  @Access.roles(['workflow_admin'], 'none')
  @Post('preview')
  @HttpCode(200)
  @ApiErrors(C.code.LICENCE_TYPE_NOT_FOUND)
  @ApiOperation({ summary: 'Check and draw a draft without storing it: expanded machine, problems per state, graph (200 even when invalid) / ดูตัวอย่างร่างกระบวนงาน' })
  @ApiOkResponse({ type: DraftPreviewView })
  preview(@Body() body: PreviewWorkflowDraftDto) {
    return this.queries.execute(new PreviewWorkflowDraftQuery(body.definition, body.licenceType));
  }
}
