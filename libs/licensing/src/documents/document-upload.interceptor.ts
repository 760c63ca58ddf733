import { HttpException, HttpStatus, Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { DocumentErrors } from './document-errors';
import { DOCUMENT_SETTINGS } from './documents.tokens';
import type { DocumentSettings } from './document-storage';

/** "10 MB" for 10,485,760 bytes. */
export function sizeText(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes.toLocaleString('en')} bytes`;
}

/**
 * Nest's FileInterceptor (multer, memory storage: the file is checked before anything is stored) for the
 * part named `file`, limited to DOCUMENT_MAX_BYTES, one file and a few small fields. multer stops reading
 * at the limit; its refusals become the documents' codes (413 DOCUMENT_TOO_LARGE, else 400 DOCUMENT_UPLOAD_INVALID).
 */
@Injectable()
export class DocumentUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;

  constructor(@Inject(DOCUMENT_SETTINGS) private readonly settings: DocumentSettings) {
    const Multer = FileInterceptor('file', {
      limits: { fileSize: settings.maxBytes, files: 1, fields: 4, parts: 5, fieldSize: 1024, fieldNameSize: 100 },
      // Browsers send the file name as raw UTF-8 (Thai names), not latin1.
      defParamCharset: 'utf8',
    });
    this.multer = new Multer();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return (await this.multer.intercept(context, next)) as Observable<unknown>;
    } catch (error) {
      if (error instanceof HttpException && error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) {
        throw DocumentErrors.create('DOCUMENT_TOO_LARGE', { limit: sizeText(this.settings.maxBytes) }, { limitBytes: this.settings.maxBytes });
      }
      throw DocumentErrors.create('DOCUMENT_UPLOAD_INVALID', { detail: error instanceof Error ? error.message : String(error) });
    }
  }
}
